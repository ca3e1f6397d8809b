package org.ccmplatform.actionplan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.actionplan.ProgressReport.ActionLine;
import org.ccmplatform.actionplan.ProgressReport.IndicatorLine;
import org.ccmplatform.actionplan.ProgressReport.ThemeSection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The yearly progress report as a PDF in one language: the title, the plan in force, the day of the figures, each
 * theme's actions with their indicators (figure, out of, target), then the sources of the data and the notes.
 */
@Component
class ProgressPdf {

    private final ReportWording words;
    private final BaseFont regular;
    private final BaseFont bold;

    ProgressPdf(ReportWording words) {
        this.words = words;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(ProgressReport report, Locale locale) {
        Font title = new Font(bold, 16);
        Font heading = new Font(bold, 12);
        Font head = new Font(bold, 8);
        Font text = new Font(regular, 10);
        Font small = new Font(regular, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(words.title(locale));
            document.addCreator(words.prepared(locale));
            document.open();
            document.add(new Paragraph(words.title(locale), title));
            document.add(new Paragraph(words.plan(report, locale), text));
            document.add(new Paragraph(words.asOf(report, locale), text));
            if (report.planOver()) {
                document.add(new Paragraph(words.planOver(report, locale), text));
            }
            Set<String> sources = new LinkedHashSet<>();
            for (ThemeSection section : report.themes()) {
                Paragraph theme = new Paragraph(words.theme(section.theme(), locale), heading);
                theme.setSpacingBefore(12);
                theme.setSpacingAfter(4);
                document.add(theme);
                for (ActionLine action : section.actions()) {
                    Paragraph summary = new Paragraph(action.number() + " " + action.summary(), text);
                    summary.setSpacingBefore(4);
                    document.add(summary);
                    if (action.indicators().isEmpty()) {
                        document.add(new Paragraph(words.noIndicator(locale), small));
                        continue;
                    }
                    document.add(table(action, locale, head, small));
                    action.indicators().forEach(i -> sources.add(words.source(i, locale)));
                }
            }
            Paragraph sourcesHeading = new Paragraph(words.sourcesHeading(locale), heading);
            sourcesHeading.setSpacingBefore(12);
            document.add(sourcesHeading);
            for (String source : sources) {
                document.add(new Paragraph("– " + source, small));
            }
            Paragraph notes = new Paragraph(words.summariesNote(locale), small);
            notes.setSpacingBefore(8);
            document.add(notes);
            document.add(new Paragraph(words.figuresNote(locale), small));
            document.add(new Paragraph(words.prepared(locale), small));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the progress report", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private PdfPTable table(ActionLine action, Locale locale, Font head, Font cell) {
        PdfPTable table = new PdfPTable(new float[] {6, 1.3f, 1.3f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(3);
        table.setHeaderRows(1);
        for (String column : new String[] {"indicator", "figure", "outOf", "target"}) {
            table.addCell(cell(words.column(column, locale), head, Element.ALIGN_LEFT));
        }
        for (IndicatorLine line : action.indicators()) {
            table.addCell(cell(words.indicator(line, locale), cell, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.value()), cell, Element.ALIGN_RIGHT));
            table.addCell(cell(words.outOf(line), cell, Element.ALIGN_RIGHT));
            table.addCell(cell(words.target(line, locale), cell, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
