package org.ccmplatform.assistance;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.shared.Money;

/**
 * Cost minus committed, in one currency: with what is pledged but not committed, the date of the oldest rate used
 * (none when nothing was converted), the day the rates were read for, and the amounts left unconverted for want of a
 * rate. A negative gap is over-funding.
 */
public record FundingGap(Money cost, Money committed, Money pledged, Money gap, LocalDate rateDate,
        LocalDate ratesOn, List<Unconverted> unconverted) {

    /** What an amount is: a need's cost, a committed pledge, or a pledge not yet committed. */
    public enum Part { COST, COMMITTED, PLEDGED }

    public record Unconverted(Part part, Money money) {}

    public boolean isOverFunded() {
        return gap.amount().signum() < 0;
    }

    public boolean isComplete() {
        return unconverted.isEmpty();
    }

    /** The share of the cost already committed, 0 to 100 (more when over-funded), or none without a cost. */
    public Integer percentCommitted() {
        if (cost.amount().signum() == 0) {
            return null;
        }
        return committed.amount().multiply(java.math.BigDecimal.valueOf(100))
                .divide(cost.amount(), 0, java.math.RoundingMode.DOWN).intValue();
    }
}
