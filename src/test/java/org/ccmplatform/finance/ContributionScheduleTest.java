package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The indicative schedule's arithmetic: every category adds up to its total to the centime (for a thousand random
 * budgets and scales, and for the 2016 demo), the centimes left over go to the largest remainders (ties to the State
 * code), rates are re-normalised over the States assessed, a ceiling caps the largest payers and a floor raises the
 * smallest, the others making up the difference in proportion.
 */
class ContributionScheduleTest {

    private static final BigDecimal CENTIME = new BigDecimal("0.01");

    // ---- every category adds up ----

    @Test
    void everyCategoryAddsUpToItsTotalToTheCentimeForAThousandRandomBudgetsAndScales() {
        Random random = new Random(20161104L);
        for (int run = 0; run < 1000; run++) {
            BigDecimal budget = BigDecimal.valueOf(100_000 + random.nextInt(200_000_000), 2);
            Map<String, BigDecimal> rates = randomRates(random, 1 + random.nextInt(130));
            int paying = (int) rates.values().stream().filter(r -> r.signum() > 0).count();
            List<ContributionSchedule.Category> categories = randomCategories(random, budget, paying);
            String described = "run " + run + ": " + budget + " over " + rates.size() + " States, " + categories;

            List<ContributionSchedule.Line> lines = ContributionSchedule.compute(budget, categories, rates);

            assertThat(lines).as(described).hasSize(rates.size());
            for (ContributionSchedule.Category category : categories) {
                BigDecimal total = ContributionSchedule.categoryTotal(budget, category.budgetShare());
                assertThat(sum(lines, category.code())).as(described).isEqualTo(total);
                for (ContributionSchedule.Line line : lines) {
                    BigDecimal amount = line.amounts().get(category.code());
                    assertThat(amount.scale()).as(described).isEqualTo(2);
                    assertThat(amount.signum()).as(described).isGreaterThanOrEqualTo(0);
                    if (line.rate().signum() == 0) {
                        assertThat(amount).as("%s: %s has no rate", described, line.iso3()).isZero();
                    }
                    if (category.ceilingPercent() != null) {
                        BigDecimal ceiling = total.multiply(category.ceilingPercent()).divide(BigDecimal.valueOf(100),
                                2, RoundingMode.DOWN);
                        assertThat(amount).as("%s: %s within the ceiling", described, line.iso3())
                                .isLessThanOrEqualTo(ceiling.add(CENTIME));
                    }
                }
            }
            BigDecimal shares = categories.stream().map(ContributionSchedule.Category::budgetShare)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (shares.compareTo(BigDecimal.valueOf(100)) == 0 && categories.size() == 1) {
                assertThat(lines.stream().map(ContributionSchedule.Line::total).reduce(BigDecimal.ZERO,
                        BigDecimal::add)).as(described).isEqualTo(budget);
            }
        }
    }

    @Test
    void eachAmountIsItsExactShareRoundedDownOrUpByOneCentime() {
        Random random = new Random(7L);
        for (int run = 0; run < 300; run++) {
            BigDecimal total = BigDecimal.valueOf(1 + random.nextInt(10_000_000), 2);
            Map<String, BigDecimal> rates = randomRates(random, 1 + random.nextInt(60));
            ContributionSchedule.Category category = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100),
                    null, null);

            Map<String, BigDecimal> exact = ContributionSchedule.exactShares(total, category, rates);
            Map<String, BigDecimal> rounded = ContributionSchedule.roundToCentimes(total, exact);

