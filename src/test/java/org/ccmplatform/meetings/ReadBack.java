package org.ccmplatform.meetings;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader opens: the text of a PDF, and the body and attachments of an e-mail. */
final class ReadBack {

    private ReadBack() {}

    /**
     * The text of a PDF as PDFBox reads it back (which fails on anything that is not a PDF), with the line breaks
     * of the layout read as spaces.
     */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String pdfTitle(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        }
    }

    /** The plain-text body of a message, with its line breaks as a single newline. */
    static String body(MimeMessage message) throws Exception {
        return parts(message).stream()
                .filter(p -> !Part.ATTACHMENT.equalsIgnoreCase(disposition(p)) && isType(p, "text/plain"))
                .map(p -> {
                    try {
                        return ((String) p.getContent()).replace("\r\n", "\n");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst().orElseThrow(() -> new AssertionError("the message has no text"));
    }

    /** An attached file by name, as its bytes. */
    static byte[] attachment(MimeMessage message, String fileName) throws Exception {
        for (Part part : parts(message)) {
            if (fileName.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment " + fileName + " in " + fileNames(message));
    }

    static List<String> fileNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        for (Part part : parts(message)) {
            if (part.getFileName() != null) {
                names.add(part.getFileName());
            }
        }
        return names;
    }

    static String contentType(MimeMessage message, String fileName) throws Exception {
        for (Part part : parts(message)) {
            if (fileName.equals(part.getFileName())) {
                return part.getContentType();
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

    private static List<Part> parts(Part part) throws Exception {
        List<Part> all = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        } else {
            all.add(part);
        }
        return all;
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }
}
