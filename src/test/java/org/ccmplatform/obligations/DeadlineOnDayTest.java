package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationFixture.obligation;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deadline of an obligation on a past day: only the extensions decided by that day move it. */
class DeadlineOnDayTest {

    static final LocalDate ORIGINAL = LocalDate.of(2021, 3, 1);
    static final LocalDate GRANTED = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("An extension granted by a Meeting moves the deadline from the day of the Meeting, not before")
    void anExtensionMovesTheDeadlineFromTheDayOfTheMeeting() {
        Obligation clearance = obligation("AFG", Article.ARTICLE_4);
        LocalDate meetingDay = LocalDate.of(2020, 11, 25);
        ExtensionRequest grant = ObligationFixture.granted(clearance, GRANTED, GRANTED, LocalDate.of(2020, 8, 1),
                ORIGINAL, ObligationFixture.msp("2RC", meetingDay));

        assertThat(ObligationLedger.deadlineOn(meetingDay.minusDays(1), ORIGINAL, List.of(grant))).isEqualTo(ORIGINAL);
        assertThat(ObligationLedger.deadlineOn(meetingDay, ORIGINAL, List.of(grant))).isEqualTo(GRANTED);
    }

    @Test
    @DisplayName("An extension whose decision day is unknown moves the deadline once the one it extended runs out; "
            + "a second one once the first runs out")
    void anUndatedExtensionMovesTheDeadlineWhenTheOldOneRunsOut() {
        Obligation clearance = obligation("LAO", Article.ARTICLE_4);
        LocalDate later = LocalDate.of(2031, 3, 1);
        List<ExtensionRequest> grants = List.of(
                ExtensionRequest.decidedEarlier(clearance, later, later, null, null, "test"),
                ExtensionRequest.decidedEarlier(clearance, GRANTED, GRANTED, "9MSP", null, "test"));

        assertThat(ObligationLedger.deadlineOn(ORIGINAL.minusDays(1), ORIGINAL, grants)).isEqualTo(ORIGINAL);
        assertThat(ObligationLedger.deadlineOn(ORIGINAL, ORIGINAL, grants)).isEqualTo(GRANTED);
        assertThat(ObligationLedger.deadlineOn(GRANTED, ORIGINAL, grants)).isEqualTo(later);
        assertThat(ObligationLedger.deadlineOn(ORIGINAL, ORIGINAL, List.of())).isEqualTo(ORIGINAL);
    }
}
