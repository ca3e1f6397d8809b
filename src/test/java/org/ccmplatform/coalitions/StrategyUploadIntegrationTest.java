package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.Documents;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/** The national strategy as a PDF: refused with a clear message when it is not one or is too large. */
@IntegrationTest
@Transactional
class StrategyUploadIntegrationTest {

    /** The first bytes of a PNG picture. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcTemplate jdbc;

    Coalition coalition;

    @BeforeEach
    void createOwnCoalition() {
        coalition = new TestCoalitions(register, organisations, users).create("Strategy test coalition");
    }

    @Test
    void aRealPdfIsAttachedAndDownloadsBackIdentical() throws Exception {
        byte[] pdf = TestPdfs.saying("National Mine Action Strategy 2025-2030");

        upload("undp", new MockMultipartFile("file", "strategy 2025.pdf", "application/pdf", pdf))
                .andExpect(flash().attribute("saved", "coalition.strategy.saved"));

        assertThat(register.get(coalition.id()).strategyDocumentId()).isNotNull();
        assertThat(strategyLinks()).hasSize(1);
        byte[] downloaded = mvc.perform(get("/coalitions/{id}/strategy", coalition.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(TestPdfs.text(downloaded)).contains("National Mine Action Strategy 2025-2030");
    }

    @Test
    void aPictureIsRefusedAsNotAPdfAndNothingIsAttached() throws Exception {
        assertRefusedAndNothingAttached(new MockMultipartFile("file", "strategy.png", "image/png", PNG),
                "document.notPdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "text/plain"})
    void aTextFileNamedPdfIsRefusedAsNotAPdf(String contentType) throws Exception {
        assertRefusedAndNothingAttached(new MockMultipartFile("file", "strategy.pdf", contentType,
                "National strategy, in plain text".getBytes(StandardCharsets.UTF_8)), "document.notPdf");
    }

    @Test
    void aPdfLargerThanTenMegabytesIsRefusedAndNothingIsAttached() throws Exception {
        byte[] oversized = Arrays.copyOf(TestPdfs.saying("Too long a strategy"), Documents.MAX_BYTES + 1);

        assertRefusedAndNothingAttached(new MockMultipartFile("file", "strategy.pdf", "application/pdf", oversized),
                "document.tooLarge");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefusedAndNothingAttached(new MockMultipartFile("file", "strategy.pdf", "application/pdf",
                new byte[0]), "document.empty");
    }

    @Test
    void aRefusedUploadKeepsTheStrategyAlreadyAttached() throws Exception {
        byte[] pdf = TestPdfs.saying("The strategy in force");
        upload("lebanon", new MockMultipartFile("file", "strategy.pdf", "application/pdf", pdf))
                .andExpect(flash().attribute("saved", "coalition.strategy.saved"));
        Long attached = register.get(coalition.id()).strategyDocumentId();

        upload("lebanon", new MockMultipartFile("file", "strategy.png", "image/png", PNG))
                .andExpect(flash().attribute("refused", "document.notPdf"));

        assertThat(register.get(coalition.id()).strategyDocumentId()).isEqualTo(attached);
        assertThat(mvc.perform(get("/coalitions/{id}/strategy", coalition.id())).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void theChampionCannotUploadTheStrategy() throws Exception {
        long documents = storedDocuments();

        mvc.perform(multipart("/coalitions/{id}/strategy", coalition.id())
                        .file(new MockMultipartFile("file", "s.pdf", "application/pdf", TestPdfs.saying("Strategy")))
                        .with(user(users.loadUserByUsername("norway"))).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(storedDocuments()).isEqualTo(documents);
        assertThat(register.get(coalition.id()).strategyDocumentId()).isNull();
    }

    @Test
    void aCoalitionWithoutStrategyDocumentHasNoneToDownload() throws Exception {
        mvc.perform(get("/coalitions/{id}/strategy", coalition.id())).andExpect(status().isNotFound());
    }

    private void assertRefusedAndNothingAttached(MockMultipartFile file, String messageCode) throws Exception {
        long documents = storedDocuments();

        upload("gichd", file).andExpect(flash().attribute("refused", messageCode));

        assertThat(register.get(coalition.id()).strategyDocumentId()).isNull();
        assertThat(storedDocuments()).isEqualTo(documents);
        assertThat(strategyLinks()).isEmpty();
    }

    /** The links to the strategy document on the coalition's page, as its members see it. */
    private org.jsoup.select.Elements strategyLinks() throws Exception {
        String page = mvc.perform(get("/coalitions/{id}", coalition.id()).with(user(users.loadUserByUsername("gichd"))))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).select("a[href=/coalitions/" + coalition.id() + "/strategy]");
    }

    private ResultActions upload(String username, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/coalitions/{id}/strategy", coalition.id()).file(file)
                        .with(user(users.loadUserByUsername(username))).with(csrf()))
                .andExpect(redirectedUrl("/coalitions/" + coalition.id()));
    }

    private long storedDocuments() {
        return jdbc.queryForObject("select count(*) from stored_document", Long.class);
    }
}
