package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PledgeTermsTest {

    private static PledgeTerms terms(Money amount, int from, int to, PledgeStatus status) {
        return new PledgeTerms(amount, from, to, status, false, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-250000.00"})
    void aPledgeOfNothingOrLessIsRefused(String amount) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> terms(money(amount, "USD"), 2026, 2028, PledgeStatus.PLEDGED));

        assertThat(refusal.field()).isEqualTo("amount");
        assertThat(refusal.messageCode()).isEqualTo("pledge.amountNotPositive");
    }

    @Test
    void disbursedCannotBeChosenForItFollowsFromTheTranchesPaid() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> terms(usd("1000.00"), 2026, 2028, PledgeStatus.DISBURSED));

        assertThat(refusal.field()).isEqualTo("status");
        assertThat(refusal.messageCode()).isEqualTo("pledge.disbursedFollowsTranches");
    }

    @ParameterizedTest
    @EnumSource(value = PledgeStatus.class, names = {"INDICATED", "PLEDGED", "COMMITTED"})
    void anyStatusButDisbursedMayBeChosen(PledgeStatus status) {
        assertThat(terms(usd("1000.00"), 2026, 2028, status).status()).isEqualTo(status);
    }

    @Test
    void aPledgeHasAStatus() {
        assertThat(catchThrowableOfType(RuleViolation.class, () -> terms(usd("1000.00"), 2026, 2028, null))
                .messageCode()).isEqualTo("validation.required");
    }

    @Test
    void aPledgeWhoseSpanEndsBeforeItStartsIsRefused() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> terms(usd("1000.00"), 2028, 2027, PledgeStatus.PLEDGED));

        assertThat(refusal.field()).isEqualTo("toYear");
        assertThat(refusal.messageCode()).isEqualTo("period.endsBeforeStart");
    }

    @Test
    void aPledgeForYearsOutOfRangeIsRefused() {
        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> terms(usd("1000.00"), 2026, 2101, PledgeStatus.PLEDGED)).messageCode())
                .isEqualTo("validation.range");
    }

    @Test
    void aBlankNoteIsNone() {
        assertThat(new PledgeTerms(usd("1000.00"), 2026, 2028, PledgeStatus.PLEDGED, false, "  ").note()).isNull();
        assertThat(new PledgeTerms(usd("1000.00"), 2026, 2028, PledgeStatus.PLEDGED, false, " Through NPA ").note())
                .isEqualTo("Through NPA");
        assertThat(terms(usd("1000.00"), 2026, 2028, PledgeStatus.PLEDGED).years()).isEqualTo(3);
    }
}
