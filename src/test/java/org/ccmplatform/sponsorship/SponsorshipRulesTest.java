package org.ccmplatform.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The programme's rules, on the records alone: how an application moves, what it may cost, what a contribution is. */
class SponsorshipRulesTest {

    static final LocalDate MSP_DAY = LocalDate.of(2016, 9, 5);
    static final LocalDate BEFORE = MSP_DAY.minusDays(60);
    static final LocalDate AFTER = MSP_DAY.plusDays(20);

    static Meeting meeting(MeetingBody body, MeetingVisibility visibility, MeetingStatus status) {
        Meeting meeting = mock(Meeting.class);
        when(meeting.body()).thenReturn(body);
        when(meeting.visibility()).thenReturn(visibility);
        when(meeting.status()).thenReturn(status);
        when(meeting.startsAt()).thenReturn(MSP_DAY.atTime(10, 0));
        when(meeting.endsAt()).thenReturn(MSP_DAY.plusDays(2).atTime(18, 0));
        when(meeting.day()).thenReturn(MSP_DAY);
        return meeting;
    }

    static Meeting msp() {
        return meeting(MeetingBody.MEETING_OF_STATES_PARTIES, MeetingVisibility.PUBLIC, MeetingStatus.PLANNED);
    }

    static State lebanon() {
        State state = mock(State.class);
        when(state.id()).thenReturn(1L);
        when(state.iso3()).thenReturn("LBN");
        return state;
    }

    static Money chf(String amount) {
        return Money.of(new BigDecimal(amount), "CHF", "amount");
    }

    static SponsorshipApplication application(String travel, String dsa) {
        return new SponsorshipApplication(msp(), lebanon(), "Nadia Haddad (test)", "Director", chf(travel), chf(dsa),
                BEFORE, "test");
    }

