package org.ccmplatform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) for the whole test run. Every integration test class starts it, before the Spring
 * context, if it is not running yet, so that sending mail never depends on which test ran first. It listens on a free
 * port (or CCM_TEST_SMTP_PORT), published as the system property that integration-test.properties gives the platform.
 */
public final class TestSmtp implements BeforeAllCallback {

    static final String PORT_PROPERTY = "ccm.test.smtp-port";

    private static GreenMail server;

    /** Started when the extension is registered: before a per-class test instance has its Spring context. */
    public TestSmtp() {
        server();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            int port = System.getenv("CCM_TEST_SMTP_PORT") != null
                    ? Integer.parseInt(System.getenv("CCM_TEST_SMTP_PORT")) : freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty(PORT_PROPERTY, String.valueOf(port));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The messages delivered to this address's own mailbox. GreenMail keeps one copy of a message per recipient, so a
     * message to seven people is found once for each of them here, not seven times.
     */
    public static List<MimeMessage> messagesTo(String address) {
        return server().findReceivedMessages(owner -> owner.getEmail().equalsIgnoreCase(address), m -> true)
                .toList();
    }
}
