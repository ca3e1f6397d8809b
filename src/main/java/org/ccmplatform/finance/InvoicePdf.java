package org.ccmplatform.finance;

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
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ccmplatform.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A State's invoice as a PDF in its language: the ISU as sender, the number, the year, one line per contribution
 * category and the total in Swiss francs, and a clear note that it is not the United Nations' invoice for the costs
 * of meetings under Article 14.
 */
@Component
class InvoicePdf {

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    InvoicePdf(MessageSource messages) {
        this.messages = messages;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    static Locale localeOf(Invoice invoice) {
        return invoice.language().locale();
    }

    byte[] render(Invoice invoice, boolean illustrativeScale) {
        Locale locale = localeOf(invoice);
        Font title = new Font(bold, 16);
        Font heading = new Font(bold, 11);
        Font text = new Font(regular, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        NumberFormat francs = NumberFormat.getNumberInstance(locale);
        francs.setMinimumFractionDigits(2);
        francs.setMaximumFractionDigits(2);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(
                invoice.language() == Language.ES ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy", locale);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(message("invoice.pdf.title", locale, invoice.number()));
            document.addCreator(message("app.name", locale));
            document.open();
            document.add(new Paragraph(message("invoice.pdf.sender", locale), heading));
            Paragraph head = new Paragraph(message("invoice.pdf.title", locale, invoice.number()), title);
            head.setSpacingBefore(12);
            document.add(head);
            document.add(new Paragraph(message("invoice.pdf.to", locale, invoice.state().name(locale)), text));
            document.add(new Paragraph(message("invoice.pdf.date", locale, day.format(invoice.issuedOn())), text));
            document.add(new Paragraph(message("invoice.pdf.year", locale, String.valueOf(invoice.year())), text));
            PdfPTable table = new PdfPTable(new float[] {3, 1});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.addCell(cell(message("invoice.pdf.category", locale), heading, Element.ALIGN_LEFT));
            table.addCell(cell(message("invoice.pdf.amount", locale), heading, Element.ALIGN_RIGHT));
            for (CategoryAmount line : invoice.lines()) {
                table.addCell(cell(message("invoice.pdf.towards", locale, line.category()), text, Element.ALIGN_LEFT));
                table.addCell(cell(francs.format(line.amount()), text, Element.ALIGN_RIGHT));
            }
            table.addCell(cell(message("invoice.pdf.total", locale), heading, Element.ALIGN_LEFT));
            table.addCell(cell(francs.format(invoice.total().amount()), heading, Element.ALIGN_RIGHT));
            document.add(table);
            Paragraph note = new Paragraph(message("invoice.pdf.notArticle14", locale), heading);
            note.setSpacingBefore(16);
            document.add(note);
            document.add(new Paragraph(message("invoice.pdf.indicative", locale), text));
            if (illustrativeScale) {
                document.add(new Paragraph(message("invoice.pdf.illustrative", locale), heading));
            }
            if (invoice.status() == InvoiceStatus.CANCELLED) {
                Paragraph cancelled = new Paragraph(message("invoice.pdf.cancelled", locale,
                        day.format(invoice.cancelledOn()), invoice.cancelReason()), heading);
                cancelled.setSpacingBefore(12);
                document.add(cancelled);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write invoice " + invoice.number(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException | DocumentException e) {
            throw new UncheckedIOException(new IOException("Cannot load the font " + path, e));
        }
    }
}
