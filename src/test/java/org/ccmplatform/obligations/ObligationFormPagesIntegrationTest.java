package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationPagesSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.StateRegister;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keepers' forms on an obligation's page, filled in as the page renders them: what is accepted shows on the page,
 * and what is refused comes back on the same form with a message in the reader's language, never an error page, with
 * nothing stored. Not @Transactional except where a test says so: a refusal must leave the database as it was after a
 * real commit, which a test transaction would hide.
 */
@IntegrationTest
class ObligationFormPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Obligations obligations;

    @Autowired
    StateRegister states;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    void aFigureRecordedByTheFocalPointShowsInTheReportedFigures() throws Exception {
        long lebanon = id("LBN", Article.ARTICLE_4);
        HtmlForm form = HtmlForm.on(pageAs("lebanon", "/obligations/" + lebanon), "/obligations/" + lebanon + "/figures")
                .set("kind", "REMNANTS_DESTROYED").set("year", "2024").set("quantity", "1234")
                .set("source", "Article 7 report of 2024, figure recorded by the page test");

        MvcResult saved = mvc.perform(form.post().with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/obligations/" + lebanon);
        Document page = page(mvc.perform(get("/obligations/" + lebanon).flashAttrs(saved.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("main .alert-success").text()).isEqualTo("The figure has been recorded.");
        assertThat(ObligationPagesSupport.rows(page)).contains(java.util.List.of(
                "Submunitions destroyed during clearance in the year", "2024", "1,234",
                "Article 7 report of 2024, figure recorded by the page test"));
    }

    @Test
    void aNegativeQuantityIsRefusedInFrenchOnTheFormAndNothingIsStored() throws Exception {
        long lebanon = id("LBN", Article.ARTICLE_4);
        long before = figuresOf(lebanon);

        MockHttpServletResponse response = postFigure("lebanon", lebanon, "fr", Map.of("kind", "CLEARED",
                "year", "2024", "quantity", "-5000", "source", "Rapport au titre de l’article 7"));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = page(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("#quantity").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#quantity-error").text()).isEqualTo("Une quantité ne peut pas être négative.");
        assertThat(page.selectFirst("#quantity").val()).isEqualTo("-5000");
        assertThat(page.select("details:has(#quantity)").hasAttr("open")).as("the form stays open").isTrue();
        assertThat(figuresOf(lebanon)).isEqualTo(before);
    }

    @Test
    void aQuantityThatIsNotANumberIsRefusedInSpanishAndNothingIsStored() throws Exception {
        long lebanon = id("LBN", Article.ARTICLE_4);
        long before = figuresOf(lebanon);

        MockHttpServletResponse response = postFigure("isu", lebanon, "es", Map.of("kind", "CLEARED", "year", "2024",
                "quantity", "1 150 000 m²", "source", "Informe del artículo 7"));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = page(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#quantity-error").text()).isEqualTo("Introduzca un número, por ejemplo, 1250 o "
                + "1250.5 (con punto decimal), sin espacios ni separadores de miles.");
        assertThat(figuresOf(lebanon)).isEqualTo(before);
    }

    @Test
    void aDestructionThatWouldLeaveANegativeStockIsRefusedAndNothingIsStored() throws Exception {
        long germany = id("DEU", Article.ARTICLE_3);
        long before = figuresOf(germany);

        MockHttpServletResponse response = postFigure("isu", germany, "en", Map.of("kind", "MUNITIONS_DESTROYED",
                "year", "2016", "quantity", "1", "source", "Article 7 report of 2016"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page(response.getContentAsString(StandardCharsets.UTF_8)).selectFirst("#quantity-error").text())
                .isEqualTo("This figure would leave a negative stock: 573,000 declared, 570,001 destroyed and "
                        + "3,000 retained.");
        assertThat(figuresOf(germany)).isEqualTo(before);
    }

    @Test
    void aCompletionBeforeEntryIntoForceIsRefusedOnTheFormAndTheObligationStaysOpen() throws Exception {
        long lebanon = id("LBN", Article.ARTICLE_4);
        Map<String, Object> before = completionOf(lebanon);
        HtmlForm form = HtmlForm.on(pageAs("lebanon", "/obligations/" + lebanon),
                "/obligations/" + lebanon + "/completion").set("completedOn", "2011-04-30")
                .set("declaration", "Lebanon declares its clearance complete.");

        MockHttpServletResponse response = mvc.perform(form.post().cookie(new Cookie("ccm-lang", "fr"))
                .with(user(users.loadUserByUsername("lebanon"))).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = page(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#completedOn-error").text())
                .startsWith("Une obligation ne peut pas être achevée avant d’avoir commencé");
        assertThat(page.selectFirst("#declaration").text()).isEqualTo("Lebanon declares its clearance complete.");
        assertThat(completionOf(lebanon)).isEqualTo(before);
    }

    @Test
    void aCompletionWithADateThatIsNotADateIsRefusedOnTheForm() throws Exception {
        long lebanon = id("LBN", Article.ARTICLE_4);
        Map<String, Object> before = completionOf(lebanon);

        MockHttpServletResponse response = mvc.perform(post("/obligations/" + lebanon + "/completion")
                .param("completedOn", "31/12/2025").param("version", String.valueOf(before.get("version")))
                .with(user(users.loadUserByUsername("lebanon"))).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page(response.getContentAsString(StandardCharsets.UTF_8)).selectFirst("#completedOn-error")
                .text()).isEqualTo("Enter a valid date.");
        assertThat(completionOf(lebanon)).isEqualTo(before);
    }

    /**
     * Two people at the ISU open Iraq's victim assistance obligation; one records its completion first. The other's
     * form, opened before, is stale: it is refused with the conflict message in view, and the first date stays.
     */
    @Test
    void aStaleCompletionFormIsRefusedWithTheConflictMessageAndDoesNotOverwrite() throws Exception {
        long iraq = id("IRQ", Article.ARTICLE_5);
        String path = "/obligations/" + iraq;
        HtmlForm isuForm = HtmlForm.on(pageAs("isu", path), path + "/completion");
        HtmlForm staleForm = HtmlForm.on(pageAs("isu", path), path + "/completion");
        try {
            MockHttpServletResponse first = mvc.perform(isuForm.set("completedOn", "2025-06-30")
                    .set("declaration", "First declaration").post().with(user(users.loadUserByUsername("isu")))
                    .with(csrf())).andReturn().getResponse();
            assertThat(first.getStatus()).isEqualTo(302);

            MockHttpServletResponse second = mvc.perform(staleForm.set("completedOn", "2024-01-15")
                    .set("declaration", "Second declaration").post().with(user(users.loadUserByUsername("isu")))
                    .with(csrf())).andReturn().getResponse();

            assertThat(second.getStatus()).isIn(200, 409);
            assertThat(page(second.getContentAsString(StandardCharsets.UTF_8)).select("main [role=alert]").text())
                    .contains("Someone else saved this record after you opened it.");
            assertThat(String.valueOf(completionOf(iraq).get("completed_on"))).isEqualTo("2025-06-30");
            assertThat(completionOf(iraq).get("completion_note")).isEqualTo("First declaration");
        } finally {
            mvc.perform(post(path + "/reopen").with(user(users.loadUserByUsername("isu"))).with(csrf()));
        }
        assertThat(completionOf(iraq).get("completed_on")).isNull();
    }

    @Test
    void aStaleCompletionFormOfAnObligationStillOpenIsRefusedNextToTheForm() throws Exception {
        long iraq = id("IRQ", Article.ARTICLE_5);
        String path = "/obligations/" + iraq;
        HtmlForm staleForm = HtmlForm.on(pageAs("isu", path), path + "/completion");
        mvc.perform(post(path + "/completion").param("completedOn", "2025-06-30")
                .param("version", staleForm.value("version")).with(user(users.loadUserByUsername("isu"))).with(csrf()));
        mvc.perform(post(path + "/reopen").with(user(users.loadUserByUsername("isu"))).with(csrf()));
        Map<String, Object> reopened = completionOf(iraq);

        MockHttpServletResponse response = mvc.perform(staleForm.set("completedOn", "2024-01-15").post()
                .with(user(users.loadUserByUsername("isu"))).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isIn(200, 409);
        assertThat(page(response.getContentAsString(StandardCharsets.UTF_8))
                .select("form[action=" + path + "/completion] .alert-danger").text())
                .isEqualTo("Someone else saved this record after you opened it. Your changes were not saved: reload "
                        + "the page to see theirs, then make yours again.");
        assertThat(completionOf(iraq)).isEqualTo(reopened);
    }

    @Test
    void theKeepersFormsAreLabelledAndNotShownToTheirReaders() throws Exception {
        long lebanon = id("LBN", Article.ARTICLE_4);
        Document keeper = page(pageAs("lebanon", "/obligations/" + lebanon));
        Document reader = page(mvc.perform(get("/obligations/" + lebanon)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Document otherFocalPoint = page(pageAs("laos", "/obligations/" + lebanon));

        assertThat(keeper.select("form[action=/obligations/" + lebanon + "/figures]")).hasSize(1);
        keeper.select("form[action=/obligations/" + lebanon + "/figures] :is(input, select)[name]:not([type=hidden])")
                .forEach(field -> assertThat(keeper.select("label[for=" + field.id() + "]"))
                        .as("a label for %s", field.attr("name")).hasSize(1));
        assertThat(reader.select("form[method=post][action^=/obligations/" + lebanon + "]")).isEmpty();
        assertThat(otherFocalPoint.select("form[method=post][action^=/obligations/" + lebanon + "]")).isEmpty();
    }

    private MockHttpServletResponse postFigure(String username, long obligation, String language,
            Map<String, String> fields) throws Exception {
        HtmlForm form = HtmlForm.on(pageAs(username, "/obligations/" + obligation),
                "/obligations/" + obligation + "/figures");
        fields.forEach(form::set);
        return mvc.perform(form.post().cookie(new Cookie("ccm-lang", language))
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
    }

    private String pageAs(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long id(String iso3, Article article) {
        return ObligationPagesSupport.obligation(obligations, states, iso3, article).id();
    }

    private long figuresOf(long obligation) {
        return jdbc.queryForObject("select count(*) from progress_figure where obligation_id = ?", Long.class,
                obligation);
    }

    private Map<String, Object> completionOf(long obligation) {
        return jdbc.queryForMap("select completed_on, completion_note, version from obligation where id = ?",
                obligation);
    }
}
