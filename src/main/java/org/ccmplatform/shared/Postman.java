package org.ccmplatform.shared;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the platform's e-mails through the SMTP server configured with spring.mail.*. One message per sending, to all
 * its recipients, so that a circulation either goes out whole or fails with a clear refusal.
 */
@Component
public class Postman {

    /** A file attached to a message. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Postman(ObjectProvider<JavaMailSender> sender, @Value("${ccm.mail.from:ccm-platform@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    public void send(Collection<String> recipients, String subject, String text, List<Attachment> attachments) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new RuleViolation("mail", "mail.notConfigured");
        }
        if (recipients.isEmpty()) {
            throw new RuleViolation("mail", "mail.noRecipients");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(recipients.toArray(String[]::new));
            helper.setSubject(subject);
            helper.setText(text, false);
            for (Attachment attachment : attachments) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailNotSent(e);
        }
    }

    /** The SMTP server refused or could not be reached; nothing was recorded as sent. */
    public static class MailNotSent extends RuleViolation {

        MailNotSent(Exception cause) {
            super("mail", "mail.failed");
            initCause(cause);
        }
    }
}
