package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input on every assistance form is refused with a clear message next to its field, and nothing stored changes:
 * the needs, offers, pledges, tranches and rates are counted before and after. A stale form (someone saved the
 * record after it was opened) is a conflict, never an overwrite. Not transactional, so that a half-written record
 * would show. The needs are Somalia's, which the demo data leaves alone.
 */
@IntegrationTest
class AssistanceBadInputIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    AssistanceRecords fixture;
    CurrentUser somalia;
    CurrentUser norway;
    CurrentUser isu;
    String today;

    @BeforeEach
    void fixture() {
        fixture = AssistanceRecords.of(context);
        somalia = fixture.focalPointOf("SOM");
        norway = fixture.user("norway");
        isu = fixture.user("isu");
        today = LocalDate.now(context.getBean(Clock.class)).toString();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cost      | -5     | cost     | The cost must be more than zero.
            cost      | 0      | cost     | The cost must be more than zero.
            cost      | 12,5   | cost     | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            cost      | abc    | cost     | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            cost      | 10.123 | cost     | An amount in USD has at most 2 decimals.
            currency  | XYZ    | currency | “XYZ” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            currency  | dollar | currency | “dollar” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            currency  | ABC    | currency | “ABC” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            endYear   | 2028   | endYear  | The period ends (2028) before it starts (2030).
            startYear | twenty | startYear| Enter a whole number.
            article   | 3      | article  | SOM has no obligation under Article 3 in the register.
            theme     | VICTIM_ASSISTANCE | theme | This thematic area does not serve Article 4.
            quantity  | -2     | quantity | The quantity must be more than zero.
            title     | ''     | title    | This is required.
            """)
    void aBadNeedIsRefusedNextToItsFieldAndNothingIsStored(String field, String value, String errorOf,
            String message) throws Exception {
        HtmlForm form = HtmlForm.on(html(get("/assistance/needs/new"), somalia), "/assistance/needs")
                .set("article", "4").set("theme", "SURVEY_AND_CLEARANCE").set("priority", "HIGH")
                .set("title", "Bad input test need").set("cost", "500000").set("startYear", "2030")
                .set("endYear", "2032").set("quantity", "2").set("unit", "km²");
        if (field.equals("article")) {
            form.set("theme", "STOCKPILE_DESTRUCTION");
        }
        String before = fixture.stored();

        Document refused = refused(form.set(field, value).post(), somalia);

        assertThat(refused.select("#" + errorOf + "-error").text()).isEqualTo(message);
        assertThat(refused.select("#" + errorOf).attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#title").val()).isEqualTo(field.equals("title") ? "" : "Bad input test need");
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            amount   | -100   | amount   | The amount must be more than zero.
            amount   | 0      | amount   | The amount must be more than zero.
            amount   | lots   | amount   | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            currency | XYZ    | currency | “XYZ” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            toYear   | 2063   | toYear   | The period ends (2063) before it starts (2064).
            fromYear | 1850   | toYear   | Must be between 2000 and 2100.
            status   | DISBURSED | status | A pledge becomes disbursed when its tranches are paid in full; record the tranches.
            """)
    void aBadPledgeIsRefusedNextToItsFieldAndNothingIsStored(String field, String value, String errorOf,
            String message) throws Exception {
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Bad input test: pledged need",
                "90000", "USD", 2064, 2065, true);
        HtmlForm form = HtmlForm.on(html(get("/assistance/pledges/new?need=" + need.id()), norway),
                "/assistance/pledges").set("amount", "1000").set("status", "PLEDGED");
        String before = fixture.stored();

        Document refused = refused(form.set(field, value).post(), norway);

        assertThat(refused.select("#" + errorOf + "-error").text()).isEqualTo(message);
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            amount | 2500.01 | amount | This tranche is more than what is left of the pledge (2500.00 USD).
            amount | -1      | amount | The tranche must be more than zero.
            amount | a lot   | amount | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            paidOn | 2999-01-01 | paidOn | A tranche cannot be paid in the future.
            paidOn | 31/01/2025 | paidOn | Enter a valid date.
            """)
    void aBadTrancheIsRefusedNextToItsFieldAndNothingIsStored(String field, String value, String errorOf,
            String message) throws Exception {
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Bad input test: paid need",
                "90000", "USD", 2066, 2066, true);
        Pledge pledge = fixture.pledge("NOR", need, "10000", "USD", 2066, 2066, PledgeStatus.COMMITTED, true);
        fixture.pledgeDesk.pay(pledge.id(), LocalDate.parse(today), new java.math.BigDecimal("7500"), "First",
                norway);
        String path = "/assistance/pledges/" + pledge.id();
        HtmlForm form = HtmlForm.on(html(get(path), norway), path + "/tranches").set("paidOn", today)
                .set("amount", "100");
        String before = fixture.stored();

        Document refused = refused(form.set(field, value).post(), norway);

        assertThat(refused.select("#" + errorOf + "-error").text()).isEqualTo(message);
        assertThat(refused.select("details[open] form[action=" + path + "/tranches]")).hasSize(1);
        assertThat(fixture.stored()).isEqualTo(before);
        assertThat(fixture.jdbc.queryForObject("select status from pledge where id = ?", String.class, pledge.id()))
                .isEqualTo("COMMITTED");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            amount   | 0     | amount   | The yearly envelope must be more than zero.
            amount   | -3    | amount   | The yearly envelope must be more than zero.
            currency | EURO  | currency | “EURO” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            currency | EUX   | currency | “EUX” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            states   | SOM, ZZZ | states | There is no State with the code ZZZ.
            toYear   | 2040  | toYear   | The period ends (2040) before it starts (2041).
            """)
    void aBadOfferIsRefusedNextToItsFieldAndNothingIsStored(String field, String value, String errorOf,
            String message) throws Exception {
        HtmlForm form = HtmlForm.on(html(get("/assistance/offers/new"), norway), "/assistance/offers")
                .set("amount", "100000").set("currency", "EUR").set("fromYear", "2041").set("toYear", "2043")
                .set("modality", "BILATERAL_GRANT").set("states", "SOM");
        String before = fixture.stored();

        Document refused = refused(form.set(field, value).post().param("themes", "RISK_EDUCATION"), norway);

        assertThat(refused.select("#" + errorOf + "-error").text()).isEqualTo(message);
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @Test
    void anOfferWithoutAThemeIsRefused() throws Exception {
        HtmlForm form = HtmlForm.on(html(get("/assistance/offers/new"), norway), "/assistance/offers")
                .set("amount", "100000").set("modality", "BILATERAL_GRANT");
        String before = fixture.stored();

        Document refused = refused(form.post(), norway);

        assertThat(refused.select("fieldset .invalid-feedback").text()).isEqualTo("Choose at least one thematic area.");
        assertThat(refused.select("input[name=themes].is-invalid")).isNotEmpty();
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            usdPerUnit | -1.2   | usdPerUnit | The rate must be more than zero.
            usdPerUnit | 0      | usdPerUnit | The rate must be more than zero.
            usdPerUnit | one    | usdPerUnit | Enter a number, such as 1250 or 1250.5, without spaces or thousands separators.
            currency   | XYZ    | currency   | “XYZ” is not a known currency code (ISO 4217, such as USD, EUR or CHF).
            currency   | USD    | currency   | Rates are given in USD; it needs none.
            rateDate   | 2025-13-01 | rateDate | Enter a valid date.
            currency   | NOK    | rateDate   | There is already a rate for NOK on {endOfLastYear}.
            """)
    void aBadRateIsRefusedNextToItsFieldAndNothingIsStored(String field, String value, String errorOf,
            String message) throws Exception {
        String endOfLastYear = (LocalDate.parse(today).getYear() - 1) + "-12-31";
        HtmlForm form = HtmlForm.on(html(get("/assistance/rates"), isu), "/assistance/rates")
                .set("currency", "BGN").set("rateDate", endOfLastYear).set("usdPerUnit", "0.55")
                .set("source", "Bad input test");
        String before = fixture.stored();

        Document refused = refused(form.set(field, value).post(), isu);

        assertThat(refused.select("#" + errorOf + "-error").text())
                .isEqualTo(message.replace("{endOfLastYear}", endOfLastYear));
        assertThat(fixture.stored()).isEqualTo(before);
    }

    @Test
    void aStaleNeedFormIsAConflictNotAnOverwrite() throws Exception {
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Stale test need", "40000", "USD",
                2067, 2067, true);
        String path = "/assistance/needs/" + need.id();
        HtmlForm mine = HtmlForm.on(html(get(path + "/edit"), somalia), path);
        HtmlForm theirs = HtmlForm.on(html(get(path + "/edit"), isu), path);

        assertThat(perform(theirs.set("title", "Stale test need, as the ISU saved it").post(), isu).getStatus())
                .isEqualTo(302);
        Document refused = refused(mine.set("title", "Stale test need, as the focal point typed it").set("cost", "1")
                .post(), somalia);

        assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this record after you "
                + "opened it. Your changes were not saved");
        assertThat(fixture.jdbc.queryForObject("select title from need where id = ?", String.class, need.id()))
                .isEqualTo("Stale test need, as the ISU saved it");
        assertThat(fixture.jdbc.queryForObject("select cost from need where id = ?", java.math.BigDecimal.class,
                need.id())).isEqualByComparingTo("40000");
    }

    @Test
    void aStaleOfferFormIsAConflictNotAnOverwrite() throws Exception {
        HtmlForm created = HtmlForm.on(html(get("/assistance/offers/new"), norway), "/assistance/offers")
                .set("amount", "100000").set("currency", "EUR").set("modality", "BILATERAL_GRANT")
                .set("states", "SOM").set("notes", "Stale test offer");
        String path = perform(created.post().param("themes", "STOCKPILE_DESTRUCTION"), norway).getRedirectedUrl();
        HtmlForm mine = HtmlForm.on(html(get(path + "/edit"), norway), path);
        HtmlForm theirs = HtmlForm.on(html(get(path + "/edit"), isu), path);

        assertThat(perform(theirs.set("amount", "200000").post(), isu).getStatus()).isEqualTo(302);
        Document refused = refused(mine.set("amount", "300000").post(), norway);

        assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this record");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(fixture.jdbc.queryForObject("select yearly_amount from donor_offer where id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("200000");
    }

    @Test
    void aStalePledgeFormIsAConflictNotAnOverwrite() throws Exception {
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Stale test: pledged need",
                "90000", "USD", 2068, 2068, true);
        Pledge pledge = fixture.pledge("NOR", need, "5000", "USD", 2068, 2068, PledgeStatus.PLEDGED, true);
        String path = "/assistance/pledges/" + pledge.id();
        HtmlForm mine = HtmlForm.on(html(get(path), norway), path);
        HtmlForm theirs = HtmlForm.on(html(get(path), isu), path);

        assertThat(perform(theirs.set("amount", "6000").post(), isu).getStatus()).isEqualTo(302);
        Document refused = refused(mine.set("amount", "7000").post(), norway);

        assertThat(refused.select("details[open] [role=alert]").text()).contains("Someone else saved this record");
        assertThat(fixture.jdbc.queryForObject("select amount from pledge where id = ?", java.math.BigDecimal.class,
                pledge.id())).isEqualByComparingTo("6000");
    }

    @Test
    void aStaleCloseOfANeedIsRefusedWithTheConflictMessage() throws Exception {
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "Stale test: need to close",
                "40000", "USD", 2069, 2069, true);
        String path = "/assistance/needs/" + need.id();
        HtmlForm close = HtmlForm.on(html(get(path), somalia), path + "/close");
        fixture.needDesk.edit(need.id(), need.version(), new NeedDetails(Theme.RISK_EDUCATION, null,
                "Stale test: need to close, renamed", null, null, AssistanceRecords.money("40000", "USD"), 2069, 2069,
                Priority.LOW, null, true), null, null, isu);

        MvcResult result = mvc.perform(close.post().with(user(somalia)).with(csrf())).andReturn();

        assertThat(result.getFlashMap().get("refused")).isEqualTo("edit.stale");
        assertThat(fixture.jdbc.queryForObject("select status from need where id = ?", String.class, need.id()))
                .isEqualTo("OPEN");
    }

    private Document refused(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        MockHttpServletResponse response = perform(request, user);
        assertThat(response.getStatus()).as("refused, shown again").isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private String html(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        MockHttpServletResponse response = perform(request, user);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, CurrentUser user)
            throws Exception {
        return mvc.perform(request.with(user(user)).with(csrf()).header("Accept-Language", "en")).andReturn()
                .getResponse();
    }
}
