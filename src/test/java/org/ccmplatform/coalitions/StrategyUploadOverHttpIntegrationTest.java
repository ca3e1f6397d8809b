package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Uploading the national strategy as a browser does, over real HTTP, so that the servlet container's own limits on
 * uploads apply. The page promises PDFs of up to 10 MB. Each test commits a coalition of its own (the server does not
 * see a test's transaction); no demo coalition changes.
 */
@IntegrationTest
class StrategyUploadOverHttpIntegrationTest {

    static final int MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    Coalition coalition;
    String page;

    @BeforeEach
    void createOwnCoalition() {
        coalition = new TestCoalitions(register, organisations, users)
                .withAuthorityOnly("Strategy upload over HTTP test coalition " + UUID.randomUUID());
        page = "/coalitions/" + coalition.id();
    }

    @Test
    void aFiveMegabytePdfIsAttachedAsTheFormPromisesUpToTenMegabytes() throws Exception {
        byte[] pdf = TestPdfs.ofAtLeast(5 * MEGABYTE);

        HttpResponse<String> response = new HttpSession(port).signIn("isu", "isu")
                .upload(page, page + "/strategy", "file", "strategy.pdf", "application/pdf", pdf);

        assertThat(response.statusCode()).as("answer to a %d-byte PDF: %s", pdf.length, response.body())
                .isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(register.get(coalition.id()).strategyDocumentId()).isNotNull();
    }

    @Test
    void aPdfJustOverTenMegabytesIsRefusedWithAMessageThatSaysItIsTooLarge() throws Exception {
        assertRefusedAsTooLarge(TestPdfs.ofAtLeast(Documents.MAX_BYTES + MEGABYTE / 2));
    }

    @Test
    void aPdfOfTwentyMegabytesIsRefusedWithAMessageThatSaysItIsTooLarge() throws Exception {
        assertRefusedAsTooLarge(TestPdfs.ofAtLeast(20 * MEGABYTE));
    }

    private void assertRefusedAsTooLarge(byte[] pdf) throws Exception {
        HttpSession browser = new HttpSession(port).signIn("isu", "isu");

        HttpResponse<String> response = browser.upload(page, page + "/strategy", "file", "strategy.pdf",
                "application/pdf", pdf);

        String shown = response.statusCode() == 302 ? browser.get(page).body() : response.body();
        assertThat(shown).as("what the person sees after a status %d", response.statusCode())
                .containsAnyOf("The file is larger than 10 MB.", "The file is too large.");
        assertThat(register.get(coalition.id()).strategyDocumentId()).isNull();
    }
}
