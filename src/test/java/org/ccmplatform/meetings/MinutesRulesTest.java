package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.meetings.MeetingFixture.approvalItem;
import static org.ccmplatform.meetings.MeetingFixture.committeeMeeting;
import static org.ccmplatform.meetings.MeetingFixture.item;
import static org.ccmplatform.meetings.MeetingFixture.subItem;

import java.time.LocalDate;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The agenda and its minutes: items 5 and 5.3 and no deeper, minutes written until they are approved at a later
 * meeting, approved once, and afterwards only corrected.
 */
class MinutesRulesTest {

    static final LocalDate SEPTEMBER_27 = LocalDate.of(2016, 9, 27);
    static final LocalDate NOVEMBER_4 = LocalDate.of(2016, 11, 4);

    @Test
    void itemsAreNumberedAndSubItemsCarryTheNumberOfTheirItem() {
        Meeting meeting = committeeMeeting(NOVEMBER_4);
        AgendaItem concepts = item(meeting, 5, "Concept notes by thematic Coordinators");

        AgendaItem stockpiles = subItem(concepts, 3, "Stockpile Destruction (Croatia and Mexico)");

        assertThat(concepts.number()).isEqualTo("5");
        assertThat(stockpiles.number()).isEqualTo("5.3");
    }

    @Test
    void aSubItemHasNoSubItemsOfItsOwn() {
        AgendaItem stockpiles = subItem(item(committeeMeeting(NOVEMBER_4), 5, "Concept notes"), 3, "Stockpiles");

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> new AgendaItem(stockpiles.meeting(), stockpiles, 1, "A third level", null));

