package org.ccmplatform.meetings;

import com.lowagie.text.Chunk;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The minutes of a meeting as a PDF document, in one language, with an embedded font that writes every name. */
@Component
class MinutesPdf {

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    MinutesPdf(MessageSource messages) {
        this.messages = messages;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(MeetingRecord record, Locale locale) {
        Meeting meeting = record.meeting();
        Font title = new Font(bold, 16);
        Font heading = new Font(bold, 12);
        Font text = new Font(regular, 10);
        Font small = new Font(regular, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(meeting.title());
            document.addCreator(message("app.name", locale));
            document.open();
            document.add(new Paragraph(message("minutes.pdf.heading", locale, meeting.title()), title));
            document.add(new Paragraph(when(meeting, locale) + (meeting.place() != null ? " · " + meeting.place() : ""),
                    text));
            document.add(new Paragraph(message("minutes.pdf.status", locale,
                    message("minutesStatus." + meeting.minutesStatus(), locale), meeting.minutesRevision()), small));
            present(document, record, locale, heading, text);
            for (AgendaItem item : record.agendaInOrder()) {
                Paragraph itemTitle = new Paragraph(item.number() + ". " + item.title(), heading);
                itemTitle.setSpacingBefore(10);
                document.add(itemTitle);
                if (item.minutesText() != null) {
                    document.add(new Paragraph(item.minutesText(), text));
                }
                for (Decision decision : record.decisionsUnder(item)) {
                    document.add(new Paragraph(message("minutes.pdf.decision", locale, decision.text()), text));
                }
            }
            actionPoints(document, record, locale, heading, text);
            if (meeting.nextMeeting() != null) {
                Paragraph next = new Paragraph(message("minutes.pdf.next", locale, meeting.nextMeeting().title(),
                        when(meeting.nextMeeting(), locale)), heading);
                next.setSpacingBefore(12);
                document.add(next);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the minutes", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void present(Document document, MeetingRecord record, Locale locale, Font heading, Font text)
            throws DocumentException {
        Paragraph present = new Paragraph(message("minutes.pdf.present", locale), heading);
        present.setSpacingBefore(10);
        document.add(present);
        for (Delegation delegation : record.delegations()) {
            List<Participant> there = record.participantsOf(delegation).stream()
                    .filter(p -> p.attendance() == Attendance.PRESENT)
                    .toList();
            if (there.isEmpty()) {
                continue;
            }
            Phrase line = new Phrase();
            line.add(new Chunk(delegation.name(locale) + ": ", new Font(bold, 10)));
            line.add(new Chunk(String.join(", ", there.stream().map(p -> p.functionTitle() == null ? p.fullName()
                    : p.fullName() + " (" + p.functionTitle() + ")").toList()), text));
            document.add(new Paragraph(line));
        }
    }

    private void actionPoints(Document document, MeetingRecord record, Locale locale, Font heading, Font text)
            throws DocumentException {
        if (record.actionPoints().isEmpty()) {
            return;
        }
        Paragraph title = new Paragraph(message("minutes.pdf.actionPoints", locale), heading);
        title.setSpacingBefore(12);
        title.setSpacingAfter(6);
        document.add(title);
        PdfPTable table = new PdfPTable(new float[] {6, 2.5f, 1.8f, 1.7f});
        table.setWidthPercentage(100);
        for (String column : List.of("actionPoint.text", "actionPoint.owner", "actionPoint.dueDate",
                "actionPoint.status")) {
            PdfPCell cell = new PdfPCell(new Phrase(message(column, locale), new Font(bold, 9)));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        for (ActionPoint point : record.actionPoints()) {
            table.addCell(new Phrase(point.text(), text));
            table.addCell(new Phrase(point.ownerName(locale), text));
            table.addCell(new Phrase(day.format(point.dueDate()), text));
            table.addCell(new Phrase(message("actionPointStatus." + point.status(), locale), text));
        }
        document.add(table);
    }

    private String when(Meeting meeting, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(
                Language.of(locale) == Language.ES ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return day.format(meeting.startsAt()) + ", " + time.format(meeting.startsAt()) + "–"
                + time.format(meeting.endsAt()) + " (" + meeting.zone().getId() + ")";
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
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
