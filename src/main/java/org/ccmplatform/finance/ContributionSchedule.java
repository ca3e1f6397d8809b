package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicative schedule of contributions of one budget year. Each category's total (the budget times the category's
 * share) is divided among the States Parties assessed that year in proportion to their UN scale rates, re-normalised
 * over those States alone. A category's ceiling caps a State's share (the excess goes to the others, in proportion)
 * and its floor raises a small share to the floor amount (taken from the others, in proportion). Amounts are exact
 * to the centime: each share is rounded down, and the centimes left over go one each to the largest remainders (ties
 * to the State code in alphabetical order), so that the shares add up to the category's total exactly.
 */
final class ContributionSchedule {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENTIME = new BigDecimal("0.01");

    private ContributionSchedule() {}

    /** A category as the schedule needs it: code, share of the budget (per cent), optional ceiling and floor. */
    record Category(String code, BigDecimal budgetShare, BigDecimal ceilingPercent, BigDecimal floorAmount) {}

    /** One State's line: its rate, and its amount per category code. */
    record Line(String iso3, BigDecimal rate, Map<String, BigDecimal> amounts) {

        BigDecimal total() {
            return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Computes the schedule; rates by ISO3 code of the States assessed (at least one, none negative, not all zero). */
    static List<Line> compute(BigDecimal budget, List<Category> categories, Map<String, BigDecimal> rates) {
        BigDecimal totalRate = rates.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rates.isEmpty() || totalRate.signum() <= 0) {
            throw new IllegalArgumentException("no rates to share the budget by");
        }
        Map<String, Map<String, BigDecimal>> byState = new LinkedHashMap<>();
        rates.keySet().stream().sorted().forEach(iso3 -> byState.put(iso3, new LinkedHashMap<>()));
        for (Category category : categories) {
            BigDecimal total = categoryTotal(budget, category.budgetShare());
            Map<String, BigDecimal> exact = exactShares(total, category, rates);
            roundToCentimes(total, exact).forEach((iso3, amount) -> byState.get(iso3).put(category.code(), amount));
        }
        List<Line> lines = new ArrayList<>();
        byState.forEach((iso3, amounts) -> lines.add(new Line(iso3, rates.get(iso3), Map.copyOf(amounts))));
        return lines;
    }

    /** A category's total: the budget times its share, to the centime (half up). */
    static BigDecimal categoryTotal(BigDecimal budget, BigDecimal sharePercent) {
        return budget.multiply(sharePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The exact (unrounded) shares of a total, after the ceiling and the floor. */
    static Map<String, BigDecimal> exactShares(BigDecimal total, Category category, Map<String, BigDecimal> rates) {
        Map<String, BigDecimal> fixed = new HashMap<>();
        for (int round = 0; round <= rates.size(); round++) {
            BigDecimal fixedSum = fixed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rest = total.subtract(fixedSum);
            BigDecimal freeRate = rates.entrySet().stream().filter(e -> !fixed.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (freeRate.signum() == 0 && rest.signum() != 0) {
                break;
            }
            Map<String, BigDecimal> shares = new HashMap<>(fixed);
            rates.forEach((iso3, rate) -> {
                if (!fixed.containsKey(iso3)) {
                    shares.put(iso3, freeRate.signum() == 0 ? BigDecimal.ZERO
                            : rest.multiply(rate).divide(freeRate, PRECISION));
                }
            });
            boolean changed = false;
            BigDecimal ceiling = category.ceilingPercent() == null ? null
                    : total.multiply(category.ceilingPercent()).divide(HUNDRED, PRECISION);
            for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
                if (fixed.containsKey(share.getKey())) {
                    continue;
                }
                if (ceiling != null && share.getValue().compareTo(ceiling) > 0) {
                    fixed.put(share.getKey(), ceiling);
                    changed = true;
                } else if (category.floorAmount() != null && share.getValue().compareTo(category.floorAmount()) < 0
                        && rates.get(share.getKey()).signum() > 0) {
                    fixed.put(share.getKey(), category.floorAmount());
                    changed = true;
                }
            }
            if (!changed) {
                return shares;
            }
        }
        throw new IllegalStateException("the ceiling and floor cannot both be kept for category " + category.code());
    }

    /** Rounds exact shares down to centimes and hands the centimes left over to the largest remainders. */
    static Map<String, BigDecimal> roundToCentimes(BigDecimal total, Map<String, BigDecimal> exact) {
        Map<String, BigDecimal> rounded = new HashMap<>();
        exact.forEach((iso3, amount) -> rounded.put(iso3, amount.setScale(2, RoundingMode.DOWN)));
        BigDecimal sum = rounded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int left = total.subtract(sum).divide(CENTIME, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<String> byRemainder = exact.keySet().stream()
                .sorted(Comparator.comparing((String iso3) -> exact.get(iso3).subtract(rounded.get(iso3))).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int i = 0; i < left; i++) {
            String iso3 = byRemainder.get(i % byRemainder.size());
            rounded.put(iso3, rounded.get(iso3).add(CENTIME));
        }
        return rounded;
    }
}
