package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void aCoalitionMeetingTwiceAYearIsDueSixMonthsAfterItsLastMeeting() {
        assertThat(Cadence.TWICE_A_YEAR.nextAfter(LocalDate.of(2025, 11, 12))).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void aCoalitionMeetingEachQuarterIsDueThreeMonthsAfterItsLastMeeting() {
        assertThat(Cadence.QUARTERLY.nextAfter(LocalDate.of(2026, 2, 18))).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void aMeetingAtTheEndOfAMonthIsDueAtTheEndOfTheShorterMonth() {
        assertThat(Cadence.TWICE_A_YEAR.nextAfter(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Cadence.QUARTERLY.nextAfter(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aRhythmCrossesTheYear() {
        assertThat(Cadence.QUARTERLY.nextAfter(LocalDate.of(2025, 12, 9))).isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
