package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.offerDetails;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import java.util.Set;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfferDetailsTest {

    private static final Set<Theme> CLEARANCE = Set.of(Theme.SURVEY_AND_CLEARANCE);

    @ParameterizedTest
    @ValueSource(strings = {"0", "-500000"})
    void aYearlyEnvelopeOfNothingOrLessIsRefused(String envelope) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> offerDetails(CLEARANCE, Set.of(), Set.of(), money(envelope, "EUR"), 2026, 2028));

        assertThat(refusal.field()).isEqualTo("amount");
        assertThat(refusal.messageCode()).isEqualTo("offer.envelopeNotPositive");
    }

    @Test
    void anOfferFundsAtLeastOneTheme() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> offerDetails(Set.of(), Set.of(), Set.of(), usd("1000.00"), 2026, 2028));

        assertThat(refusal.field()).isEqualTo("themes");
        assertThat(refusal.messageCode()).isEqualTo("offer.themesRequired");
    }

    @Test
    void anOfferWhoseSpanEndsBeforeItStartsIsRefused() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> offerDetails(CLEARANCE, Set.of(), Set.of(), usd("1000.00"), 2030, 2026));

        assertThat(refusal.field()).isEqualTo("toYear");
        assertThat(refusal.messageCode()).isEqualTo("period.endsBeforeStart");
        assertThat(refusal.arguments()).containsExactly("2030", "2026");
    }

    @Test
    void anOfferYearsOutOfRangeAreRefused() {
        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> offerDetails(CLEARANCE, Set.of(), Set.of(), usd("1000.00"), 1999, 2026)).messageCode())
                .isEqualTo("validation.range");
    }

    @Test
    void anOfferNamingNoStateAndNoRegionFundsAnywhere() {
        assertThat(offerDetails(CLEARANCE, null, null, usd("1000.00"), 2026, 2028).isAnywhere()).isTrue();
        assertThat(offerDetails(CLEARANCE, Set.of("LBN"), Set.of(), usd("1000.00"), 2026, 2028).isAnywhere())
                .isFalse();
        assertThat(offerDetails(CLEARANCE, Set.of(), Set.of(UnRegion.ASIA), usd("1000.00"), 2026, 2028)
                .isAnywhere()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2020, 2025, false", "2020, 2026, true", "2027, 2027, true", "2028, 2035, true",
            "2029, 2035, false", "2020, 2035, true"})
    void anOfferOverlapsTheYearsItSharesWithANeed(int from, int to, boolean overlaps) {
        assertThat(offerDetails(CLEARANCE, null, null, usd("1000.00"), 2026, 2028).overlaps(from, to))
                .isEqualTo(overlaps);
    }
}