        assertThat(refusal.field()).isEqualTo("parentId");
        assertThat(refusal.messageCode()).isEqualTo("agenda.twoLevelsOnly");
    }

    @Test
    void anItemIsNotPutUnderAnItemOfAnotherMeeting() {
        AgendaItem september = item(committeeMeeting(SEPTEMBER_27), 5, "Concept notes");

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> new AgendaItem(committeeMeeting(NOVEMBER_4), september, 1, "Victim Assistance", null));

        assertThat(refusal.messageCode()).isEqualTo("agenda.parentOfAnotherMeeting");
    }

    @Test
    void anItemWithoutATitleIsRefused() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> item(committeeMeeting(NOVEMBER_4), 1, "  "));

        assertThat(refusal.field()).isEqualTo("title");
        assertThat(refusal.messageCode()).isEqualTo("validation.required");
    }

    @Test
    void minutesAreWrittenWhileTheyAreADraftAndWhenCirculated() {
        Meeting meeting = committeeMeeting(NOVEMBER_4);
        AgendaItem opening = item(meeting, 2, "Opening Remarks by the President");

        opening.writeMinutes("  The President opened the meeting.  ");
        meeting.minutesCirculated();
        opening.writeMinutes("The President opened the meeting and presented the Agenda.");

        assertThat(opening.minutesText()).isEqualTo("The President opened the meeting and presented the Agenda.");
        assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
    }

    @Test
    void approvedMinutesAreFrozen() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        AgendaItem opening = item(september, 2, "Opening Remarks");
        opening.writeMinutes("As recorded.");
        september.minutesApprovedAt(committeeMeeting(NOVEMBER_4));

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> opening.writeMinutes("Rewritten."));

        assertThat(september.minutesAreFrozen()).isTrue();
        assertThat(refusal.field()).isEqualTo("minutes");
        assertThat(refusal.messageCode()).isEqualTo("minutes.frozen");
        assertThat(opening.minutesText()).isEqualTo("As recorded.");
    }

    @Test
    void approvedMinutesAreChangedOnlyByACorrection() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        AgendaItem opening = item(september, 2, "Opening Remarks");
        opening.writeMinutes("As recorded.");
        september.minutesApprovedAt(committeeMeeting(NOVEMBER_4));

        opening.correctMinutes("As recorded, with the name of the Ambassador corrected.");

        assertThat(opening.minutesText()).isEqualTo("As recorded, with the name of the Ambassador corrected.");
        assertThat(september.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
    }

    @Test
    void approvedMinutesAreNotCirculatedAgainAsADraftNorGivenNewDecisions() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        september.minutesApprovedAt(committeeMeeting(NOVEMBER_4));

        assertThat(catchThrowableOfType(RuleViolation.class, september::minutesCirculated).messageCode())
                .isEqualTo("minutes.frozen");
        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> new Decision(september, null, "A decision taken afterwards.", 1)).messageCode())
                .isEqualTo("minutes.frozen");
    }

    @Test
    void theAgendaOfApprovedMinutesTakesNoNewItem() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        AgendaItem opening = item(september, 1, "Opening Remarks");
        september.minutesApprovedAt(committeeMeeting(NOVEMBER_4));

        RuleViolation newItem = catchThrowableOfType(RuleViolation.class,
                () -> item(september, 2, "An item added after the approval"));
        RuleViolation newSubItem = catchThrowableOfType(RuleViolation.class,
                () -> subItem(opening, 1, "A sub-item added after the approval"));

        assertThat(newItem).as("a new item is refused").isNotNull();
        assertThat(newItem.messageCode()).isEqualTo("minutes.frozen");
        assertThat(newSubItem).as("a new sub-item is refused").isNotNull();
        assertThat(newSubItem.messageCode()).isEqualTo("minutes.frozen");
    }

    @Test
    void minutesAreApprovedAtALaterMeetingWhichIsRecorded() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        Meeting november = committeeMeeting(NOVEMBER_4);

        september.minutesApprovedAt(november);

        assertThat(september.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(september.minutesApprovedBy()).isSameAs(november);
    }

    @Test
    void minutesAreNotApprovedAtTheSameOrAnEarlierMeeting() {
        Meeting november = committeeMeeting(NOVEMBER_4);

        for (Meeting approving : new Meeting[] {november, committeeMeeting(SEPTEMBER_27)}) {
            RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                    () -> november.minutesApprovedAt(approving));
            assertThat(refusal.field()).isEqualTo("approvesMinutesOf");
            assertThat(refusal.messageCode()).isEqualTo("minutes.approvedAtLaterMeeting");
        }
        assertThat(november.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(november.minutesApprovedBy()).isNull();
    }

    @Test
    void minutesAreApprovedOnlyOnce() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        Meeting november = committeeMeeting(NOVEMBER_4);
        september.minutesApprovedAt(november);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> september.minutesApprovedAt(committeeMeeting(LocalDate.of(2016, 12, 7))));

        assertThat(refusal.messageCode()).isEqualTo("minutes.alreadyApproved");
        assertThat(september.minutesApprovedBy()).isSameAs(november);
    }

    @Test
    void aCancelledMeetingApprovesNoMinutes() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        Meeting november = committeeMeeting(NOVEMBER_4);
        november.cancel();

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> september.minutesApprovedAt(november));

        assertThat(refusal.messageCode()).isEqualTo("minutes.approvedAtCancelledMeeting");
        assertThat(september.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void anAgendaItemApprovesTheMinutesOfAnEarlierMeetingOnly() {
        Meeting september = committeeMeeting(SEPTEMBER_27);
        Meeting november = committeeMeeting(NOVEMBER_4);

        AgendaItem approval = approvalItem(november, september);
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> approvalItem(september, november));

        assertThat(approval.approvesMinutesOf()).isSameAs(september);
        assertThat(refusal.messageCode()).isEqualTo("minutes.approvedAtLaterMeeting");
    }

    @Test
    void minutesLongerThanTheLimitAreRefused() {
        AgendaItem opening = item(committeeMeeting(NOVEMBER_4), 2, "Opening Remarks");

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> opening.writeMinutes("x".repeat(AgendaItem.MAX_MINUTES + 1)));

        assertThat(refusal.messageCode()).isEqualTo("validation.tooLong");
        assertThat(opening.minutesText()).isNull();
    }
}
