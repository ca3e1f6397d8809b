package org.ccmplatform.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ccmplatform.registry.State;

/**
 * A budget year's picture, computed from the recorded payments: States Parties at the end of the year (or today in
 * the current year), how many contributed, what came in per category, the budget and the deficit (budget minus
 * received, never below zero). Credit carried forward and voluntary money are part of what was received.
 */
public record YearSummary(int year, long statesParties, long statesContributed, Map<String, BigDecimal> byCategory,
        BigDecimal budget, BigDecimal received, BigDecimal deficit, List<StateContribution> contributions) {

    /** One State's contribution in the year: what was invoiced, what it paid, towards which categories. */
    public record StateContribution(State state, BigDecimal invoiced, BigDecimal paid,
            Map<String, BigDecimal> byCategory) {

        public BigDecimal outstanding() {
            return invoiced.subtract(paid.subtract(byCategory.getOrDefault(Treasury.CREDIT, BigDecimal.ZERO))
                    .subtract(byCategory.getOrDefault(Treasury.VOLUNTARY, BigDecimal.ZERO))).max(BigDecimal.ZERO);
        }
    }
}
