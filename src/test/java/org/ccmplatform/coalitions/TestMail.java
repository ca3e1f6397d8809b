package org.ccmplatform.coalitions;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.TestSmtp;

/** The mail a test's own address received from the platform (through GreenMail), read back as text and files. */
final class TestMail {

    private TestMail() {}

    /**
     * The messages delivered to this address's own mailbox, once the expected number arrived (or after five seconds,
     * whatever arrived).
     */
    static List<MimeMessage> to(String address, int expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        List<MimeMessage> received = TestSmtp.messagesTo(address);
        while (received.size() < expected && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            received = TestSmtp.messagesTo(address);
        }
        return received;
    }

    /** The subject and the plain text of a message, with its attachments left out. */
    static String text(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder(message.getSubject()).append('\n');
        appendText(message, text);
        return text.toString();
    }

    /** The attached files of a message. */
    static List<byte[]> attachments(MimeMessage message) throws Exception {
        List<byte[]> files = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    part.getInputStream().transferTo(out);
                    files.add(out.toByteArray());
                }
            }
        }
        return files;
    }

    private static void appendText(Part part, StringBuilder text) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            text.append(part.getContent()).append('\n');
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                appendText(multipart.getBodyPart(i), text);
            }
        }
    }
}
