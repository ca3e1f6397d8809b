package org.ccmplatform.finance;

import java.util.List;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Money;

/**
 * The indicative schedule of a year as the pages show it: the budget, the categories in force, each assessed State's
 * line, the States Parties not assessed that year (the Convention entered into force for them during the year), and
 * those assessed at nothing for want of a scale rate. Illustrative when any rate used is.
 */
public record Schedule(int year, IsuBudget budget, List<ContributionCategory> categories, List<Line> lines,
        List<State> joinedDuringTheYear, List<State> withoutRate, boolean illustrative, String scaleSource) {

    public record Line(State state, java.math.BigDecimal rate, List<CategoryAmount> amounts) {

        public Money total() {
            return new Money(amounts.stream().map(CategoryAmount::amount)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), IsuBudget.CURRENCY);
        }

        public java.math.BigDecimal amountOf(String category) {
            return amounts.stream().filter(a -> a.category().equals(category)).map(CategoryAmount::amount)
                    .findFirst().orElse(java.math.BigDecimal.ZERO);
        }
    }

    public Money total() {
        return new Money(lines.stream().map(l -> l.total().amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add), IsuBudget.CURRENCY);
    }
}
