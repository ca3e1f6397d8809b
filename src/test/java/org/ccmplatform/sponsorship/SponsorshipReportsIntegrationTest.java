package org.ccmplatform.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programme's reports on the demo data of 2016–2019: the figures are those of the records (summed here in SQL),
 * near the averages of the 2020 review; the public reads counts and States, never a delegate's name; a State's focal
 * point reads its own delegates' names only, the ISU all of them.
 */
@IntegrationTest
@Transactional
class SponsorshipReportsIntegrationTest {

    static final String SPONSORED = "status in ('SELECTED', 'COSTS_RECORDED')";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    SponsorshipRecords records;

    @BeforeEach
    void records() {
        records = SponsorshipRecords.of(context);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2016, 2017, 2018, 2019})
    void theYearlyFiguresOfTheDemoAreThoseOfTheRecords(int year) throws Exception {
        JsonNode report = api("/api/v1/sponsorship/years/" + year);

        BigDecimal contributed = records.sql("select sum(amount) from sponsorship_contribution where "
                + "programme_year = ?", year);
        BigDecimal cost = records.sql("select sum(travel_actual + dsa_actual) from sponsorship_application where "
                + "programme_year = ? and " + SPONSORED, year);
        BigDecimal carriedIn = records.sql("select coalesce(sum(amount), 0) from sponsorship_contribution where "
                + "programme_year < ?", year).subtract(records.sql("select coalesce(sum(travel_actual + dsa_actual), "
                + "0) from sponsorship_application where programme_year < ? and " + SPONSORED, year));
        assertThat(report.at("/contributions/amount").decimalValue()).isEqualByComparingTo(contributed);
        assertThat(report.at("/contributions/currency").asText()).isEqualTo("CHF");
        assertThat(report.at("/donors").asInt()).isEqualTo(4);
        assertThat(report.at("/delegates").asLong()).isEqualTo(records.number("select count(*) from "
                + "sponsorship_application where programme_year = ? and " + SPONSORED, year));
        assertThat(report.at("/states").asLong()).isEqualTo(records.number("select count(distinct state_id) from "
                + "sponsorship_application where programme_year = ? and " + SPONSORED, year));
        assertThat(report.at("/cost/amount").decimalValue()).isEqualByComparingTo(cost);
        assertThat(report.at("/carriedIn/amount").decimalValue()).isEqualByComparingTo(carriedIn);
        assertThat(report.at("/balance/amount").decimalValue())
                .isEqualByComparingTo(carriedIn.add(contributed).subtract(cost));
        assertThat(report.at("/meetings")).hasSize(1);
        assertThat(report.toString()).doesNotContain("delegateName")
                .doesNotContain(records.names(records.demoMsp(year), null).toArray(String[]::new));

        Document page = page("/sponsorship/years/" + year, "anonymous");
        assertThat(page.select("#contributed").text()).isEqualTo("CHF " + String.format("%,.2f", contributed));
        assertThat(page.select("#delegates").text()).isEqualTo(report.at("/delegates").asText());
        assertThat(page.select("#balance").text()).isEqualTo("CHF " + String.format("%,.2f",
                carriedIn.add(contributed).subtract(cost)));
    }

    @Test
    void overFourYearsTheDemoIsNearTheAveragesOfTheReview() throws Exception {
        BigDecimal contributions = BigDecimal.ZERO;
        int delegates = 0;
        int states = 0;
        for (int year = 2016; year <= 2019; year++) {
            JsonNode report = api("/api/v1/sponsorship/years/" + year);
            contributions = contributions.add(report.at("/contributions/amount").decimalValue());
            delegates += report.at("/meetings/0/delegates").asInt();
            states += report.at("/meetings/0/states").asInt();
            assertThat(report.at("/balance/amount").decimalValue()).isPositive();
        }

        assertThat(contributions.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("52800.00");
        assertThat(delegates / 4.0).isEqualTo(17.0);
        assertThat(states / 4.0).isEqualTo(16.0);
    }

    @Test
    void theOverviewListsTheYearsWithTheirBalances() throws Exception {
        Document overview = page("/sponsorship", "anonymous");

        assertThat(overview.select("main table tbody tr").eachText()).anySatisfy(row ->
                assertThat(row).startsWith("2016 CHF 52,800.00 4 17 16"));
        assertThat(overview.select("main a[href=/sponsorship/applications/new]")).isEmpty();
        assertThat(page("/sponsorship", "lebanon").select("main a[href=/sponsorship/applications/new]")).isNotEmpty();
    }

    @Test
    void thePublicReadsAMeetingsCountsAndStatesButNoName() throws Exception {
        long msp = records.demoMsp(2016);
        List<String> names = records.names(msp, null);
        assertThat(names).hasSizeGreaterThan(17).allSatisfy(n -> assertThat(n).endsWith("(demo)"));

        Document page = page("/sponsorship/meetings/" + msp, "anonymous");
        JsonNode report = api("/api/v1/sponsorship/meetings/" + msp);

        assertThat(page.select("#delegates").text()).isEqualTo("17");
        assertThat(page.select("#states").text()).isEqualTo("16");
        assertThat(page.select("#states-represented li").eachText()).contains("Lebanon").hasSize(16);
        assertThat(page.select("#named-applications")).isEmpty();
        assertThat(report.at("/delegates").asInt()).isEqualTo(17);
        assertThat(report.at("/statesRepresented")).hasSize(16);
        for (String name : names) {
            assertThat(page.select("main").text()).doesNotContain(name);
            assertThat(report.toString()).doesNotContain(name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "isu", "lebanon", "laos", "norway", "president", "observer"})
    void aDelegatesNameIsReadOnlyByTheIsuAndItsOwnStatesFocalPoint(String visitor) throws Exception {
        long msp = records.demoMsp(2016);
        List<String> lebanese = records.names(msp, "LBN");
        List<String> laotian = records.names(msp, "LAO");
        assertThat(lebanese).isNotEmpty();
        assertThat(laotian).isNotEmpty();

        String meeting = page("/sponsorship/meetings/" + msp, visitor).select("main").text();
        String year = page("/sponsorship/years/2016", visitor).select("main").text();

        for (String name : lebanese) {
            assertThat(meeting.contains(name)).as(name + " for " + visitor)
                    .isEqualTo(visitor.equals("isu") || visitor.equals("lebanon"));
            assertThat(year).doesNotContain(name);
        }
        for (String name : laotian) {
            assertThat(meeting.contains(name)).as(name + " for " + visitor)
                    .isEqualTo(visitor.equals("isu") || visitor.equals("laos"));
        }
    }

    @Test
    void aFocalPointsListHoldsOnlyItsOwnStatesApplications() throws Exception {
        Document lebanon = page("/sponsorship/applications?year=2016", "lebanon");
        Document isu = page("/sponsorship/applications?year=2016", "isu");

        assertThat(lebanon.select("main table tbody tr td:nth-child(2)").eachText()).isNotEmpty()
                .allSatisfy(state -> assertThat(state).isEqualTo("Lebanon"));
        assertThat(isu.select("main table tbody tr td:nth-child(2)").eachText()).contains("Lebanon", "Lao People's Democratic Republic");
    }

    @Test
    void theYearReportAsCsvHoldsTheFiguresAndNoName() throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get("/sponsorship/years/2016/export.csv"),
                "anonymous");
        String csv = response.getContentAsString();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("line,year,donor,meeting_id");
        assertThat(csv.lines().filter(l -> l.startsWith("year,2016,"))).singleElement().satisfies(line ->
                assertThat(line).contains(",52800.00,4,17,16,"));
        assertThat(csv.lines().filter(l -> l.startsWith("contribution,"))).hasSize(4);
        assertThat(csv).doesNotContain("(demo)\n").doesNotContain("SP-2016");
        for (String name : records.names(records.demoMsp(2016), null)) {
            assertThat(csv).doesNotContain(name);
        }
    }

    @Test
    void aMeetingThatIsNotPublicHasNoReport() throws Exception {
        long committee = records.number("select min(id) from meeting where body = 'COORDINATION_COMMITTEE'");

        assertThat(perform(MockMvcRequestBuilders.get("/sponsorship/meetings/" + committee), "anonymous").getStatus())
                .isEqualTo(404);
        assertThat(perform(MockMvcRequestBuilders.get("/api/v1/sponsorship/meetings/" + committee), "anonymous")
                .getStatus()).isEqualTo(404);
    }

    private JsonNode api(String path) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path), "anonymous");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private Document page(String path, String visitor) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path), visitor);
        assertThat(response.getStatus()).as(path + " for " + visitor).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(records.user(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
