package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2016 picture of the Coordination Committee's minutes of 4 November 2016, computed from the demo's recorded
 * payments: 24 of 100 States Parties contributed, CHF 96,433 towards 7a, 110,922 towards 7b, 170,481 towards 7c, a
 * deficit of just over CHF 100,000, the two latest contributions together CHF 43,650. Other tests may record 2016
 * payments of their own: the figures expected are the minutes' plus whatever such payments add (none, usually).
 */
@IntegrationTest
class Finance2016IntegrationTest {

    static final Map<String, BigDecimal> MINUTES = Map.of("7a", new BigDecimal("96433.00"), "7b",
            new BigDecimal("110922.00"), "7c", new BigDecimal("170481.00"));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    Treasury treasury;
    List<Payment> demo;
    List<Payment> others;

    @BeforeEach
    void payments() {
        treasury = FinanceFixture.of(context).treasury;
        List<Payment> all = treasury.paymentsOf(2016);
        demo = all.stream().filter(p -> p.bankReference().startsWith("DEMO-")).toList();
        others = all.stream().filter(p -> !p.bankReference().startsWith("DEMO-")).toList();
    }

    @Test
    void theDemoPaymentsAreTheMinutesFigures() {
        assertThat(demo).hasSize(24);
        assertThat(demo.stream().map(p -> p.state().iso3()).distinct()).hasSize(24).doesNotContain("ITA");
        assertThat(byCategory(demo)).containsExactlyInAnyOrderEntriesOf(MINUTES);
        List<Payment> latest = demo.stream().sorted(Comparator.comparing(Payment::receivedOn).reversed()).limit(2)
                .toList();
        assertThat(latest.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("43650.00");
        assertThat(latest).allSatisfy(p -> assertThat(p.receivedOn()).isBefore(java.time.LocalDate.of(2016, 11, 4)));
        assertThat(demo).allSatisfy(p -> {
            assertThat(p.invoice()).isNotNull();
            assertThat(p.invoice().year()).isEqualTo(2016);
            assertThat(p.allocations().stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add)).isEqualByComparingTo(p.amount().amount());
        });
    }

    @Test
    void theSummaryApiComputesTheMinutesFiguresFromTheRecordedPayments() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/finance/summary").param("year", "2016"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode summary = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(summary.get("year").asInt()).isEqualTo(2016);
        assertThat(summary.get("statesParties").asLong()).isEqualTo(100);
        assertThat(summary.get("statesContributed").asLong()).isEqualTo(expectedContributors());
        Map<String, BigDecimal> expected = expectedByCategory();
        assertThat(summary.get("byCategory").propertyNames()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((category, amount) -> assertThat(summary.get("byCategory").get(category).decimalValue())
                .as(category).isEqualByComparingTo(amount));
        BigDecimal budget = summary.get("budget").decimalValue();
        BigDecimal received = summary.get("received").decimalValue();
        BigDecimal deficit = summary.get("deficit").decimalValue();
        assertThat(received).isEqualByComparingTo(sum(treasury.paymentsOf(2016)));
        assertThat(received).isEqualByComparingTo(expected.values().stream().reduce(BigDecimal.ZERO,
                BigDecimal::add));
        assertThat(deficit).isEqualByComparingTo(budget.subtract(received).max(BigDecimal.ZERO));
        assertThat(summary.get("currency").asString()).isEqualTo("CHF");
        if (others.isEmpty()) {
            assertThat(received).isEqualByComparingTo("377836.00");
            assertThat(deficit).as("just over CHF 100,000").isGreaterThan(new BigDecimal("100000"))
                    .isLessThan(new BigDecimal("101000"));
        }
        assertThat(budget.subtract(sum(demo))).as("the deficit before any other test's payment")
                .isGreaterThan(new BigDecimal("100000")).isLessThan(new BigDecimal("101000"));
    }

    @Test
    void thePublicPageShowsTheSameFigures() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/finance").param("year", "2016")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        YearSummary summary = treasury.summary(2016);

        assertThat(figure(page, "States Parties")).isEqualTo("100");
        assertThat(figure(page, "States Parties that contributed")).isEqualTo(String.valueOf(expectedContributors()));
        expectedByCategory().forEach((category, amount) -> assertThat(figure(page, "Received towards " + category))
                .isEqualTo("CHF " + format(amount)));
        if (others.isEmpty()) {
            assertThat(figure(page, "Received towards 7a")).isEqualTo("CHF 96,433.00");
            assertThat(figure(page, "Received towards 7b")).isEqualTo("CHF 110,922.00");
            assertThat(figure(page, "Received towards 7c")).isEqualTo("CHF 170,481.00");
            assertThat(figure(page, "Received in all")).isEqualTo("CHF 377,836.00");
        }
        assertThat(figure(page, "Received in all")).isEqualTo("CHF " + format(sum(treasury.paymentsOf(2016))));
        assertThat(figure(page, "Budget")).isEqualTo("CHF " + format(summary.budget()));
        assertThat(figure(page, "Deficit")).isEqualTo("CHF " + format(summary.budget().subtract(summary.received())
                .max(BigDecimal.ZERO)));
        assertThat(page.select("section[aria-labelledby=states-heading] tbody th[scope=row]"))
                .hasSize((int) expectedContributors());
        assertThat(page.select("#year option[selected]").text()).isEqualTo("2016");
        assertThat(page.select("a[href='/finance/contributions.csv?year=2016']")).hasSize(1);
    }

    private long expectedContributors() {
        Set<String> payers = new HashSet<>();
        treasury.paymentsOf(2016).forEach(p -> payers.add(p.state().iso3()));
        Set<String> demoPayers = demo.stream().map(p -> p.state().iso3()).collect(Collectors.toSet());
        assertThat(demoPayers).hasSize(24);
        return 24 + payers.stream().filter(iso3 -> !demoPayers.contains(iso3)).count();
    }

    private Map<String, BigDecimal> expectedByCategory() {
        Map<String, BigDecimal> expected = new HashMap<>(MINUTES);
        byCategory(others).forEach((category, amount) -> expected.merge(category, amount, BigDecimal::add));
        return expected;
    }

    private static Map<String, BigDecimal> byCategory(List<Payment> payments) {
        Map<String, BigDecimal> total = new HashMap<>();
        payments.forEach(p -> p.allocations().forEach(a -> total.merge(a.category(), a.amount(), BigDecimal::add)));
        return total;
    }

    private static BigDecimal sum(List<Payment> payments) {
        return payments.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String format(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "%,.2f", amount);
    }

    /** The figure next to a term of the summary's list. */
    private static String figure(Document page, String term) {
        Element dt = page.select("section[aria-labelledby=summary-heading] dt").stream()
                .filter(e -> e.text().equals(term)).findFirst().orElseThrow(() -> new AssertionError(term));
        return dt.nextElementSibling().text();
    }
}
