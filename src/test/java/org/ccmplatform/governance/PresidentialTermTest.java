package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The presidential term, computed from the meetings' dates: from the last day of one MSP to the last of the next. */
class PresidentialTermTest {

    static StatesPartiesMeeting msp(long id, int ordinal, LocalDate start, LocalDate end) {
        StatesPartiesMeeting msp = new StatesPartiesMeeting(MeetingKind.MEETING_OF_STATES_PARTIES, ordinal, start, end,
                null);
        ReflectionTestUtils.setField(msp, "id", id);
        return msp;
    }

    static final StatesPartiesMeeting SIXTH = msp(6, 6, LocalDate.of(2016, 9, 5), LocalDate.of(2016, 9, 7));
    static final StatesPartiesMeeting SEVENTH = msp(7, 7, LocalDate.of(2017, 9, 4), LocalDate.of(2017, 9, 6));
    static final StatesPartiesMeeting EIGHTH = msp(8, 8, LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 5));

    @Test
    void theSeventhPresidencyRunsFromTheLastDayOfTheSixthMspToTheLastDayOfTheSeventh() {
        Term term = new Term(SEVENTH, SIXTH, EIGHTH);

        assertThat(term.from()).isEqualTo(LocalDate.of(2016, 9, 7));
        assertThat(term.to()).isEqualTo(LocalDate.of(2017, 9, 6));
    }

    @Test
    void theHandoverDayBelongsToTheTermThatEndsOnIt() {
        Term sixth = new Term(SIXTH, null, SEVENTH);
        Term seventh = new Term(SEVENTH, SIXTH, EIGHTH);

        assertThat(sixth.covers(LocalDate.of(2016, 9, 7))).isTrue();
        assertThat(seventh.covers(LocalDate.of(2016, 9, 7))).isFalse();
        assertThat(seventh.covers(LocalDate.of(2016, 9, 8))).isTrue();
        assertThat(seventh.covers(LocalDate.of(2017, 9, 6))).isTrue();
        assertThat(seventh.covers(LocalDate.of(2017, 9, 7))).isFalse();
    }

    @Test
    void theFirstMeetingRecordedHasATermThatBeginsWithTheMeetingItself() {
        Term first = new Term(SIXTH, null, SEVENTH);

        assertThat(first.from()).isEqualTo(SIXTH.startDate());
        assertThat(first.covers(LocalDate.of(2016, 9, 4))).isFalse();
    }

    @Test
    void thePresidentDesignateIsThePresidentRecordedForTheNextMeeting() {
        StatesPartiesMeeting eighth = msp(18, 8, LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 5));
        assertThat(new Term(SEVENTH, SIXTH, eighth).designate()).isNull();

        ReflectionTestUtils.setField(eighth, "presidentState", org.springframework.beans.BeanUtils.instantiateClass(org.ccmplatform.registry.State.class));
        assertThat(new Term(SEVENTH, SIXTH, eighth).designate()).isSameAs(eighth);
    }

    @Test
    void aMeetingEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> msp(1, 1, LocalDate.of(2017, 9, 6), LocalDate.of(2017, 9, 4)))
                .isInstanceOf(RuleViolation.class).extracting("messageCode").isEqualTo("msp.endsBeforeStart");
    }

    @Test
    void aMeetingWithoutAPlaceIsInGeneva() {
        assertThat(SEVENTH.place()).isEqualTo("Geneva");
        assertThat(SEVENTH.shortName()).isEqualTo("7MSP");
    }
}
