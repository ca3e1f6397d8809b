package org.ccmplatform.assistance;

import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/** What a donor pledges: an exact amount in a currency for a span of years, how firm, and whether it is public. */
public record PledgeTerms(Money amount, int fromYear, int toYear, PledgeStatus status, boolean publicAmount,
        String note) {

    public PledgeTerms {
        if (!amount.isPositive()) {
            throw new RuleViolation("amount", "pledge.amountNotPositive");
        }
        if (status == null) {
            throw new RuleViolation("status", "validation.required");
        }
        if (status == PledgeStatus.DISBURSED) {
            throw new RuleViolation("status", "pledge.disbursedFollowsTranches");
        }
        NeedDetails.checkPeriod(fromYear, toYear, "toYear");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    int years() {
        return toYear - fromYear + 1;
    }
}
