package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every assistance page renders for a reader who is not signed in and for signed-in ones, with the demo figures a
 * reader would look for; the funding of a State or a coalition comes as a whole page, or as a fragment for htmx.
 * The French and Spanish messages of these pages are being written elsewhere: here the pages are only checked to
 * render in those languages, not for their words.
 */
@IntegrationTest
class AssistancePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    AssistanceRecords fixture;

    @BeforeEach
    void fixture() {
        fixture = AssistanceRecords.of(context);
    }

    @Test
    void theAssistanceHomeIsTheListOfNeeds() throws Exception {
        MockHttpServletResponse response = perform(get("/assistance"), "anonymous");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/assistance/needs");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "isu", "lebanon", "norway", "npa", "observer"})
    void everyListPageRendersForEveryKindOfReader(String visitor) throws Exception {
        Document needs = page("/assistance/needs", visitor);
        assertThat(needs.select("h1").text()).isEqualTo("International cooperation and assistance");
        assertThat(needs.select("main table").text()).contains(AssistanceRecords.LEBANON_CLEARANCE,
                AssistanceRecords.LAOS_CLEARANCE);

        Document offers = page("/assistance/offers", visitor);
        assertThat(offers.select("main table").text()).contains("Norway", "Germany", "Switzerland");

        Document pledges = page("/assistance/pledges", visitor);
        assertThat(pledges.select("main table").text()).contains("Norway", "Lebanon");

        Document gaps = page("/assistance/gaps", visitor);
        assertThat(gaps.select("h2").eachText()).contains("In all", "By year", "By State", "By thematic area");
        assertThat(gaps.select("main").text()).contains("Lebanon", "Lao");

        Document rates = page("/assistance/rates", visitor);
        assertThat(rates.select("main table").text()).contains("NOK", "EUR", "CHF");
    }

    @Test
    void theNeedsListFiltersAndIgnoresAFilterItCannotRead() throws Exception {
        Document lebanon = page("/assistance/needs?state=LBN&theme=RISK_EDUCATION", "anonymous");
        assertThat(lebanon.select("main table tbody").text()).contains(AssistanceRecords.LEBANON_RISK_EDUCATION)
                .doesNotContain(AssistanceRecords.LEBANON_CLEARANCE, AssistanceRecords.LAOS_CLEARANCE);

        Document ignored = page("/assistance/needs?theme=NOT_A_THEME", "anonymous");
        assertThat(ignored.select("main [role=status]").text()).isNotBlank();
        assertThat(ignored.select("main table tbody").text()).contains(AssistanceRecords.LEBANON_CLEARANCE);
    }

    @Test
    void aNeedShowsItsGapItsPledgesAndTheDonorsWhoseOffersFitWithThePartsOfTheirScores() throws Exception {
        long clearance = fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE);
        Document need = page("/assistance/needs/" + clearance, "norway");

        assertThat(need.select("h1").text()).isEqualTo(AssistanceRecords.LEBANON_CLEARANCE);
        assertThat(need.select("main").text()).contains("South Lebanon and Nabatieh governorates", "USD 9,600,000.00",
                "LMAC-NTS-DEMO-14");
        assertThat(need.select("section[aria-labelledby=pledges-heading] tbody").text())
                .contains("Norway", "NOK 30,000,000.00", "NOK 10,000,000.00", "Germany", "EUR 2,000,000.00");
        assertThat(need.select("section[aria-labelledby=matches-heading] h3").eachText()).startsWith("Norway");
        assertThat(need.select("section[aria-labelledby=matches-heading] li").first().text())
                .contains("names LBN among the countries it funds", "already gives in LBN", "30 / 30", "25 / 25");
        assertThat(need.select("a[href=/assistance/pledges/new?need=" + clearance + "]")).hasSize(1);
    }

    @Test
    void aClosedNeedShowsNoMatchesAndNoOneIsAskedToPledgeToIt() throws Exception {
        Document montenegro = page("/assistance/needs/" + fixture.demoNeed(AssistanceRecords.MONTENEGRO), "norway");

        assertThat(montenegro.select("main").text()).contains("closed", "NOK 11,000,000.00");
        assertThat(montenegro.select("section[aria-labelledby=matches-heading]")).isEmpty();
        assertThat(montenegro.select("a[href^=/assistance/pledges/new]")).isEmpty();
    }

    @Test
    void anOfferShowsTheNeedsThatFitIt() throws Exception {
        long norway = fixture.jdbc.queryForObject("select min(o.id) from donor_offer o join state s on "
                + "s.id = o.donor_state_id where s.iso3 = 'NOR'", Long.class);
        Document offer = page("/assistance/offers/" + norway, "anonymous");

        assertThat(offer.select("h1").text()).isEqualTo("Offer of Norway");
        assertThat(offer.select("main").text()).contains("LBN", "LAO", "IRQ");
        assertThat(offer.select("section[aria-labelledby=fit-heading]").text())
                .contains(AssistanceRecords.LEBANON_CLEARANCE, AssistanceRecords.LAOS_CLEARANCE)
                .doesNotContain(AssistanceRecords.LEBANON_VICTIMS);
    }

    @Test
    void aPledgeShowsItsTranches() throws Exception {
        long pledge = fixture.jdbc.queryForObject("select p.id from pledge p join state s on s.id = p.donor_state_id "
                + "where s.iso3 = 'NOR' and p.need_id = ?", Long.class,
                fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE));
        Document page = page("/assistance/pledges/" + pledge, "anonymous");

        assertThat(page.select("h1").text()).isEqualTo("Pledge of Norway to Lebanon");
        assertThat(page.select("section[aria-labelledby=tranches-heading]").text())
                .contains("NOK 10,000,000.00", "NO-MFA tranche 1 (demo)");
        assertThat(page.select("main").text()).contains("NOK 30,000,000.00", "Norwegian People");
        assertThat(page.select("form")).as("no form for a reader who does not keep the pledge")
                .noneMatch(f -> f.attr("action").startsWith("/assistance/pledges/"));
    }

    @Test
    void theRatesPageOffersItsFormsOnlyToTheIsu() throws Exception {
        assertThat(page("/assistance/rates", "isu").select("form[action=/assistance/rates][method=post], "
                + "form[action=/assistance/rates/import]")).hasSize(2);
        for (String visitor : List.of("anonymous", "norway", "lebanon")) {
            assertThat(page("/assistance/rates", visitor).select("form[method=post]")).as(visitor)
                    .noneMatch(f -> f.attr("action").startsWith("/assistance/rates"));
        }
    }

    @Test
    void theGapsPageTakesAStateAYearACurrencyAndADay() throws Exception {
        int year = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).getYear();
        Document gaps = page("/assistance/gaps?state=LBN&year=" + year + "&currency=EUR&asOf=" + year + "-01-05",
                "anonymous");

        assertThat(gaps.select("#total-heading").text()).isEqualTo("In " + year);
        assertThat(gaps.select("main").text()).contains("EUR", (year - 1) + "")
                .doesNotContain(AssistanceRecords.LAOS_CLEARANCE);
        assertThat(gaps.select("section[aria-labelledby=needs-heading]").text())
                .contains(AssistanceRecords.LEBANON_CLEARANCE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/assistance/gaps?year=abc", "/assistance/gaps?currency=ABC",
        "/assistance/gaps?state=ZZZ", "/assistance/gaps?asOf=soon", "/assistance/needs/abc", "/assistance/needs/-5",
        "/assistance/offers/987654321", "/assistance/pledges/987654321", "/assistance/states/ZZZ/funding",
        "/assistance/coalitions/987654321/funding"})
    void aBadAddressIsAPageThatSaysSoNeverAnError(String path) throws Exception {
        MockHttpServletResponse response = perform(get(path), "anonymous");

        assertThat(response.getStatus()).isIn(400, 404);
        assertThat(Jsoup.parse(response.getContentAsString()).select("html")).isNotEmpty();
    }

    @Test
    void aStatesFundingIsAWholePageOrAFragmentForHtmx() throws Exception {
        Document whole = page("/assistance/states/LBN/funding", "anonymous");
        assertThat(whole.select("nav")).isNotEmpty();
        assertThat(whole.select("h2#funding-heading").text()).isEqualTo("Funding: Lebanon");
        assertThat(whole.select("section.funding svg")).isNotEmpty();
        assertThat(whole.select("section.funding a[href^=/assistance/gaps?state=LBN]")).hasSize(1);

        MockHttpServletResponse fragment = perform(get("/assistance/states/LBN/funding")
                .header("HX-Request", "true"), "anonymous");
        assertThat(fragment.getStatus()).isEqualTo(200);
        String html = fragment.getContentAsString();
        assertThat(html).doesNotContain("<html", "<nav", "<footer").contains("funding-heading", "Funding: Lebanon",
                "<svg");
        assertThat(html.strip()).startsWith("<section");
    }

    @Test
    void theStatePageLoadsItsFundingAndLinksToIt() throws Exception {
        Document state = page("/states/LBN", "anonymous");

        assertThat(state.select("[hx-get=/assistance/states/LBN/funding]")).hasSize(1);
        assertThat(state.select("a[href=/assistance/states/LBN/funding]")).hasSize(1);
    }

    @Test
    void aCoalitionsFundingIsAWholePageOrAFragmentForHtmx() throws Exception {
        long forum = fixture.lebanonForum().id();
        Document whole = page("/assistance/coalitions/" + forum + "/funding", "anonymous");
        assertThat(whole.select("h2#funding-heading").text()).isEqualTo("Funding: " + AssistanceRecords.LEBANON_FORUM);
        assertThat(whole.select("a[href=/coalitions/" + forum + "]")).hasSize(1);
        assertThat(whole.select("section.funding").text()).contains("USD");

        String fragment = perform(get("/assistance/coalitions/" + forum + "/funding").header("HX-Request", "true"),
                "norway").getContentAsString();
        assertThat(fragment).doesNotContain("<html", "<nav").contains("funding-heading");
        assertThat(page("/coalitions/" + forum, "anonymous")
                .select("[hx-get=/assistance/coalitions/" + forum + "/funding]")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"/assistance/needs, fr", "/assistance/needs, es", "/assistance/offers, fr", "/assistance/pledges, es",
        "/assistance/gaps, fr", "/assistance/gaps, es", "/assistance/rates, fr", "/assistance/states/LBN/funding, es",
        "need, fr", "need, es", "pledge, fr", "offer, es"})
    void everyPageRendersInFrenchAndSpanish(String path, String language) throws Exception {
        String resolved = switch (path) {
            case "need" -> "/assistance/needs/" + fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE);
            case "pledge" -> "/assistance/pledges/" + fixture.jdbc.queryForObject("select min(id) from pledge",
                    Long.class);
            case "offer" -> "/assistance/offers/" + fixture.jdbc.queryForObject("select min(id) from donor_offer",
                    Long.class);
            default -> path;
        };
        MockHttpServletResponse response = perform(get(resolved).param("lang", language), "anonymous");

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("main").text()).isNotBlank().doesNotContain("??");
    }

    private Document page(String path, String visitor) throws Exception {
        MockHttpServletResponse response = perform(get(path), visitor);
        assertThat(response.getStatus()).as(path + " for " + visitor).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(fixture.user(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
