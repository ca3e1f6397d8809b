package org.ccmplatform.assistance;

import java.math.BigDecimal;
import org.ccmplatform.shared.Money;

/** The pledges of one need (or of a State's programme) in one currency, status and span of years, added up. */
record PledgeSum(Long needId, Long stateId, Long coalitionId, String currency, PledgeStatus status, int fromYear,
        int toYear, BigDecimal total) {

    Money amount() {
        return new Money(total, currency);
    }
}