            assertThat(rounded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(total);
            rounded.forEach((iso3, amount) -> {
                BigDecimal down = exact.get(iso3).setScale(2, RoundingMode.DOWN);
                assertThat(amount).as("%s of %s", iso3, total).isIn(down, down.add(CENTIME));
            });
        }
    }

    @Test
    void theDemoYearAddsUpToTheBudgetInEveryCategory() {
        BigDecimal budget = new BigDecimal("478000.00");
        Map<String, BigDecimal> rates = demoLikeRates();
        List<ContributionSchedule.Category> categories = List.of(category("7a", "25"), category("7b", "30"),
                category("7c", "45"));

        List<ContributionSchedule.Line> lines = ContributionSchedule.compute(budget, categories, rates);

        assertThat(lines).hasSize(100);
        assertThat(sum(lines, "7a")).isEqualTo(new BigDecimal("119500.00"));
        assertThat(sum(lines, "7b")).isEqualTo(new BigDecimal("143400.00"));
        assertThat(sum(lines, "7c")).isEqualTo(new BigDecimal("215100.00"));
        assertThat(lines.stream().map(ContributionSchedule.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(budget);
        assertThat(lines).extracting(ContributionSchedule.Line::iso3).isSorted();
        ContributionSchedule.Line japan = line(lines, "JPN");
        BigDecimal totalRate = rates.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = new BigDecimal("119500.00").multiply(new BigDecimal("9.680"))
                .divide(totalRate, MathContext.DECIMAL128);
        assertThat(japan.amounts().get("7a")).isIn(exact.setScale(2, RoundingMode.DOWN),
                exact.setScale(2, RoundingMode.DOWN).add(CENTIME));
    }

    @Test
    void aCategorysTotalIsTheBudgetTimesItsShareRoundedHalfUpToTheCentime() {
        assertThat(ContributionSchedule.categoryTotal(new BigDecimal("1000.01"), new BigDecimal("25")))
                .isEqualTo(new BigDecimal("250.00"));
        assertThat(ContributionSchedule.categoryTotal(new BigDecimal("1000.02"), new BigDecimal("25")))
                .isEqualTo(new BigDecimal("250.01"));
        assertThat(ContributionSchedule.categoryTotal(new BigDecimal("478000"), new BigDecimal("33.333333")))
                .isEqualTo(new BigDecimal("159333.33"));
    }

    // ---- the largest remainders ----

    @Test
    void theCentimesLeftOverGoToTheLargestRemainders() {
        Map<String, BigDecimal> amounts = amounts(new BigDecimal("10.00"), Map.of("XXX", "1", "YYY", "2",
                "ZZZ", "4"));

        // exact: 1.428571…, 2.857142…, 5.714285…; rounded down 9.98; the two largest remainders are X's and Y's
        assertThat(amounts).containsExactlyInAnyOrderEntriesOf(Map.of("XXX", new BigDecimal("1.43"),
                "YYY", new BigDecimal("2.86"), "ZZZ", new BigDecimal("5.71")));
    }

    @Test
    void equalRemaindersAreBrokenByTheStateCodeInAlphabeticalOrder() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("NOR", BigDecimal.ONE);
        rates.put("CHE", BigDecimal.ONE);
        rates.put("AUT", BigDecimal.ONE);

        assertThat(amounts(new BigDecimal("100.00"), rates)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AUT", new BigDecimal("33.34"), "CHE", new BigDecimal("33.33"), "NOR", new BigDecimal("33.33")));
        assertThat(amounts(new BigDecimal("0.02"), rates)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AUT", new BigDecimal("0.01"), "CHE", new BigDecimal("0.01"), "NOR", new BigDecimal("0.00")));
    }

    @Test
    void roundingHandsOutExactlyTheCentimesLeftOver() {
        Map<String, BigDecimal> exact = Map.of("AAA", new BigDecimal("0.339"), "BBB", new BigDecimal("0.331"),
                "CCC", new BigDecimal("0.330"));

        assertThat(ContributionSchedule.roundToCentimes(new BigDecimal("1.00"), exact))
                .containsExactlyInAnyOrderEntriesOf(Map.of("AAA", new BigDecimal("0.34"), "BBB",
                        new BigDecimal("0.33"), "CCC", new BigDecimal("0.33")));
        assertThat(ContributionSchedule.roundToCentimes(new BigDecimal("1.01"), exact))
                .containsExactlyInAnyOrderEntriesOf(Map.of("AAA", new BigDecimal("0.34"), "BBB",
                        new BigDecimal("0.34"), "CCC", new BigDecimal("0.33")));
    }

    // ---- re-normalisation ----

    @Test
    void ratesAreReNormalisedOverTheStatesAssessed() {
        assertThat(amounts(new BigDecimal("1000.00"), Map.of("AAA", "2.0", "BBB", "6.0")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("AAA", new BigDecimal("250.00"), "BBB",
                        new BigDecimal("750.00")));
        // the same States with a third one not assessed: the shares are those of the two alone
        Map<String, BigDecimal> scale = Map.of("AAA", new BigDecimal("2.0"), "BBB", new BigDecimal("6.0"),
                "CCC", new BigDecimal("22.0"));
        Map<String, BigDecimal> assessed = scale.entrySet().stream().filter(e -> !e.getKey().equals("CCC"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(amounts(new BigDecimal("1000.00"), assessed)).containsEntry("AAA", new BigDecimal("250.00"));
    }

    @Test
    void multiplyingEveryRateByTheSameFactorChangesNothing() {
        Map<String, BigDecimal> rates = demoLikeRates();
        Map<String, BigDecimal> doubled = rates.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().multiply(BigDecimal.valueOf(3))));

        assertThat(amounts(new BigDecimal("215100.00"), doubled))
                .isEqualTo(amounts(new BigDecimal("215100.00"), rates));
    }

    // ---- ceiling and floor ----

    @Test
    void aCeilingCapsTheLargestPayerAndTheOthersShareTheExcessInProportion() {
        Map<String, String> rates = new LinkedHashMap<>();
        rates.put("JPN", "50");
        rates.put("DEU", "10");
        for (String iso3 : List.of("AUT", "BEL", "CHE", "DNK", "ESP", "FRA", "GBR", "ITA")) {
            rates.put(iso3, "5");
        }
        ContributionSchedule.Category capped = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100),
                new BigDecimal("22"), null);

        Map<String, BigDecimal> amounts = amounts(new BigDecimal("100000.00"), capped, rates);

        assertThat(amounts.get("JPN")).isEqualTo(new BigDecimal("22000.00"));
        assertThat(amounts.get("DEU")).isEqualTo(new BigDecimal("15600.00"));
        assertThat(amounts.get("FRA")).isEqualTo(new BigDecimal("7800.00"));
        assertThat(amounts.get("DEU")).isEqualTo(amounts.get("FRA").multiply(BigDecimal.valueOf(2)));
        assertThat(total(amounts)).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void theExcessThatLiftsAnotherStateOverTheCeilingIsCappedInTurn() {
        Map<String, String> rates = new LinkedHashMap<>();
        rates.put("JPN", "40");
        rates.put("DEU", "20");
        for (String iso3 : List.of("AUT", "BEL", "CHE", "DNK", "ESP", "FRA", "GBR", "ITA", "NLD", "NOR")) {
            rates.put(iso3, "4");
        }
        ContributionSchedule.Category capped = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100),
                new BigDecimal("22"), null);

        Map<String, BigDecimal> amounts = amounts(new BigDecimal("100000.00"), capped, rates);

        // DEU's 20 % becomes 26 % once Japan's excess is shared out: it is capped too, and the ten others share the rest
        assertThat(amounts.get("JPN")).isEqualTo(new BigDecimal("22000.00"));
        assertThat(amounts.get("DEU")).isEqualTo(new BigDecimal("22000.00"));
        assertThat(amounts.get("NOR")).isEqualTo(new BigDecimal("5600.00"));
        assertThat(total(amounts)).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void aFloorRaisesSmallSharesAndTheOthersPayForItInProportion() {
        ContributionSchedule.Category floored = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100), null,
                new BigDecimal("50.00"));

        Map<String, BigDecimal> amounts = amounts(new BigDecimal("10000.00"), floored,
                Map.of("AAA", "90", "BBB", "9.9", "CCC", "0.1"));

        assertThat(amounts.get("CCC")).isEqualTo(new BigDecimal("50.00"));
        // the 9,950 left in proportion 90 : 9.9
        assertThat(amounts.get("AAA")).isEqualTo(new BigDecimal("8963.96"));
        assertThat(amounts.get("BBB")).isEqualTo(new BigDecimal("986.04"));
        assertThat(total(amounts)).isEqualTo(new BigDecimal("10000.00"));
    }

    @Test
    void aCeilingAndAFloorTogether() {
        Map<String, String> rates = new LinkedHashMap<>();
        rates.put("BIG", "70");
        rates.put("MID", "29.9");
        for (int i = 0; i < 10; i++) {
            rates.put("S" + (char) ('A' + i) + "X", "0.01");
        }
        ContributionSchedule.Category both = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100),
                new BigDecimal("50"), new BigDecimal("500.00"));

        Map<String, BigDecimal> amounts = amounts(new BigDecimal("100000.00"), both, rates);

        assertThat(amounts.get("BIG")).isEqualTo(new BigDecimal("50000.00"));
        assertThat(amounts.get("SAX")).isEqualTo(new BigDecimal("500.00"));
        assertThat(amounts.get("SJX")).isEqualTo(new BigDecimal("500.00"));
        assertThat(amounts.get("MID")).isEqualTo(new BigDecimal("45000.00"));
        assertThat(total(amounts)).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void aCeilingTheStatesCannotKeepIsAnError() {
        ContributionSchedule.Category capped = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100),
                new BigDecimal("22"), null);

        assertThatThrownBy(() -> amounts(new BigDecimal("1000.00"), capped, Map.of("AAA", "1", "BBB", "1",
                "CCC", "1"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("7a");
    }

    @Test
    void whatTheStatesWithARateCannotTakeIsRefusedNotHandedToStatesWithout() {
        ContributionSchedule.Category capped = new ContributionSchedule.Category("7b", BigDecimal.valueOf(100),
                new BigDecimal("40"), null);

        // two paying States can take 80 % at most; the third has no rate and must not be charged the rest
        assertThatThrownBy(() -> amounts(new BigDecimal("1000.00"), capped, Map.of("AAA", "1", "BBB", "1",
                "ZZZ", "0"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("7b");
    }

    // ---- zero rates and no rates ----

    @Test
    void aStateWithAZeroRatePaysNothingAndIsNotRaisedToTheFloor() {
        ContributionSchedule.Category floored = new ContributionSchedule.Category("7a", BigDecimal.valueOf(100), null,
                new BigDecimal("10.00"));

        Map<String, BigDecimal> amounts = amounts(new BigDecimal("1000.00"), floored,
                Map.of("AAA", "3", "BBB", "1", "ZZZ", "0"));

        assertThat(amounts).containsExactlyInAnyOrderEntriesOf(Map.of("AAA", new BigDecimal("750.00"), "BBB",
                new BigDecimal("250.00"), "ZZZ", new BigDecimal("0.00")));
    }

    @Test
    void withoutRatesThereIsNoSchedule() {
        List<ContributionSchedule.Category> categories = List.of(category("7a", "100"));

        assertThatThrownBy(() -> ContributionSchedule.compute(new BigDecimal("1000.00"), categories, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no rates to share the budget by");
        assertThatThrownBy(() -> ContributionSchedule.compute(new BigDecimal("1000.00"), categories,
                Map.of("AAA", BigDecimal.ZERO, "BBB", new BigDecimal("0.000"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCategoryWithNoShareIsZeroForEveryone() {
        List<ContributionSchedule.Line> lines = ContributionSchedule.compute(new BigDecimal("1000.00"),
                List.of(category("7a", "100"), category("7z", "0")), Map.of("AAA", BigDecimal.ONE, "BBB",
                        BigDecimal.TEN));

        assertThat(lines).allSatisfy(l -> assertThat(l.amounts().get("7z")).isZero());
        assertThat(sum(lines, "7a")).isEqualTo(new BigDecimal("1000.00"));
    }

    // ---- helpers ----

    private static Map<String, BigDecimal> randomRates(Random random, int states) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        while (rates.size() < states) {
            String iso3 = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
            int kind = random.nextInt(10);
            BigDecimal rate = kind == 0 ? BigDecimal.ZERO
                    : kind < 7 ? new BigDecimal("0.001").max(BigDecimal.valueOf(random.nextInt(100), 3))
                    : BigDecimal.valueOf(1 + random.nextInt(22_000), 3);
            rates.put(iso3, rate);
        }
        if (rates.values().stream().allMatch(r -> r.signum() == 0)) {
            rates.put(rates.keySet().iterator().next(), new BigDecimal("0.010"));
        }
        return rates;
    }

    /**
     * One to four categories whose shares add up to 100, some with a ceiling or a floor that the paying States can
     * keep (not both: a State raised to the floor stays there, so both together may leave too little room).
     */
    private static List<ContributionSchedule.Category> randomCategories(Random random, BigDecimal budget, int states) {
        int count = 1 + random.nextInt(4);
        List<ContributionSchedule.Category> categories = new ArrayList<>();
        BigDecimal left = BigDecimal.valueOf(100);
        for (int i = 0; i < count; i++) {
            BigDecimal share = i == count - 1 ? left
                    : left.multiply(BigDecimal.valueOf(random.nextInt(1_000_000), 6)).setScale(6, RoundingMode.DOWN);
            left = left.subtract(share);
            BigDecimal total = ContributionSchedule.categoryTotal(budget, share);
            BigDecimal ceiling = null;
            if (random.nextBoolean() && states >= 6) {
                // at least twice what the States would pay if all paid the same, so that it can be kept
                ceiling = BigDecimal.valueOf(200).divide(BigDecimal.valueOf(states), 6, RoundingMode.UP)
                        .max(new BigDecimal("22"));
            }
            BigDecimal floor = null;
            if (ceiling == null && random.nextBoolean()) {
                floor = total.divide(BigDecimal.valueOf(4L * states), 2, RoundingMode.DOWN);
            }
            categories.add(new ContributionSchedule.Category("c" + i, share, ceiling, floor));
        }
        return categories;
    }

    private static Map<String, BigDecimal> demoLikeRates() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        String[][] larger = {{"JPN", "9.680"}, {"DEU", "6.389"}, {"FRA", "4.859"}, {"GBR", "4.463"},
            {"ITA", "3.748"}, {"CAN", "2.921"}, {"ESP", "2.443"}, {"AUS", "2.337"}, {"NLD", "1.482"},
            {"MEX", "1.435"}, {"CHE", "1.140"}, {"SWE", "0.956"}, {"BEL", "0.885"}, {"NOR", "0.849"},
            {"AUT", "0.720"}, {"DNK", "0.584"}, {"CHL", "0.399"}, {"NZL", "0.268"}, {"IRL", "0.335"},
            {"PRT", "0.392"}, {"CZE", "0.344"}, {"HUN", "0.161"}, {"LUX", "0.064"}, {"SVN", "0.084"},
            {"COL", "0.322"}, {"ECU", "0.067"}, {"PER", "0.136"}, {"ZAF", "0.364"}, {"HRV", "0.099"},
            {"BGR", "0.045"}, {"LTU", "0.072"}, {"SVK", "0.160"}, {"IRQ", "0.129"}};
        for (String[] rate : larger) {
            rates.put(rate[0], new BigDecimal(rate[1]));
        }
        for (int i = 0; rates.size() < 100; i++) {
            rates.put("Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26), new BigDecimal("0.010"));
        }
        return rates;
    }

    private static ContributionSchedule.Category category(String code, String share) {
        return new ContributionSchedule.Category(code, new BigDecimal(share), null, null);
    }

    private static Map<String, BigDecimal> amounts(BigDecimal total, Map<String, ?> rates) {
        return amounts(total, category("7a", "100"), rates);
    }

    private static Map<String, BigDecimal> amounts(BigDecimal total, ContributionSchedule.Category category,
            Map<String, ?> rates) {
        Map<String, BigDecimal> decimals = new LinkedHashMap<>();
        rates.forEach((iso3, rate) -> decimals.put(iso3, rate instanceof BigDecimal b ? b : new BigDecimal((String) rate)));
        List<ContributionSchedule.Line> lines = ContributionSchedule.compute(total, List.of(category), decimals);
        return lines.stream().collect(Collectors.toMap(ContributionSchedule.Line::iso3,
                l -> l.amounts().get(category.code())));
    }

    private static BigDecimal total(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<ContributionSchedule.Line> lines, String category) {
        return lines.stream().map(l -> l.amounts().get(category)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static ContributionSchedule.Line line(List<ContributionSchedule.Line> lines, String iso3) {
        return lines.stream().filter(l -> l.iso3().equals(iso3)).findFirst().orElseThrow();
    }
}
