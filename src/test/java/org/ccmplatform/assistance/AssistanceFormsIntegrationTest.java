package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The assistance forms as people fill them in, from the page that shows each form: a focal point posts, closes and
 * reopens its State's need; a donor posts an offer, pledges to a need (above its cost: saved, with the warning) and
 * records its tranches; the ISU enters an exchange rate and imports a file of them, all or nothing. Not
 * transactional: what is saved is committed, as in use. The needs are Somalia's, which the demo data leaves alone.
 */
@IntegrationTest
class AssistanceFormsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    AssistanceRecords fixture;
    int year;

    @BeforeEach
    void fixture() {
        fixture = AssistanceRecords.of(context);
        year = LocalDate.now(context.getBean(Clock.class)).getYear();
    }

    @Test
    void aFocalPointPostsANeedForItsOwnStateWhateverTheFormSays() throws Exception {
        CurrentUser somalia = fixture.focalPointOf("SOM");
        HtmlForm form = HtmlForm.on(html(get("/assistance/needs/new"), somalia), "/assistance/needs")
                .set("article", "4").set("theme", "SURVEY_AND_CLEARANCE").set("priority", "HIGH")
                .set("title", "Form test: survey of Lower Shabelle").set("place", "Lower Shabelle")
                .set("quantity", "3.5").set("unit", "km²").set("cost", "1250000.50")
                .set("evidence", "SOMA survey 2026 (test)");
        assertThat(form.value("currency")).isEqualTo("USD");
        assertThat(form.value("startYear")).isEqualTo(String.valueOf(year + 1));

        MockHttpServletResponse saved = perform(form.post().param("state", "LBN"), somalia);

        assertThat(saved.getStatus()).isEqualTo(302);
        long id = idAtEndOf(saved.getRedirectedUrl(), "/assistance/needs/");
        assertThat(fixture.jdbc.queryForObject("select s.iso3 from need n join state s on s.id = n.state_id "
                + "where n.id = ?", String.class, id)).isEqualTo("SOM");
        Document page = Jsoup.parse(html(get("/assistance/needs/" + id), somalia));
        assertThat(page.select("h1").text()).isEqualTo("Form test: survey of Lower Shabelle");
        assertThat(page.select("main").text()).contains("Somalia", "Lower Shabelle", "3.5 km²", "USD 1,250,000.50",
                "SOMA survey 2026 (test)", (year + 1) + "–" + (year + 3));
    }

    @Test
    void aFocalPointClosesAndReopensItsNeedFromTheNeedsPage() throws Exception {
        CurrentUser somalia = fixture.focalPointOf("SOM");
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Form test: need to close",
                "80000", "USD", 2060, 2061, true);
        String path = "/assistance/needs/" + need.id();

        MockHttpServletResponse closed = perform(HtmlForm.on(html(get(path), somalia), path + "/close").post(),
                somalia);
        assertThat(closed.getRedirectedUrl()).isEqualTo(path);
        assertThat(status(need)).isEqualTo("CLOSED");
        Document page = Jsoup.parse(html(get(path), somalia));
        assertThat(page.select("main").text()).contains("closed");
        assertThat(page.select("form[action=" + path + "/close]")).isEmpty();

        perform(HtmlForm.on(page.outerHtml(), path + "/reopen").post(), somalia);
        assertThat(status(need)).isEqualTo("OPEN");
    }

    @Test
    void aFocalPointCannotKeepAnotherStatesNeed() throws Exception {
        CurrentUser somalia = fixture.focalPointOf("SOM");
        long lebanon = fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE);

        assertThat(perform(get("/assistance/needs/" + lebanon + "/edit"), somalia).getStatus()).isEqualTo(403);
        assertThat(perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/assistance/needs/" + lebanon + "/close").param("version", "0"), somalia).getStatus())
                .isEqualTo(403);
        assertThat(status(lebanon)).isEqualTo("OPEN");
    }

    @Test
    void aDonorPostsAnOfferForItself() throws Exception {
        CurrentUser norway = fixture.user("norway");
        HtmlForm form = HtmlForm.on(html(get("/assistance/offers/new"), norway), "/assistance/offers")
                .set("states", "som").set("amount", "750000").set("currency", "EUR").set("modality", "BILATERAL_GRANT")
                .set("notes", "Form test offer");

        MockHttpServletResponse saved = perform(form.post().param("themes", "STOCKPILE_DESTRUCTION")
                .param("preferences", "CO_FINANCING"), norway);

        assertThat(saved.getStatus()).isEqualTo(302);
        long id = idAtEndOf(saved.getRedirectedUrl(), "/assistance/offers/");
        assertThat(fixture.jdbc.queryForObject("select s.iso3 from donor_offer o join state s on "
                + "s.id = o.donor_state_id where o.id = ?", String.class, id)).isEqualTo("NOR");
        Document page = Jsoup.parse(html(get("/assistance/offers/" + id), norway));
        assertThat(page.select("h1").text()).isEqualTo("Offer of Norway");
        assertThat(page.select("main").text()).contains("SOM", "EUR 750,000.00", "Form test offer");
    }

    @Test
    void aPledgeAboveTheNeedsCostIsSavedWithAWarningAndItsTranchesMakeItDisbursed() throws Exception {
        CurrentUser norway = fixture.user("norway");
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Form test: need over-funded",
                "100000", "USD", 2062, 2063, true);
        HtmlForm form = HtmlForm.on(html(get("/assistance/pledges/new?need=" + need.id()), norway),
                "/assistance/pledges");
        assertThat(form.value("needId")).isEqualTo(String.valueOf(need.id()));
        assertThat(form.value("currency")).isEqualTo("USD");
        assertThat(form.value("fromYear")).isEqualTo("2062");
        long pledgesBefore = fixture.count("pledge");

        MvcResult saved = mvc.perform(form.set("amount", "150000").set("status", "COMMITTED").post()
                .with(user(norway)).with(csrf()).header("Accept-Language", "en")).andReturn();

        assertThat(fixture.count("pledge")).isEqualTo(pledgesBefore + 1);
        String pledgePath = saved.getResponse().getRedirectedUrl();
        long pledge = idAtEndOf(pledgePath, "/assistance/pledges/");
        Document shown = Jsoup.parse(mvc.perform(get(pledgePath).flashAttrs(saved.getFlashMap()).with(user(norway))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());
        assertThat(shown.select(".alert-warning").text()).contains("USD 150000.00", "more than its cost",
                "USD 100000.00");
        Document needPage = Jsoup.parse(html(get("/assistance/needs/" + need.id()), norway));
        assertThat(needPage.select("main").text()).contains("over-funded", "USD 150,000.00");

        // A tranche above what is left of the pledge is refused next to its amount.
        long tranchesBefore = fixture.count("disbursement");
        HtmlForm tranche = HtmlForm.on(shown.outerHtml(), pledgePath + "/tranches");
        String today = LocalDate.now(context.getBean(Clock.class)).toString();
        Document refused = Jsoup.parse(perform(tranche.set("paidOn", today).set("amount", "150000.01").post(),
                norway).getContentAsString());
        assertThat(refused.select("#amount-error").text())
                .isEqualTo("This tranche is more than what is left of the pledge (150000.00 USD).");
        assertThat(fixture.count("disbursement")).isEqualTo(tranchesBefore);

        // Paid in two tranches, in full: the pledge is disbursed.
        assertThat(perform(tranche.set("amount", "100000").set("reference", "T1").post(), norway).getStatus())
                .isEqualTo(302);
        assertThat(pledgeStatus(pledge)).isEqualTo("COMMITTED");
        assertThat(perform(tranche.set("amount", "50000").set("reference", "T2").post(), norway).getStatus())
                .isEqualTo(302);
        assertThat(pledgeStatus(pledge)).isEqualTo("DISBURSED");
        assertThat(fixture.count("disbursement")).isEqualTo(tranchesBefore + 2);
        Document disbursed = Jsoup.parse(html(get(pledgePath), norway));
        assertThat(disbursed.select("section[aria-labelledby=tranches-heading]").text()).contains("T1", "T2",
                "USD 100,000.00", "USD 50,000.00");
        assertThat(disbursed.select("main .badge").text()).contains("disbursed");
    }

    @Test
    void theIsuEntersAnExchangeRate() throws Exception {
        CurrentUser isu = fixture.user("isu");
        HtmlForm form = HtmlForm.on(html(get("/assistance/rates"), isu), "/assistance/rates")
                .set("currency", "pln").set("rateDate", "2024-02-01").set("usdPerUnit", "0.2487")
                .set("source", "Form test rate");

        MockHttpServletResponse saved = perform(form.post(), isu);

        assertThat(saved.getRedirectedUrl()).isEqualTo("/assistance/rates");
        assertThat(Jsoup.parse(html(get("/assistance/rates?currency=PLN"), isu)).select("main table tbody").text())
                .contains("PLN", "0.2487", "Form test rate");
    }

    @Test
    void aFileOfRatesWithOneBadLineLandsNothingAndAGoodFileLandsAll() throws Exception {
        CurrentUser isu = fixture.user("isu");
        long before = fixture.count("exchange_rate");
        String bad = """
                currency,date,usd_per_unit,source
                CZK,2024-01-31,0.0437,Import test
                CZK,31/02/2024,0.0431,Import test
                HUF,2024-01-31,0.0028,Import test
                """;

        MockHttpServletResponse refused = perform(multipart("/assistance/rates/import")
                .file(new MockMultipartFile("file", "rates.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))),
                isu);

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.getContentAsString()).select("[role=alert]").text())
                .contains("Nothing was imported: 1 problem.", "Line 3:", "“31/02/2024” is not a date");
        assertThat(fixture.count("exchange_rate")).isEqualTo(before);

        String good = bad.replace("31/02/2024", "2024-02-29");
        MvcResult landed = mvc.perform(multipart("/assistance/rates/import")
                .file(new MockMultipartFile("file", "rates.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                .with(user(isu)).with(csrf())).andReturn();

        assertThat(landed.getResponse().getRedirectedUrl()).isEqualTo("/assistance/rates");
        assertThat(landed.getFlashMap().get("importedCount")).isEqualTo(3);
        assertThat(fixture.count("exchange_rate")).isEqualTo(before + 3);
        assertThat(Jsoup.parse(html(get("/assistance/rates?currency=CZK"), isu)).select("main table tbody").text())
                .contains("0.0437", "0.0431");
    }

    private String status(Need need) {
        return status(need.id());
    }

    private String status(long need) {
        return fixture.jdbc.queryForObject("select status from need where id = ?", String.class, need);
    }

    private String pledgeStatus(long pledge) {
        return fixture.jdbc.queryForObject("select status from pledge where id = ?", String.class, pledge);
    }

    private static long idAtEndOf(String url, String prefix) {
        assertThat(url).startsWith(prefix);
        return Long.parseLong(url.substring(prefix.length()));
    }

    private String html(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        MockHttpServletResponse response = perform(request, user);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, CurrentUser user)
            throws Exception {
        return mvc.perform(request.with(user(user)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getResponse();
    }
}
