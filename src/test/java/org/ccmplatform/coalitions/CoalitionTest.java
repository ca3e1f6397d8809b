package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccmplatform.coalitions.CoalitionFixture.START;
import static org.ccmplatform.coalitions.CoalitionFixture.aState;
import static org.ccmplatform.coalitions.CoalitionFixture.details;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoalitionTest {

    static final LocalDate LAST_FORUM = LocalDate.of(2025, 11, 12);
    static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    @Test
    void theNextMeetingIsDueOneRhythmAfterTheLastOneHeld() {
        assertThat(CoalitionFixture.coalition(CoalitionStatus.ACTIVE, Cadence.TWICE_A_YEAR).nextMeetingDue(LAST_FORUM))
                .isEqualTo(DUE);
        assertThat(CoalitionFixture.coalition(CoalitionStatus.ACTIVE, Cadence.QUARTERLY).nextMeetingDue(LAST_FORUM))
                .isEqualTo(LocalDate.of(2026, 2, 12));
    }

    @Test
    void aCoalitionThatHasNeverMetIsDueOneRhythmAfterItStarted() {
        assertThat(CoalitionFixture.activeCoalition().nextMeetingDue(null)).isEqualTo(START.plusMonths(6));
    }

    @Test
    void aProposedCoalitionWithoutStartDateHasNoMeetingDueAndIsNeverFlagged() {
        Coalition proposed = new Coalition(aState(), details(CoalitionStatus.PROPOSED, null, Cadence.QUARTERLY,
                EnumSet.of(CoveredObligation.CCM_ARTICLE_5)));

        assertThat(proposed.nextMeetingDue(null)).isNull();
        assertThat(proposed.hasNotMetWithinItsRhythm(null, LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void anActiveCoalitionIsFlaggedTheDayAfterItsMeetingWasDue() {
        Coalition coalition = CoalitionFixture.coalition(CoalitionStatus.ACTIVE, Cadence.TWICE_A_YEAR);

        assertThat(coalition.hasNotMetWithinItsRhythm(LAST_FORUM, DUE.minusDays(1))).isFalse();
        assertThat(coalition.hasNotMetWithinItsRhythm(LAST_FORUM, DUE)).isFalse();
        assertThat(coalition.hasNotMetWithinItsRhythm(LAST_FORUM, DUE.plusDays(1))).isTrue();
    }

    @Test
    void aQuarterlyCoalitionIsFlaggedSoonerThanOneMeetingTwiceAYear() {
        LocalDate fourMonthsLater = LAST_FORUM.plusMonths(4);

        assertThat(CoalitionFixture.coalition(CoalitionStatus.ACTIVE, Cadence.QUARTERLY)
                .hasNotMetWithinItsRhythm(LAST_FORUM, fourMonthsLater)).isTrue();
        assertThat(CoalitionFixture.coalition(CoalitionStatus.ACTIVE, Cadence.TWICE_A_YEAR)
                .hasNotMetWithinItsRhythm(LAST_FORUM, fourMonthsLater)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CoalitionStatus.class, names = {"PROPOSED", "COMPLETED", "DORMANT"})
    void onlyAnActiveCoalitionIsFlaggedForNotMeeting(CoalitionStatus status) {
        Coalition coalition = CoalitionFixture.coalition(status, Cadence.TWICE_A_YEAR);

        assertThat(coalition.hasNotMetWithinItsRhythm(LAST_FORUM, LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aCoalitionCoversAtLeastOneObligation() {
        assertRefused(() -> new Coalition(aState(), details(CoalitionStatus.ACTIVE, START, Cadence.TWICE_A_YEAR,
                Set.of())), "obligations", "coalition.obligations.required");
        assertRefused(() -> new Coalition(aState(), details(CoalitionStatus.ACTIVE, START, Cadence.TWICE_A_YEAR,
                null)), "obligations", "coalition.obligations.required");
    }

    @ParameterizedTest
    @EnumSource(value = CoalitionStatus.class, names = {"ACTIVE", "COMPLETED", "DORMANT"})
    void aCoalitionThatIsMoreThanProposedHasAStartDate(CoalitionStatus status) {
        assertRefused(() -> new Coalition(aState(), details(status, null, Cadence.TWICE_A_YEAR,
                EnumSet.of(CoveredObligation.CCM_ARTICLE_4))), "startDate", "coalition.startDate.required");
    }

    @Test
    void describingAnExistingCoalitionKeepsTheSameRules() {
        Coalition coalition = CoalitionFixture.activeCoalition();

        assertRefused(() -> coalition.describe(details(CoalitionStatus.ACTIVE, null, Cadence.TWICE_A_YEAR,
                EnumSet.of(CoveredObligation.CCM_ARTICLE_4))), "startDate", "coalition.startDate.required");
        assertThat(coalition.startDate()).isEqualTo(START);
    }

    @Test
    void aCoalitionBelongsToAState() {
        assertRefused(() -> new Coalition(null, CoalitionFixture.activeDetails(Cadence.TWICE_A_YEAR)), "stateIso3",
                "validation.required");
    }

    @Test
    void theObligationsCoveredAreReadBackAsChosen() {
        Coalition coalition = new Coalition(aState(), details(CoalitionStatus.ACTIVE, START, Cadence.TWICE_A_YEAR,
                EnumSet.of(CoveredObligation.CCM_ARTICLE_5, CoveredObligation.CCM_ARTICLE_3)));

        assertThat(coalition.obligations())
                .containsExactlyInAnyOrder(CoveredObligation.CCM_ARTICLE_3, CoveredObligation.CCM_ARTICLE_5);
    }

    @Test
    void onlyTheConventionsOwnObligationsNeedNoOtherTreaty() {
        assertThat(EnumSet.allOf(CoveredObligation.class)).filteredOn(o -> !o.needsParticipation())
                .containsExactlyInAnyOrder(CoveredObligation.CCM_ARTICLE_3, CoveredObligation.CCM_ARTICLE_4,
                        CoveredObligation.CCM_ARTICLE_5);
        assertThat(CoveredObligation.APMBC_ARTICLE_5.treaty()).isEqualTo("APMBC");
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String field,
            String messageCode) {
        assertThatThrownBy(action).isInstanceOfSatisfying(RuleViolation.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageCode()).isEqualTo(messageCode);
        });
    }
}
