package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/contributions and /api/v1/finance/summary (their fields, and a bad year as a 400 problem), the
 * contributions CSV read back with Commons CSV, and the finance pages in French and Spanish, on the demo's 2016.
 */
@IntegrationTest
class FinanceApiAndPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    Treasury treasury;

    @BeforeEach
    void treasury() {
        treasury = FinanceFixture.of(context).treasury;
    }

    @Test
    void theContributionsApiGivesEveryStatesInvoicedPaidOutstandingAndCategories() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/contributions").param("year", "2016"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode contributions = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        YearSummary summary = treasury.summary(2016);

        assertThat(contributions.size()).isEqualTo(summary.contributions().size()).isGreaterThanOrEqualTo(90);
        List<String> states = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode c : contributions) {
            List<String> fields = new ArrayList<>(c.propertyNames());
            assertThat(fields).containsExactlyInAnyOrder("state", "invoiced", "paid", "outstanding", "byCategory");
            states.add(c.get("state").asString());
            paid = paid.add(c.get("paid").decimalValue());
            BigDecimal parts = BigDecimal.ZERO;
            for (JsonNode part : c.get("byCategory")) {
                parts = parts.add(part.decimalValue());
            }
            assertThat(parts).as(c.get("state").asString()).isEqualByComparingTo(c.get("paid").decimalValue());
        }
        assertThat(states).isSorted().doesNotHaveDuplicates().contains("ITA", "NOR", "JPN");
        assertThat(paid).isEqualByComparingTo(summary.received());
        JsonNode italy = contribution(contributions, "ITA");
        assertThat(italy.get("paid").decimalValue()).isEqualByComparingTo("0");
        assertThat(italy.get("outstanding").decimalValue()).isEqualByComparingTo(italy.get("invoiced").decimalValue())
                .isPositive();
        Payment latest = treasury.paymentsOf(2016).stream().filter(p -> p.bankReference().startsWith("DEMO-"))
                .max(java.util.Comparator.comparing(Payment::receivedOn)).orElseThrow();
        JsonNode payer = contribution(contributions, latest.state().iso3());
        assertThat(payer.get("byCategory").get("7a").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(payer.get("byCategory").get("7b").decimalValue()).isEqualByComparingTo("6000.00");
        assertThat(payer.get("byCategory").get("7c").decimalValue()).isEqualByComparingTo("10825.00");
        assertThat(payer.get("outstanding").decimalValue()).isEqualByComparingTo(payer.get("invoiced").decimalValue()
                .subtract(payer.get("paid").decimalValue()).max(BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "year={0}")
    @ValueSource(strings = {"abc", "1999", "2101", "", "20 16", "2016.5", "2095"})
    void aBadYearIsA400Problem(String year) throws Exception {
        for (String path : List.of("/api/v1/contributions", "/api/v1/finance/summary")) {
            MockHttpServletResponse response = mvc.perform(get(path).param("year", year)).andReturn().getResponse();

            assertThat(response.getStatus()).as("%s?year=%s", path, year).isEqualTo(400);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            JsonNode problem = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).as(path).isNotBlank();
        }
    }

    @Test
    void aMissingYearIsA400Problem() throws Exception {
        for (String path : List.of("/api/v1/contributions", "/api/v1/finance/summary")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void theProblemSaysWhatIsWrongWithTheYear() throws Exception {
        JsonNode range = json.readTree(mvc.perform(get("/api/v1/finance/summary").param("year", "1999"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode none = json.readTree(mvc.perform(get("/api/v1/finance/summary").param("year", "2095"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(range.get("detail").asString()).contains("2010").contains("2100");
        assertThat(none.get("detail").asString()).isEqualTo("No budget is recorded for 2095.");
    }

    @Test
    void theContributionsCsvHasOneRowPerStateThatPaidAndAddsUpToTheSummary() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/finance/contributions.csv").param("year", "2016"))
                .andReturn().getResponse();
        YearSummary summary = treasury.summary(2016);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"ccm-isu-contributions-2016.csv\"");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8))).getRecords();
        CSVRecord first = rows.get(0);
        assertThat(first.getParser().getHeaderNames()).startsWith("year", "state", "iso3", "paid_chf", "towards_7a",
                "towards_7b", "towards_7c");
        assertThat(rows).hasSize((int) summary.statesContributed());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("year")).isEqualTo("2016"));
        assertThat(rows.stream().map(r -> r.get("iso3"))).doesNotContain("ITA").doesNotHaveDuplicates();
        assertThat(rows.stream().map(r -> new BigDecimal(r.get("paid_chf"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(summary.received());
        for (String category : List.of("7a", "7b", "7c")) {
            assertThat(rows.stream().map(r -> new BigDecimal(r.get("towards_" + category)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as(category)
                    .isEqualByComparingTo(summary.byCategory().get(category));
        }
        CSVRecord norway = rows.stream().filter(r -> r.get("iso3").equals("NOR")).findFirst().orElse(null);
        if (norway != null) {
            assertThat(norway.get("state")).isEqualTo("Norway");
        }
    }

    @ParameterizedTest(name = "year={0}")
    @ValueSource(strings = {"abc", "1999"})
    void theCsvRefusesABadYear(String year) throws Exception {
        assertThat(mvc.perform(get("/finance/contributions.csv").param("year", year)).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/finance/contributions.csv")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void aBadYearOnThePageIsIgnoredWithANote() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/finance").param("year", "abc")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("[role=status]").text())
                .isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Finances de l’Unité d’appui à l’application | États parties | Qui a contribué | Déficit
            es | Finanzas de la Dependencia de Apoyo a la Aplicación | Estados partes | Quién ha contribuido | Déficit
            en | ISU finance | States Parties | Who has contributed | Deficit
            """)
    void theContributionsPageSpeaksTheReadersLanguage(String lang, String title, String parties, String whoPaid,
            String deficit) throws Exception {
        Document page = page(get("/finance").param("year", "2016").param("lang", lang));

        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("section[aria-labelledby=summary-heading] dt").eachText()).contains(parties, deficit);
        assertThat(page.select("#states-heading").text()).isEqualTo(whoPaid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Barème illustratif | Une facture par État partie et par année
            es | Escala ilustrativa | Una factura por Estado parte y año
            en | Illustrative scale | One invoice per State Party and year
            """)
    void theIsuPagesSpeakTheReadersLanguageAndSayTheScaleIsIllustrative(String lang, String illustrative,
            String invoices) throws Exception {
        Document schedule = page(get("/finance/schedule").param("year", "2016").param("lang", lang)
                .with(user(users.loadUserByUsername("president"))));
        Document invoicesPage = page(get("/finance/invoices").param("year", "2016").param("lang", lang)
                .with(user(users.loadUserByUsername("isu"))));

        assertThat(schedule.text()).contains(illustrative).contains(DemoFinance.ILLUSTRATIVE_SCALE);
        assertThat(invoicesPage.text()).contains(invoices);
        assertThat(invoicesPage.select("table tbody tr td:first-child").eachText()).contains("ISU-2016-001");
    }

    @Test
    void theSchedulePageOfAYearWithoutBudgetSaysSo() throws Exception {
        Document page = page(get("/finance/schedule").param("year", "2095")
                .with(user(users.loadUserByUsername("coordinator"))));

        assertThat(page.text()).contains("No budget is recorded for 2095.");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode contribution(JsonNode contributions, String iso3) {
        for (JsonNode c : contributions) {
            if (c.get("state").asString().equals(iso3)) {
                return c;
            }
        }
        throw new AssertionError("no contribution of " + iso3);
    }

}
