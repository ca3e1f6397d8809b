package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.obligations.ObligationLedger;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ObligationView;
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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/needs, /needs/{id}/matches, /pledges and /funding-gaps against the demo data, and the funding gaps'
 * arithmetic on the test's own need, rates and pledges (Mauritania, in years nobody else uses, and in Danish and
 * Icelandic crowns, which the demo data leaves alone).
 */
@IntegrationTest
class AssistanceApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObligationLedger obligations;

    final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    AssistanceRecords fixture;

    @BeforeEach
    void fixture() {
        fixture = AssistanceRecords.of(context);
    }

    // ---- needs ----

    @Test
    void theNeedsFilterByStateThemeStatusAndPriority() throws Exception {
        JsonNode lebanon = read(get("/api/v1/needs").param("state", "lbn").param("size", "200"), "anonymous");
        assertThat(values(lebanon, "state")).isNotEmpty().containsOnly("LBN");
        assertThat(values(lebanon, "title")).contains(AssistanceRecords.LEBANON_CLEARANCE,
                AssistanceRecords.LEBANON_RISK_EDUCATION);

        JsonNode riskEducation = read(get("/api/v1/needs").param("state", "LBN").param("theme", "risk_education"),
                "anonymous");
        assertThat(values(riskEducation, "title")).containsExactly(AssistanceRecords.LEBANON_RISK_EDUCATION);

        JsonNode closed = read(get("/api/v1/needs").param("status", "CLOSED").param("size", "200"), "anonymous");
        assertThat(values(closed, "status")).containsOnly("CLOSED");
        assertThat(values(closed, "title")).contains(AssistanceRecords.MONTENEGRO, AssistanceRecords.BOTSWANA)
                .doesNotContain(AssistanceRecords.LEBANON_CLEARANCE);

        JsonNode medium = read(get("/api/v1/needs").param("priority", "MEDIUM").param("size", "200"), "anonymous");
        assertThat(values(medium, "priority")).containsOnly("MEDIUM");
        assertThat(values(medium, "title")).contains(AssistanceRecords.LEBANON_RISK_EDUCATION,
                AssistanceRecords.LAOS_DATABASE).doesNotContain(AssistanceRecords.LAOS_CLEARANCE);
    }

    @Test
    void eachNeedCarriesItsCostAndItsGapInItsOwnCurrency() throws Exception {
        JsonNode need = read(get("/api/v1/needs/" + fixture.demoNeed(AssistanceRecords.LAOS_DATABASE)), "anonymous");

        assertThat(need.get("state").asString()).isEqualTo("LAO");
        assertThat(need.get("article").asInt()).isEqualTo(4);
        assertThat(amount(need.get("cost"))).isEqualByComparingTo("400000");
        assertThat(need.get("cost").get("currency").asString()).isEqualTo("USD");
        // UNDP committed the whole 400,000 USD: nothing is lacking.
        assertThat(amount(need.get("fundingGap").get("committed"))).isEqualByComparingTo("400000");
        assertThat(amount(need.get("fundingGap").get("gap"))).isEqualByComparingTo("0");
    }

    @Test
    void theNeedsArePagedAndEveryPageIsDistinct() throws Exception {
        JsonNode first = read(get("/api/v1/needs").param("size", "2").param("page", "0"), "isu");
        JsonNode second = read(get("/api/v1/needs").param("size", "2").param("page", "1"), "isu");
        JsonNode all = read(get("/api/v1/needs").param("size", "200"), "isu");

        assertThat(first.get("content").size()).isEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("totalElements").asLong()).isEqualTo(all.get("content").size());
        assertThat(first.get("totalPages").asInt()).isEqualTo((int) Math.ceil(all.get("content").size() / 2.0));
        List<String> ids = new ArrayList<>(values(first, "id"));
        ids.addAll(values(second, "id"));
        assertThat(ids).doesNotHaveDuplicates().hasSize(4);
        assertThat(values(all, "id")).startsWith(ids.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} sees it: {1}")
    @CsvSource({"anonymous, false", "laos, false", "npa, false", "isu, true", "norway, true", "lebanon, true"})
    void aNeedMarkedNotPublicIsListedOnlyForThoseItIsFor(String visitor, boolean sees) throws Exception {
        long victims = fixture.demoNeed(AssistanceRecords.LEBANON_VICTIMS);

        JsonNode list = read(get("/api/v1/needs").param("state", "LBN"), visitor);
        assertThat(values(list, "id").contains(String.valueOf(victims))).isEqualTo(sees);
        MockHttpServletResponse one = perform(get("/api/v1/needs/" + victims), visitor);
        assertThat(one.getStatus()).isEqualTo(sees ? 200 : 404);
        assertThat(perform(get("/api/v1/needs/" + victims + "/matches"), visitor).getStatus())
                .isEqualTo(sees ? 200 : 404);
        if (sees) {
            assertThat(json.readTree(one.getContentAsString()).get("publicNeed").asBoolean()).isFalse();
        }
    }

    // ---- matches ----

    @Test
    void norwayRanksFirstForLebanonsClearanceAndEveryPartSaysWhy() throws Exception {
        long clearance = fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE);
        JsonNode answer = read(get("/api/v1/needs/" + clearance + "/matches"), "isu");
        JsonNode matches = answer.get("matches");

        // Best first, and each score is the sum of its parts, each part within its factor's weight.
        List<Integer> scores = StreamSupport.stream(matches.spliterator(), false).map(m -> m.get("score").asInt())
                .toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        Map<String, Integer> weights = Map.of("THEME", 30, "PLACE", 25, "SIZE", 20, "ENGAGEMENT", 15, "URGENCY", 10);
        for (JsonNode match : matches) {
            int sum = 0;
            for (JsonNode part : match.get("parts")) {
                assertThat(part.get("outOf").asInt()).isEqualTo(weights.get(part.get("factor").asString()));
                assertThat(part.get("points").asInt()).isBetween(0, part.get("outOf").asInt());
                assertThat(part.get("why").asString()).isNotBlank().doesNotContain("match.");
                sum += part.get("points").asInt();
            }
            assertThat(match.get("score").asInt()).isEqualTo(sum);
        }

        // Norway funds clearance (30) and names Lebanon (25); it already gives there (15); its yearly envelope of
        // NOK 60 million covers what the need lacks a year (20); the urgency follows the obligation's deadline.
        BigDecimal lackingPerYear = amount(answer.get("fundingGap").get("gap"))
                .divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
        assertThat(lackingPerYear.divide(usdPer("NOK"), MathContext.DECIMAL64)).isLessThan(new BigDecimal("60000000"));
        int urgency = expectedUrgency(clearance);
        JsonNode norway = matches.get(0);
        assertThat(norway.get("donor").asString()).isEqualTo("NOR");
        assertThat(part(norway, "THEME")).isEqualTo("30 funds this thematic area");
        assertThat(part(norway, "PLACE")).isEqualTo("25 names LBN among the countries it funds");
        assertThat(part(norway, "SIZE")).startsWith("20 the yearly envelope of NOK 60000000.00 covers the NOK ");
        assertThat(part(norway, "ENGAGEMENT")).isEqualTo("15 already gives in LBN");
        assertThat(part(norway, "URGENCY")).startsWith(urgency + " ");
        assertThat(norway.get("score").asInt()).isEqualTo(30 + 25 + 20 + 15 + urgency);
        assertThat(amount(norway.get("yearlyEnvelope"))).isEqualByComparingTo("60000000");
        assertThat(norway.get("modality").asString()).isEqualTo("THROUGH_OPERATOR");

        // Germany funds Asia, Lebanon's region (15), and gives there too; Switzerland (Lao PDR and Europe only) and
        // UNDP (no clearance) do not fit at all.
        JsonNode germany = byDonor(matches, "DEU");
        assertThat(part(germany, "PLACE")).isEqualTo("15 funds the State’s region");
        assertThat(part(germany, "ENGAGEMENT")).isEqualTo("15 already gives in LBN");
        assertThat(germany.get("score").asInt()).isLessThan(norway.get("score").asInt());
        assertThat(values(matches, "donor")).doesNotContain("CHE", "UNDP");
    }

    @Test
    void theMatchesListThePledgesAlreadyMadeAndTheGapTheyLeave() throws Exception {
        long clearance = fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE);
        JsonNode answer = read(get("/api/v1/needs/" + clearance + "/matches"), "isu");
        JsonNode existing = answer.get("existingPledges");

        JsonNode norway = byDonor(existing, "NOR");
        assertThat(norway.get("status").asString()).isEqualTo("COMMITTED");
        assertThat(amount(norway.get("amount"))).isEqualByComparingTo("30000000");
        assertThat(norway.get("amount").get("currency").asString()).isEqualTo("NOK");
        JsonNode germany = byDonor(existing, "DEU");
        assertThat(germany.get("status").asString()).isEqualTo("PLEDGED");
        assertThat(amount(germany.get("amount"))).isEqualByComparingTo("2000000");

        // The gap: the cost less every committed pledge, each converted at its currency's latest rate.
        BigDecimal committed = BigDecimal.ZERO;
        for (JsonNode pledge : existing) {
            if (pledge.get("status").asString().equals("COMMITTED")
                    || pledge.get("status").asString().equals("DISBURSED")) {
                committed = committed.add(amount(pledge.get("amount"))
                        .multiply(usdPer(pledge.get("amount").get("currency").asString())));
            }
        }
        JsonNode gap = answer.get("fundingGap");
        assertThat(amount(gap.get("cost"))).isEqualByComparingTo("9600000");
        assertThat(amount(gap.get("committed"))).isEqualByComparingTo(committed.setScale(2, RoundingMode.HALF_EVEN));
        assertThat(amount(gap.get("gap"))).isEqualByComparingTo(new BigDecimal("9600000").subtract(committed)
                .setScale(2, RoundingMode.HALF_EVEN));
        LocalDate oldestRate = StreamSupport.stream(existing.spliterator(), false)
                .map(p -> p.get("amount").get("currency").asString()).filter(c -> !c.equals("USD"))
                .map(this::latestRateDate).min(LocalDate::compareTo).orElseThrow();
        assertThat(gap.get("rateDate").asString()).isEqualTo(oldestRate.toString());
    }

    @ParameterizedTest(name = "{0} sees the undisclosed amount: {1}")
    @CsvSource({"anonymous, false", "norway, false", "undp, false", "lebanon, false", "laos, true", "isu, true"})
    void anUndisclosedAmountIsNullInTheMatchesExceptForThoseItIsFor(String visitor, boolean sees) throws Exception {
        long laos = fixture.demoNeed(AssistanceRecords.LAOS_CLEARANCE);
        JsonNode switzerland = byDonor(read(get("/api/v1/needs/" + laos + "/matches"), visitor).get("existingPledges"),
                "CHE");

        assertThat(absent(switzerland.get("amount"))).isEqualTo(!sees);
        if (sees) {
            assertThat(amount(switzerland.get("amount"))).isEqualByComparingTo("2500000");
        }
    }

    // ---- pledges ----

    @ParameterizedTest(name = "{0} sees the undisclosed amount: {1}")
    @CsvSource({"anonymous, false", "norway, false", "undp, false", "observer, false", "laos, true", "isu, true"})
    void anUndisclosedPledgeIsListedWithoutItsAmountExceptForTheIsuAndTheBeneficiary(String visitor, boolean sees)
            throws Exception {
        JsonNode switzerland = byDonor(read(get("/api/v1/pledges").param("state", "LAO"), visitor).get("content"),
                "CHE");

        assertThat(switzerland.get("amountDisclosed").asBoolean()).isFalse();
        assertThat(absent(switzerland.get("amount"))).isEqualTo(!sees);
        assertThat(absent(switzerland.get("disbursed"))).isEqualTo(!sees);
        assertThat(switzerland.get("status").asString()).isEqualTo("COMMITTED");
        assertThat(switzerland.get("operator").asString()).isNotBlank();
    }

    @Test
    void aDonorSeesItsOwnUndisclosedPledgeAndOtherDonorsDoNot() throws Exception {
        Need need = fixture.need("SOM", Article.ARTICLE_4, Theme.RISK_EDUCATION, "API undisclosed pledge test need",
                "50000", "USD", 2081, 2081, true);
        Pledge pledge = fixture.pledge("NOR", need, "12345", "USD", 2081, 2081, PledgeStatus.PLEDGED, false);

        for (String visitor : List.of("norway", "isu", "undp", "anonymous")) {
            JsonNode listed = byId(read(get("/api/v1/pledges").param("need", String.valueOf(need.id())), visitor)
                    .get("content"), pledge.id());
            boolean sees = visitor.equals("norway") || visitor.equals("isu");
            assertThat(absent(listed.get("amount"))).as(visitor).isEqualTo(!sees);
        }
    }

    @Test
    void thePledgesSayWhatWasDisbursedOnEach() throws Exception {
        JsonNode montenegro = read(get("/api/v1/pledges").param("donor", "NOR").param("state", "MNE"), "anonymous")
                .get("content").get(0);
        assertThat(montenegro.get("status").asString()).isEqualTo("DISBURSED");
        assertThat(amount(montenegro.get("disbursed"))).isEqualByComparingTo(amount(montenegro.get("amount")))
                .isEqualByComparingTo("11000000");
        assertThat(montenegro.get("operator").asString()).isNotBlank();

        JsonNode lebanon = byDonor(read(get("/api/v1/pledges").param("need",
                String.valueOf(fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE))), "anonymous").get("content"),
                "NOR");
        assertThat(amount(lebanon.get("disbursed"))).isEqualByComparingTo("10000000");
        assertThat(lebanon.get("disbursed").get("currency").asString()).isEqualTo("NOK");
        assertThat(lebanon.get("status").asString()).isEqualTo("COMMITTED");

        JsonNode disbursed = read(get("/api/v1/pledges").param("status", "disbursed").param("size", "200"),
                "anonymous");
        assertThat(values(disbursed, "status")).containsOnly("DISBURSED");
    }

    // ---- funding gaps, on the test's own figures ----

    @Test
    void theFundingGapIsTheCostLessWhatIsCommittedAtDatedRatesWithAnythingUnconvertedApart() throws Exception {
        Need need = fixture.need("MRT", Article.ARTICLE_4, Theme.SURVEY_AND_CLEARANCE, "API gap arithmetic test need",
                "1000000", "USD", 2091, 2094, true);
        fixture.rate("DKK", LocalDate.of(2024, 3, 15), "0.145");
        fixture.rate("DKK", LocalDate.of(2025, 6, 30), "0.15");
        fixture.pledge("NOR", need, "2000000", "DKK", 2091, 2092, PledgeStatus.COMMITTED, true);
        fixture.pledge("DEU", need, "100000", "USD", 2093, 2093, PledgeStatus.PLEDGED, true);
        fixture.pledge("CHE", need, "5000000", "ISK", 2091, 2094, PledgeStatus.COMMITTED, false);

        // At today's rates: DKK 2,000,000 × 0.15 = USD 300,000 committed; the ISK pledge has no rate and stays apart.
        JsonNode today = read(get("/api/v1/funding-gaps").param("state", "MRT"), "anonymous");
        assertThat(today.get("currency").asString()).isEqualTo("USD");
        JsonNode line = byNeed(today, need.id());
        assertGap(line, "1000000", "300000", "100000", "700000");
        assertThat(line.get("rateDate").asString()).isEqualTo("2025-06-30");
        assertThat(line.get("ratesOn").asString()).isEqualTo(today().toString());
        assertThat(line.get("unconvertedCost")).isEmpty();
        assertThat(line.get("unconvertedPledges").size()).isEqualTo(1);
        assertThat(amount(line.get("unconvertedPledges").get(0))).isEqualByComparingTo("5000000");
        assertThat(line.get("unconvertedPledges").get(0).get("currency").asString()).isEqualTo("ISK");

        // As of a day between the two rates, the older one is used, and its date is the one reported.
        JsonNode before = read(get("/api/v1/funding-gaps").param("state", "MRT").param("asOf", "2025-01-01"),
                "anonymous");
        assertGap(byNeed(before, need.id()), "1000000", "290000", "100000", "710000");
        assertThat(byNeed(before, need.id()).get("rateDate").asString()).isEqualTo("2024-03-15");
        assertThat(before.get("ratesOn").asString()).isEqualTo("2025-01-01");

        // As of a day before any DKK rate, the DKK pledge is not converted either: nothing committed is counted.
        JsonNode noRate = read(get("/api/v1/funding-gaps").param("state", "MRT").param("asOf", "2024-03-14"),
                "anonymous");
        JsonNode early = byNeed(noRate, need.id());
        assertGap(early, "1000000", "0", "100000", "1000000");
        assertThat(absent(early.get("rateDate"))).isTrue();
        assertThat(StreamSupport.stream(early.get("unconvertedPledges").spliterator(), false)
                .map(u -> u.get("currency").asString() + " " + amount(u).stripTrailingZeros().toPlainString()))
                .containsExactlyInAnyOrder("DKK 2000000", "ISK 5000000");
    }

    @Test
    void aYearCountsTheShareOfEachCostAndPledgeThatFallsInIt() throws Exception {
        Need need = fixture.need("TCD", Article.ARTICLE_4, Theme.SURVEY_AND_CLEARANCE, "API yearly shares test need",
                "900000", "USD", 2095, 2097, true);
        fixture.pledge("NOR", need, "300000", "USD", 2095, 2096, PledgeStatus.COMMITTED, true);
        fixture.pledge("DEU", need, "60000", "USD", 2097, 2097, PledgeStatus.INDICATED, true);

        // The cost spreads as 300,000 a year; the committed 300,000 as 150,000 in 2095 and 2096.
        JsonNode all = read(get("/api/v1/funding-gaps").param("state", "TCD"), "anonymous");
        Map<Integer, JsonNode> years = new java.util.HashMap<>();
        all.get("byYear").forEach(y -> years.put(y.get("year").asInt(), y.get("gap")));
        assertGap(years.get(2095), "300000", "150000", "0", "150000");
        assertGap(years.get(2096), "300000", "150000", "0", "150000");
        assertGap(years.get(2097), "300000", "0", "60000", "300000");
        assertThat(years).doesNotContainKey(2098);

        JsonNode in2096 = read(get("/api/v1/funding-gaps").param("state", "TCD").param("year", "2096"), "anonymous");
        assertThat(in2096.get("year").asInt()).isEqualTo(2096);
        assertGap(in2096.get("total"), "300000", "150000", "0", "150000");
        assertGap(byNeed(in2096, need.id()), "300000", "150000", "0", "150000");
        assertThat(in2096.get("byYear").size()).isEqualTo(1);
    }

    @Test
    void theGapsAreConvertedIntoTheCurrencyAskedFor() throws Exception {
        Need need = fixture.need("AFG", Article.ARTICLE_4, Theme.SURVEY_AND_CLEARANCE, "API currency test need",
                "580000", "USD", 2098, 2098, true);
        fixture.rate("SEK", LocalDate.of(2024, 1, 10), "0.0925");
        fixture.pledge("NOR", need, "1000000", "SEK", 2098, 2098, PledgeStatus.COMMITTED, true);

        // USD 580,000 / 0.0925 = SEK 6,270,270.27; the SEK pledge needs no conversion.
        JsonNode inSek = read(get("/api/v1/funding-gaps").param("state", "AFG").param("year", "2098")
                .param("currency", "sek"), "anonymous");
        assertThat(inSek.get("currency").asString()).isEqualTo("SEK");
        assertGap(byNeed(inSek, need.id()), "6270270.27", "1000000", "0", "5270270.27");
        assertThat(byNeed(inSek, need.id()).get("rateDate").asString()).isEqualTo("2024-01-10");

        // Asked in a currency with no rate on that day: a problem, not a guess.
        MockHttpServletResponse noRate = perform(get("/api/v1/funding-gaps").param("currency", "SEK")
                .param("asOf", "2024-01-09"), "anonymous");
        assertThat(noRate.getStatus()).isEqualTo(400);
        assertThat(noRate.getContentAsString()).contains("SEK", "2024-01-09");
    }

    // ---- bad parameters ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/funding-gaps?year=abc", "/api/v1/funding-gaps?year=1999",
        "/api/v1/funding-gaps?currency=ABC", "/api/v1/funding-gaps?currency=dollars", "/api/v1/funding-gaps?state=ZZZ",
        "/api/v1/funding-gaps?asOf=yesterday", "/api/v1/funding-gaps?coalition=x", "/api/v1/needs?status=FOO",
        "/api/v1/needs?theme=FOO", "/api/v1/needs?priority=urgent", "/api/v1/needs?state=ZZZ", "/api/v1/needs?size=0",
        "/api/v1/needs?size=100000", "/api/v1/needs?page=-1", "/api/v1/needs?page=abc", "/api/v1/needs/abc",
        "/api/v1/needs/abc/matches", "/api/v1/pledges?status=FOO", "/api/v1/pledges?size=0",
        "/api/v1/pledges?donor=ZZZ", "/api/v1/pledges?need=x"})
    void aBadParameterIsAProblemNeverAnError(String uri) throws Exception {
        MockHttpServletResponse response = perform(get(uri), "anonymous");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getContentAsString()).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void anUnknownNeedIsNotFound() throws Exception {
        MockHttpServletResponse response = perform(get("/api/v1/needs/987654321/matches"), "anonymous");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentListsTheFourEndpoints() throws Exception {
        JsonNode paths = json.readTree(perform(get("/v3/api-docs"), "anonymous").getContentAsString()).get("paths");

        for (String path : List.of("/api/v1/needs", "/api/v1/needs/{id}/matches", "/api/v1/pledges",
                "/api/v1/funding-gaps")) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).has("get")).as(path).isTrue();
        }
        assertThat(paths.get("/api/v1/funding-gaps").get("get").get("parameters").findValuesAsString("name"))
                .contains("state", "year", "currency", "asOf");
    }

    // ---- helpers ----

    private void assertGap(JsonNode gap, String cost, String committed, String pledged, String lacking) {
        assertThat(amount(gap.get("cost"))).as("cost").isEqualByComparingTo(cost);
        assertThat(amount(gap.get("committed"))).as("committed").isEqualByComparingTo(committed);
        assertThat(amount(gap.get("pledgedNotCommitted"))).as("pledged").isEqualByComparingTo(pledged);
        assertThat(amount(gap.get("gap"))).as("gap").isEqualByComparingTo(lacking);
    }

    /** The urgency part as the Matchmaker's rules give it for the obligation the need serves. */
    private int expectedUrgency(long needId) {
        long obligationId = fixture.jdbc.queryForObject("select obligation_id from need where id = ?", Long.class,
                needId);
        ObligationView view = obligations.view(obligationId);
        if (view.status() == ObligationStatus.COMPLETED) {
            return 0;
        }
        if (view.status() == ObligationStatus.OVERDUE || view.status() == ObligationStatus.AT_RISK) {
            return 10;
        }
        if (view.currentDeadline() == null) {
            return 2;
        }
        long years = ChronoUnit.YEARS.between(today(), view.currentDeadline());
        return years < 2 ? 8 : years < 5 ? 5 : 2;
    }

    private BigDecimal usdPer(String currency) {
        if (currency.equals("USD")) {
            return BigDecimal.ONE;
        }
        return fixture.jdbc.queryForObject("select usd_per_unit from exchange_rate where currency = ? and rate_date <= ?"
                + " order by rate_date desc limit 1", BigDecimal.class, currency, today());
    }

    private LocalDate latestRateDate(String currency) {
        return fixture.jdbc.queryForObject("select max(rate_date) from exchange_rate where currency = ? and "
                + "rate_date <= ?", LocalDate.class, currency, today());
    }

    private static String part(JsonNode match, String factor) {
        for (JsonNode part : match.get("parts")) {
            if (part.get("factor").asString().equals(factor)) {
                return part.get("points").asInt() + " " + part.get("why").asString();
            }
        }
        throw new AssertionError("No part " + factor + " in " + match);
    }

    private static JsonNode byDonor(JsonNode list, String donor) {
        for (JsonNode item : list) {
            if (item.get("donor").asString().equals(donor)) {
                return item;
            }
        }
        throw new AssertionError("No " + donor + " in " + list);
    }

    private static JsonNode byId(JsonNode list, long id) {
        for (JsonNode item : list) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("No " + id + " in " + list);
    }

    private static JsonNode byNeed(JsonNode report, long needId) {
        for (JsonNode line : report.get("byNeed")) {
            if (line.get("needId").asLong() == needId) {
                return line.get("gap");
            }
        }
        throw new AssertionError("No need " + needId + " in " + report);
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private LocalDate today() {
        return LocalDate.now(context.getBean(Clock.class));
    }

    private static BigDecimal amount(JsonNode money) {
        return money.get("amount").decimalValue();
    }

    private static List<String> values(JsonNode node, String field) {
        JsonNode content = node.has("content") ? node.get("content") : node;
        return StreamSupport.stream(content.spliterator(), false).map(n -> n.get(field).asString()).toList();
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        MockHttpServletResponse response = perform(request, visitor);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(fixture.user(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
