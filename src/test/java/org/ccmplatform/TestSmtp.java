package org.ccmplatform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) for the whole test run, on the port that integration-test.properties gives the
 * platform. Every integration test class starts it if it is not running yet, so that sending mail never depends on
 * which test ran first.
 */
public final class TestSmtp implements BeforeAllCallback {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("CCM_TEST_SMTP_PORT", "3925"));

    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The messages received so far whose recipients include this address. */
    public static List<MimeMessage> messagesTo(String address) {
        return List.of(server().getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
