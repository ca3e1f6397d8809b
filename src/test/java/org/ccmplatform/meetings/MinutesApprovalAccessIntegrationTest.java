package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Minutes are approved by a later meeting of the same body; for coalition meetings the "body" is shared by every
 * coalition, so the one who runs one coalition's meeting must not reach the minutes of another coalition's meeting
 * that they cannot even read. The meetings here are this test's own, planned as the coalitions module plans them.
 */
@IntegrationTest
class MinutesApprovalAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationDirectory organisations;

    TestMeetings meetings;
    MeetingPages pages;
    CurrentUser gichd;
    Meeting othersMeeting;
    Meeting gichdsMeeting;

    @BeforeEach
    void twoCoalitionMeetingsOfDifferentCoalitions() {
        meetings = new TestMeetings(context);
        pages = new MeetingPages(mvc);
        gichd = meetings.user("gichd");
        othersMeeting = coalitionMeeting(LocalDate.of(2019, 3, 5),
                "Directorate for Emergency Management of Montenegro");
        gichdsMeeting = coalitionMeeting(LocalDate.of(2019, 4, 9),
                "Geneva International Centre for Humanitarian Demining");
        assertThat(meetings.planner.mayRun(gichdsMeeting.id(), gichd)).isTrue();
    }

    @Test
    void aCoalitionMeetingDoesNotTakeUpTheMinutesOfAnotherCoalitionsMeeting() throws Exception {
        MvcResult result = pages.post(post("/meetings/" + gichdsMeeting.id() + "/agenda")
                .param("title", "Approval of the minutes of 5 March 2019")
                .param("approvesMinutesOf", String.valueOf(othersMeeting.id())), gichd);

        assertThat(result.getFlashMap().get("saved")).as("confirmation").isNull();
        assertThat(meetings.record(gichdsMeeting.id()).agenda()).noneMatch(i -> i.approvesMinutesOf() != null);
    }

    @Test
    void theMinutesOfAMeetingOneCannotReadAreNotApproved() throws Exception {
        pages.post(post("/meetings/" + gichdsMeeting.id() + "/agenda")
                .param("title", "Approval of the minutes of 5 March 2019")
                .param("approvesMinutesOf", String.valueOf(othersMeeting.id())), gichd);
        meetings.record(gichdsMeeting.id()).agenda().stream().filter(i -> i.approvesMinutesOf() != null)
                .forEach(i -> {
                    try {
                        pages.post(post("/meetings/" + gichdsMeeting.id() + "/agenda/" + i.id() + "/approve"), gichd);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(meetings.record(othersMeeting.id()).meeting().minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(meetings.record(othersMeeting.id()).revisions()).isEmpty();
    }

    /** A coalition meeting in Beirut, run by the organisation named (as a coalition's facilitator). */
    private Meeting coalitionMeeting(LocalDate day, String runner) {
        Meeting meeting = meetings.planner.planOnBehalf(new MeetingDetails(MeetingBody.COALITION_MEETING,
                TestMeetings.unique("Coalition meeting"), day.atTime(10, 0), day.atTime(13, 0),
                java.time.ZoneId.of("Asia/Beirut"), "Beirut", false, Set.of(Language.EN),
                MeetingVisibility.PARTICIPANTS));
        meetings.delegations.inviteOnBehalf(meeting, null, organisations.findByName(runner).orElseThrow().id(),
                DelegationRole.FACILITATOR);
        return meeting;
    }
}