    static RuleViolation refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anApplicationIsSubmittedForTheYearOfItsMeeting() {
        SponsorshipApplication application = application("1800", "1236");

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.year()).isEqualTo(2016);
        assertThat(application.asked()).isEqualTo(chf("3036"));
        assertThat(application.cost()).isEqualTo(chf("0"));
    }

    @Test
    void selectingAllocatesTheCostsAskedAndTheActualCostsReplaceThemAfterTheMeeting() {
        SponsorshipApplication application = application("1800", "1236");

        application.select(chf("5000"), "isu", BEFORE);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(application.allocated()).isEqualTo(chf("3036"));
        assertThat(application.cost()).isEqualTo(chf("3036"));

        application.recordCosts(chf("1700.50"), chf("1236"), chf("0"), "isu", AFTER);
        assertThat(application.status()).isEqualTo(ApplicationStatus.COSTS_RECORDED);
        assertThat(application.cost()).isEqualTo(chf("2936.50"));
        assertThat(application.allocated()).isEqualTo(chf("3036"));
    }

    @Test
    void anAllocationAboveWhatIsAvailableIsRefusedSayingWhatIsAvailable() {
        SponsorshipApplication application = application("1800", "1236");

        RuleViolation refused = refusal(() -> application.select(chf("3035.95"), "isu", BEFORE));

        assertThat(refused.messageCode()).isEqualTo("sponsorship.aboveAvailable");
        assertThat(refused.arguments()).containsExactly("3036.00", "3035.95", "2016");
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.hasAllocation()).isFalse();
    }

    @Test
    void anAllocationOfExactlyWhatIsAvailableIsAccepted() {
        SponsorshipApplication application = application("1800", "1236");

        application.select(chf("3036"), "isu", BEFORE);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SELECTED);
    }

    @Test
    void notSelectingNeedsTheIsuReasons() {
        SponsorshipApplication application = application("1800", "1236");

        assertThat(refusal(() -> application.decline("  ", "isu", BEFORE)).messageCode())
                .isEqualTo("sponsorship.reasonsRequired");
        assertThat(refusal(() -> application.decline(null, "isu", BEFORE)).field()).isEqualTo("reasons");
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        application.decline("Two delegates of this State are already sponsored", "isu", BEFORE);
        assertThat(application.status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
        assertThat(application.reasons()).isEqualTo("Two delegates of this State are already sponsored");
        assertThat(application.cost()).isEqualTo(chf("0"));
    }

    @Test
    void negativeAmountsAreRefusedWhereverTheyAreTyped() {
        assertThat(refusal(() -> application("-1", "1236")).field()).isEqualTo("travel");
        assertThat(refusal(() -> application("1800", "-0.05")).messageCode()).isEqualTo("sponsorship.negative");
        assertThat(refusal(() -> application("0", "0")).messageCode()).isEqualTo("sponsorship.nothingAsked");

        SponsorshipApplication selected = application("1800", "1236");
        selected.select(chf("5000"), "isu", BEFORE);
        RuleViolation refused = refusal(() -> selected.recordCosts(chf("-10"), chf("1236"), chf("5000"), "isu",
                AFTER));
        assertThat(refused.field()).isEqualTo("travelActual");
        assertThat(selected.status()).isEqualTo(ApplicationStatus.SELECTED);
    }

    @Test
    void actualCostsWaitForTheEndOfTheMeetingAndMayExceedTheAllocationOnlyByWhatIsAvailable() {
        SponsorshipApplication application = application("1800", "1236");
        application.select(chf("5000"), "isu", BEFORE);

        assertThat(refusal(() -> application.recordCosts(chf("1800"), chf("1236"), chf("0"), "isu", MSP_DAY))
                .messageCode()).isEqualTo("sponsorship.meetingNotOver");
        RuleViolation above = refusal(() -> application.recordCosts(chf("2000"), chf("1236"), chf("199.99"), "isu",
                AFTER));
        assertThat(above.messageCode()).isEqualTo("sponsorship.costsAboveAvailable");
        assertThat(above.arguments()).containsExactly("200.00", "199.99", "2016");

        application.recordCosts(chf("2000"), chf("1236"), chf("200"), "isu", AFTER);
        assertThat(application.cost()).isEqualTo(chf("3236"));
    }

    @Test
    void statusesOnlyMoveForward() {
        SponsorshipApplication declined = application("1800", "1236");
        declined.decline("Late", "isu", BEFORE);
        assertThat(refusal(() -> declined.select(chf("5000"), "isu", BEFORE)).messageCode())
                .isEqualTo("sponsorship.wrongStatus");
        assertThat(refusal(() -> declined.withdraw("lebanon", BEFORE)).messageCode())
                .isEqualTo("sponsorship.cannotWithdraw");

        SponsorshipApplication submitted = application("1800", "1236");
        assertThat(refusal(() -> submitted.recordCosts(chf("1"), chf("1"), chf("5000"), "isu", AFTER)).messageCode())
                .isEqualTo("sponsorship.wrongStatus");

        SponsorshipApplication settled = application("1800", "1236");
        settled.select(chf("5000"), "isu", BEFORE);
        settled.recordCosts(chf("1800"), chf("1236"), chf("0"), "isu", AFTER);
        assertThat(refusal(() -> settled.withdraw("isu", AFTER)).messageCode())
                .isEqualTo("sponsorship.cannotWithdraw");
        assertThat(refusal(() -> settled.decline("Why", "isu", AFTER)).messageCode())
                .isEqualTo("sponsorship.wrongStatus");
    }

    @Test
    void withdrawingASelectedApplicationFreesItsAllocation() {
        SponsorshipApplication application = application("1800", "1236");
        application.select(chf("5000"), "isu", BEFORE);

        application.withdraw("lebanon", BEFORE.plusDays(5));

        assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.cost()).isEqualTo(chf("0"));
        assertThat(application.hasAllocation()).isFalse();
    }

    @Test
    void applicationsAreForPublicFormalMeetingsThatAreNotOverOrCancelled() {
        State lebanon = lebanon();
        assertThat(refusal(() -> new SponsorshipApplication(meeting(MeetingBody.COORDINATION_COMMITTEE,
                MeetingVisibility.PARTICIPANTS, MeetingStatus.PLANNED), lebanon, "A", "B", chf("1"), chf("1"),
                BEFORE, "t")).messageCode()).isEqualTo("sponsorship.meetingNotSponsored");
        assertThat(refusal(() -> new SponsorshipApplication(meeting(MeetingBody.MEETING_OF_STATES_PARTIES,
                MeetingVisibility.PUBLIC, MeetingStatus.CANCELLED), lebanon, "A", "B", chf("1"), chf("1"),
                BEFORE, "t")).messageCode()).isEqualTo("sponsorship.meetingCancelled");
        assertThat(refusal(() -> new SponsorshipApplication(msp(), lebanon, "A", "B", chf("1"), chf("1"),
                AFTER, "t")).messageCode()).isEqualTo("sponsorship.meetingOver");
        assertThat(refusal(() -> new SponsorshipApplication(msp(), lebanon, " ", "B", chf("1"), chf("1"),
                BEFORE, "t")).field()).isEqualTo("delegateName");
    }

    @Test
    void aContributionIsAPositiveAmountInFrancsReceivedByToday() {
        ProgrammeDonor norway = new ProgrammeDonor(lebanon(), null);
        LocalDate today = LocalDate.of(2026, 5, 1);

        assertThat(refusal(() -> new SponsorshipContribution(norway, 2026, chf("-100"), today, "R1", null, "isu",
                today)).messageCode()).isEqualTo("sponsorship.notPositive");
        assertThat(refusal(() -> new SponsorshipContribution(norway, 2026, chf("0"), today, "R1", null, "isu",
                today)).field()).isEqualTo("amount");
        assertThat(refusal(() -> new SponsorshipContribution(norway, 2026, Money.of(BigDecimal.TEN, "EUR", "amount"),
                today, "R1", null, "isu", today)).messageCode()).isEqualTo("sponsorship.inFrancs");
        assertThat(refusal(() -> new SponsorshipContribution(norway, 2026, chf("100"), today.plusDays(1), "R1",
                null, "isu", today)).messageCode()).isEqualTo("sponsorship.receivedInFuture");
        assertThat(refusal(() -> new SponsorshipContribution(norway, 2026, chf("100"), today, " ", null, "isu",
                today)).field()).isEqualTo("reference");
        assertThat(refusal(() -> new SponsorshipContribution(new ProgrammeDonor(null, null), 2026, chf("100"), today,
                "R1", null, "isu", today)).messageCode()).isEqualTo("sponsorship.donorRequired");
        assertThat(new SponsorshipContribution(norway, 2026, chf("100"), today, " R1 ", null, "isu", today)
                .reference()).isEqualTo("R1");
    }
}
