package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.meetings.MeetingFixture.GENEVA;
import static org.ccmplatform.meetings.MeetingFixture.committeeMeeting;
import static org.ccmplatform.meetings.MeetingFixture.details;
import static org.ccmplatform.meetings.MeetingFixture.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** When and where a meeting takes place, in which languages, and which meeting follows it. */
class MeetingTest {

    static final LocalDate NOVEMBER_4 = LocalDate.of(2016, 11, 4);
    static final LocalDate DECEMBER_7 = LocalDate.of(2016, 12, 7);

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedOnItsEnd() {
        RuleViolation refusal = refused(details(MeetingBody.COORDINATION_COMMITTEE, NOVEMBER_4.atTime(11, 30),
                NOVEMBER_4.atTime(10, 0)));

        assertThat(refusal.field()).isEqualTo("endsAt");
        assertThat(refusal.messageCode()).isEqualTo("meeting.endsBeforeStart");
    }

    @Test
    void aMeetingThatEndsWhenItStartsIsRefusedToo() {
        LocalDateTime ten = NOVEMBER_4.atTime(10, 0);

        assertThat(refused(details(MeetingBody.WORKSHOP, ten, ten)).messageCode())
                .isEqualTo("meeting.endsBeforeStart");
    }

    @Test
    void aMeetingOverSeveralDaysIsAccepted() {
        Meeting conference = meeting(details(MeetingBody.REVIEW_CONFERENCE, LocalDateTime.of(2015, 9, 7, 10, 0),
                LocalDateTime.of(2015, 9, 11, 18, 0)));

        assertThat(conference.day()).isEqualTo(LocalDate.of(2015, 9, 7));
        assertThat(conference.end().toLocalDate()).isEqualTo(LocalDate.of(2015, 9, 11));
    }

    @ParameterizedTest(name = "place \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMeetingInNoPlaceIsRefusedUnlessItIsOnline(String place) {
        RuleViolation refusal = refused(new MeetingDetails(MeetingBody.WORKSHOP, "Workshop",
                NOVEMBER_4.atTime(10, 0), NOVEMBER_4.atTime(12, 0), GENEVA, place, false, Set.of(Language.EN), null));

        assertThat(refusal.field()).isEqualTo("place");
        assertThat(refusal.messageCode()).isEqualTo("meeting.placeOrOnline");
    }

    @Test
    void anOnlineMeetingNeedsNoPlace() {
        Meeting online = meeting(new MeetingDetails(MeetingBody.WORKSHOP, "Webinar", NOVEMBER_4.atTime(10, 0),
                NOVEMBER_4.atTime(12, 0), GENEVA, " ", true, Set.of(Language.EN), null));

        assertThat(online.online()).isTrue();
        assertThat(online.place()).isNull();
    }

    @Test
    void aMeetingWithoutALanguageIsRefused() {
        RuleViolation refusal = refused(new MeetingDetails(MeetingBody.WORKSHOP, "Workshop",
                NOVEMBER_4.atTime(10, 0), NOVEMBER_4.atTime(12, 0), GENEVA, "Geneva", false, Set.of(), null));

        assertThat(refusal.field()).isEqualTo("languages");
        assertThat(refusal.messageCode()).isEqualTo("meeting.languages.required");
    }

    @Test
    void aMeetingKeepsItsLanguagesAndItsTimeZone() {
        Meeting meeting = meeting(new MeetingDetails(MeetingBody.MEETING_OF_STATES_PARTIES, "7MSP",
                LocalDateTime.of(2017, 9, 4, 10, 0), LocalDateTime.of(2017, 9, 6, 18, 0), GENEVA, "Geneva", false,
                EnumSet.of(Language.ES, Language.EN, Language.FR), null));

        assertThat(meeting.languages()).containsExactlyInAnyOrder(Language.EN, Language.FR, Language.ES);
        assertThat(meeting.start().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(meeting.visibility()).isEqualTo(MeetingVisibility.PUBLIC);
    }

    @Test
    void theCoordinationCommitteeMeetsAmongItsParticipantsByDefault() {
        assertThat(committeeMeeting(NOVEMBER_4).visibility()).isEqualTo(MeetingVisibility.PARTICIPANTS);
    }

    @Test
    void changingAMeetingToEndBeforeItStartsLeavesItAsItWas() {
        Meeting meeting = committeeMeeting(NOVEMBER_4);

        catchThrowableOfType(RuleViolation.class, () -> meeting.describe(details(MeetingBody.COORDINATION_COMMITTEE,
                NOVEMBER_4.atTime(15, 0), NOVEMBER_4.atTime(14, 0))));

        assertThat(meeting.startsAt()).isEqualTo(NOVEMBER_4.atTime(10, 0));
        assertThat(meeting.endsAt()).isEqualTo(NOVEMBER_4.atTime(11, 30));
    }

    @Test
    void theNextMeetingComesLater() {
        Meeting november = committeeMeeting(NOVEMBER_4);
        Meeting december = committeeMeeting(DECEMBER_7);

        november.followedBy(december);

        assertThat(november.nextMeeting()).isSameAs(december);
    }

    @Test
    void anEarlierMeetingIsNotTheNextOne() {
        Meeting november = committeeMeeting(NOVEMBER_4);
        Meeting september = committeeMeeting(LocalDate.of(2016, 9, 27));

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> november.followedBy(september));

        assertThat(refusal.field()).isEqualTo("nextMeetingId");
        assertThat(refusal.messageCode()).isEqualTo("meeting.nextMustBeLater");
        assertThat(november.nextMeeting()).isNull();
    }

    @Test
    void aMeetingIsNotItsOwnNextMeetingNorOneAtTheSameTime() {
        Meeting november = committeeMeeting(NOVEMBER_4);
        Meeting sameTime = committeeMeeting(NOVEMBER_4);

        assertThat(catchThrowableOfType(RuleViolation.class, () -> november.followedBy(november)).messageCode())
                .isEqualTo("meeting.nextMustBeLater");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> november.followedBy(sameTime)).messageCode())
                .isEqualTo("meeting.nextMustBeLater");
    }

    @Test
    void aMeetingCannotBeMovedAfterItsNextMeeting() {
        Meeting november = committeeMeeting(NOVEMBER_4);
        november.followedBy(committeeMeeting(DECEMBER_7));

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> november.describe(
                details(MeetingBody.COORDINATION_COMMITTEE, LocalDate.of(2016, 12, 14).atTime(10, 0),
                        LocalDate.of(2016, 12, 14).atTime(11, 30))));

        assertThat(refusal).as("moving the meeting after its next one is refused").isNotNull();
        assertThat(refusal.messageCode()).isEqualTo("meeting.nextMustBeLater");
        assertThat(november.day()).isEqualTo(NOVEMBER_4);
    }

    @Test
    void aCancelledMeetingIsNotHeldAndAHeldOneIsNotCancelled() {
        Meeting cancelled = committeeMeeting(NOVEMBER_4);
        cancelled.cancel();
        Meeting held = committeeMeeting(DECEMBER_7);
        held.markHeld();

        assertThat(catchThrowableOfType(RuleViolation.class, cancelled::markHeld).messageCode())
                .isEqualTo("meeting.cancelled");
        assertThat(catchThrowableOfType(RuleViolation.class, held::cancel).messageCode())
                .isEqualTo("meeting.alreadyHeld");
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
    }

    private static RuleViolation refused(MeetingDetails details) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> new Meeting(details));
        assertThat(refusal).as("the meeting is refused").isNotNull();
        return refusal;
    }
}
