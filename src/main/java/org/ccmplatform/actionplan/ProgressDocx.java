package org.ccmplatform.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ccmplatform.actionplan.ProgressReport.ActionLine;
import org.ccmplatform.actionplan.ProgressReport.IndicatorLine;
import org.ccmplatform.actionplan.ProgressReport.ThemeSection;
import org.springframework.stereotype.Component;

/**
 * The yearly progress report as a Word document (DOCX) in one language, with the same content as the PDF: so that the
 * ISU and the Presidency can take it into the report they submit to the Meeting of States Parties.
 */
@Component
class ProgressDocx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportWording words;

    ProgressDocx(ReportWording words) {
        this.words = words;
    }

    byte[] render(ProgressReport report, Locale locale) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(words.title(locale));
            document.getProperties().getCoreProperties().setCreator(words.prepared(locale));
            paragraph(document, words.title(locale), 16, true);
            paragraph(document, words.plan(report, locale), 11, false);
            paragraph(document, words.asOf(report, locale), 11, false);
            if (report.planOver()) {
                paragraph(document, words.planOver(report, locale), 11, false);
            }
            Set<String> sources = new LinkedHashSet<>();
            for (ThemeSection section : report.themes()) {
                paragraph(document, words.theme(section.theme(), locale), 13, true).setSpacingBefore(240);
                for (ActionLine action : section.actions()) {
                    paragraph(document, action.number() + " " + action.summary(), 11, false).setSpacingBefore(120);
                    if (action.indicators().isEmpty()) {
                        paragraph(document, words.noIndicator(locale), 9, false);
                        continue;
                    }
                    table(document, action.indicators(), locale);
                    action.indicators().forEach(i -> sources.add(words.source(i, locale)));
                }
            }
            paragraph(document, words.sourcesHeading(locale), 13, true).setSpacingBefore(240);
            for (String source : sources) {
                paragraph(document, "– " + source, 9, false);
            }
            paragraph(document, words.summariesNote(locale), 9, false).setSpacingBefore(160);
            paragraph(document, words.figuresNote(locale), 9, false);
            paragraph(document, words.prepared(locale), 9, false);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(XWPFDocument document, List<IndicatorLine> lines, Locale locale) {
        XWPFTable table = document.createTable(lines.size() + 1, 4);
        table.setWidth("100%");
        String[] columns = {"indicator", "figure", "outOf", "target"};
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns.length; c++) {
            text(header.getCell(c).getParagraphs().get(0), words.column(columns[c], locale), true);
        }
        for (int r = 0; r < lines.size(); r++) {
            IndicatorLine line = lines.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            text(row.getCell(0).getParagraphs().get(0), words.indicator(line, locale), false);
            text(row.getCell(1).getParagraphs().get(0), String.valueOf(line.value()), false)
                    .setAlignment(ParagraphAlignment.RIGHT);
            text(row.getCell(2).getParagraphs().get(0), words.outOf(line), false)
                    .setAlignment(ParagraphAlignment.RIGHT);
            text(row.getCell(3).getParagraphs().get(0), words.target(line, locale), false);
        }
    }

    private static XWPFParagraph text(XWPFParagraph paragraph, String content, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(content);
        run.setBold(bold);
        run.setFontSize(9);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String content, int size, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(content);
        run.setBold(bold);
        run.setFontSize(size);
        return paragraph;
    }
}
