package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationPagesSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.StateRegister;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A State's obligations on one page: each obligation with its deadline, status, chart and projection, its transparency
 * reports, and for its keepers the form of a report received, whose refusals come back in the reader's language with
 * nothing stored. Not @Transactional: a refused report must leave nothing after a real commit.
 */
@IntegrationTest
class StateObligationsPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StateRegister states;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lebanonsPageShowsEachOfItsObligationsInTheOrderOfTheArticles() throws Exception {
        Document page = page(html("/obligations/states/LBN"));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Obligations of Lebanon");
        assertThat(page.select("main section.card h2").eachText()).containsExactly(
                "Article 4 · clearance and risk reduction education · Article 4(1)(a)",
                "Article 5 · victim assistance · Article 5(1)",
                "Article 7 · transparency reports · Article 7(1)",
                "Article 9 · national implementation measures · Article 9");
        Element clearance = card(page, "Article 4 ·");
        assertThat(clearance.select(".badge").text()).isEqualTo("overdue");
        assertThat(clearance.select("dl").text()).contains("Entry into force 1 May 2011")
                .contains("1 May 2026 (treaty deadline 1 May 2021; 1 extension)");
        assertThat(clearance.select("figure svg[role=img]")).hasSize(1);
        assertThat(clearance.select("h3 + div dl").text()).contains("Remaining 11,000,000 m² · as at 31 Dec 2025")
                .contains("Projected completion " + ObligationPagesSupport.LONG_DATE.format(
                        ObligationPagesIntegrationTest.lebanonsProjectedCompletion()));
        assertThat(card(page, "Article 5 ·").select("dl").text())
                .contains("National focal point designated: done on 3 Oct 2016");
        assertThat(card(page, "Article 9 ·").select("dl").text()).contains("Legislation in preparation");
    }

    @Test
    void lebanonsPageListsItsReportsReceivedWithTheInitialReport() throws Exception {
        Document page = page(html("/obligations/states/LBN"));

        List<List<String>> reports = ObligationPagesSupport.rows(page);
        assertThat(reports).isNotEmpty().hasSizeLessThanOrEqualTo(StateObligationsController.REPORTS_SHOWN);
        assertThat(reports).allSatisfy(row -> assertThat(row.get(0)).isIn("Initial report", "Annual report"));
        assertThat(page.select("#reports-heading ~ p a").attr("href")).isEqualTo("/transparency/reports?state=LBN");
        long received = jdbc.queryForObject("select count(*) from transparency_report r join state s "
                + "on s.id = r.state_id where s.iso3 = 'LBN'", Long.class);
        assertThat(page.select("#reports-heading ~ p a").text()).isEqualTo("All " + received + " reports");
    }

    @Test
    void aStateThatIsNotPartyHasNoObligations() throws Exception {
        Document page = page(html("/obligations/states/USA"));

        assertThat(page.select("main section.card")).isEmpty();
        assertThat(page.select("main .alert-secondary").text()).startsWith("No obligation is recorded for this State");
    }

    @Test
    void anUnknownStateIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/obligations/states/XXX")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void thePageSpeaksFrenchAndSpanish() throws Exception {
        Document french = page(html("/obligations/states/LBN?lang=fr"));
        Document spanish = page(html("/obligations/states/LBN?lang=es"));

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Obligations – Liban");
        assertThat(french.select("#reports-heading").text()).isNotEqualTo("Transparency reports (Article 7)");
        assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Obligaciones – Líbano");
    }

    @Test
    void onlyTheStatesKeepersSeeTheReportFormAndOnlyTheIsuRecordsANewObligation() throws Exception {
        String form = "form[action=/obligations/states/LBN/reports]";
        String declare = "form[action=/obligations/states/LBN/declare]";

        assertThat(page(html("/obligations/states/LBN")).select(form + ", " + declare)).isEmpty();
        assertThat(page(htmlAs("laos", "/obligations/states/LBN")).select(form + ", " + declare)).isEmpty();
        Document focalPoint = page(htmlAs("lebanon", "/obligations/states/LBN"));
        assertThat(focalPoint.select(form)).hasSize(1);
        assertThat(focalPoint.select(form).attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(focalPoint.select(declare)).isEmpty();
        Document isu = page(htmlAs("isu", "/obligations/states/LBN"));
        assertThat(isu.select(form)).hasSize(1);
        assertThat(isu.select(declare)).hasSize(1);
    }

    @Test
    void aSecondAnnualReportForTheSameYearIsRefusedInFrenchAndNothingIsStored() throws Exception {
        int year = jdbc.queryForObject("select max(r.year_covered) from transparency_report r join state s "
                + "on s.id = r.state_id where s.iso3 = 'LBN' and r.kind = 'ANNUAL'", Integer.class);
        long before = reports("LBN", year);

        MockHttpServletResponse response = mvc.perform(report("LBN", "ANNUAL", year, LocalDate.now())
                .cookie(new Cookie("ccm-lang", "fr")).with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = page(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#yearCovered-error").text())
                .isEqualTo("Un rapport annuel portant sur " + year + " a déjà été consigné.");
        assertThat(page.select("details:has(#yearCovered)").hasAttr("open")).isTrue();
        assertThat(reports("LBN", year)).isEqualTo(before).isEqualTo(1);
    }

    @Test
    void aReportForAYearBeforeEntryIntoForceIsRefusedAndNothingIsStored() throws Exception {
        MockHttpServletResponse response = mvc.perform(report("LBN", "ANNUAL", 2010, LocalDate.now())
                .with(user(users.loadUserByUsername("lebanon"))).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page(response.getContentAsString(StandardCharsets.UTF_8)).selectFirst("#yearCovered-error").text())
                .isEqualTo("The Convention entered into force for this State in 2011; a report cannot cover an "
                        + "earlier year.");
        assertThat(reports("LBN", 2010)).isZero();
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedInSpanishAndNoReportIsStored() throws Exception {
        OverdueReport missing = aMissingReport();
        String iso3 = missing.state().iso3();
        long before = reports(iso3, missing.kind(), missing.yearCovered());

        MockHttpServletResponse response = mvc.perform(report(iso3, missing.kind().name(), missing.yearCovered(),
                        LocalDate.now())
                .file(new MockMultipartFile("file", "informe.pdf", "application/pdf",
                        "<html>not a report</html>".getBytes(StandardCharsets.UTF_8)))
                .cookie(new Cookie("ccm-lang", "es")).with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = page(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form[action=/obligations/states/" + iso3 + "/reports] .alert-danger").text())
                .isEqualTo("El archivo no es un documento PDF.");
        assertThat(page.selectFirst("#file").hasClass("is-invalid")).isTrue();
        assertThat(reports(iso3, missing.kind(), missing.yearCovered())).isEqualTo(before).isZero();
    }

    @Test
    void aReceivedDateThatIsNotADateIsRefusedOnTheForm() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/obligations/states/LBN/reports")
                .param("kind", "ANNUAL").param("yearCovered", "2025").param("receivedOn", "tomorrow")
                .with(user(users.loadUserByUsername("lebanon"))).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page(response.getContentAsString(StandardCharsets.UTF_8)).selectFirst("#receivedOn-error").text())
                .isEqualTo("Enter a valid date.");
    }

    /** A report some State Party owes today (the demo leaves a few), which nobody has recorded. */
    private OverdueReport aMissingReport() {
        List<OverdueReport> overdue = transparency.overdue(LocalDate.now());
        assertThat(overdue).as("the demo leaves a few reports overdue today").isNotEmpty();
        return overdue.get(0);
    }

    private static MockMultipartHttpServletRequestBuilder report(String iso3, String kind, Integer year,
            LocalDate receivedOn) {
        MockMultipartHttpServletRequestBuilder request = multipart("/obligations/states/" + iso3 + "/reports");
        request.param("kind", kind).param("receivedOn", receivedOn.toString())
                .param("source", "Received by the page test");
        if (year != null) {
            request.param("yearCovered", String.valueOf(year));
        }
        return request;
    }

    private static Element card(Document page, String article) {
        return page.select("main section.card").stream().filter(card -> card.selectFirst("h2").text()
                .startsWith(article)).findFirst().orElseThrow(() -> new AssertionError("no card of " + article));
    }

    private long reports(String iso3, int year) {
        return reports(iso3, ReportKind.ANNUAL, year);
    }

    private long reports(String iso3, ReportKind kind, Integer year) {
        String sql = "select count(*) from transparency_report r join state s on s.id = r.state_id "
                + "where s.iso3 = ? and r.kind = ? and ";
        return year == null ? jdbc.queryForObject(sql + "r.year_covered is null", Long.class, iso3, kind.name())
                : jdbc.queryForObject(sql + "r.year_covered = ?", Long.class, iso3, kind.name(), year);
    }

    private String html(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String htmlAs(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
