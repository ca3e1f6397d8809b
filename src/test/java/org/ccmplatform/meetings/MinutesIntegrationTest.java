package org.ccmplatform.meetings;

import org.ccmplatform.HtmlForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Minutes written item by item through the pages, on workshops of this test's own: two people saving the same
 * minutes, approval at a later meeting, and corrections of approved minutes with who and why. No transaction wraps
 * a test, so every save is committed as it would be between two requests.
 */
@IntegrationTest
class MinutesIntegrationTest {

    static final LocalDate MARCH_5_2019 = LocalDate.of(2019, 3, 5);
    static final LocalDate APRIL_9_2019 = LocalDate.of(2019, 4, 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMeetings meetings;
    MeetingPages pages;
    CurrentUser isu;
    CurrentUser president;
    Meeting meeting;
    AgendaItem clearance;

    @BeforeEach
    void aWorkshopChairedByGermanyWithTheIsuAsSecretariat() {
        meetings = new TestMeetings(context);
        pages = new MeetingPages(mvc);
        isu = meetings.isu;
        president = meetings.user("president");
        meeting = meetings.workshop(MARCH_5_2019);
        meetings.invite(meeting, "DEU", DelegationRole.CHAIR);
        clearance = meetings.subItem(meetings.item(meeting, "Thematic work"), "Clearance (Norway and Netherlands)");
    }

    @Test
    void theSecretariatWritesTheMinutesOfAnItemThroughItsForm() throws Exception {
        HtmlForm form = HtmlForm.on(pages.html(minutesPath(clearance), isu), minutesPath(clearance))
                .set("text", "Norway presented the concept note on clearance.");

        MvcResult saved = pages.post(form.post(), isu);

        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/meetings/" + meeting.id() + "#item-" + clearance.id());
        Document page = pages.open("/meetings/" + meeting.id(), isu);
        assertThat(page.select("#item-" + clearance.id()).text())
                .contains("1.1. Clearance (Norway and Netherlands)", "Norway presented the concept note on clearance.");
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameMinutesSeesBothVersionsAndNothingIsOverwritten() throws Exception {
        HtmlForm theirs = HtmlForm.on(pages.html(minutesPath(clearance), president), minutesPath(clearance))
                .set("text", "Norway presented the concept note (the Presidency's notes).");
        HtmlForm mine = HtmlForm.on(pages.html(minutesPath(clearance), isu), minutesPath(clearance))
                .set("text", "Norway presented the concept note (the ISU's notes).");
        assertThat(pages.post(theirs.post(), president).getResponse().getStatus()).isEqualTo(302);

        Document conflict = pages.postShownAgain(mine.post(), isu);

        assertThat(conflict.select(".alert-warning").text()).startsWith("Someone else saved these minutes");
        assertThat(conflict.select(".alert-warning pre").text())
                .isEqualTo("Norway presented the concept note (the Presidency's notes).");
        assertThat(conflict.select("textarea[name=text]").text())
                .isEqualTo("Norway presented the concept note (the ISU's notes).");
        assertThat(conflict.select("h1").text()).isEqualTo("Minutes of item 1.1. Clearance (Norway and Netherlands)");
        assertThat(meetings.itemOf(meeting.id(), clearance.id()).minutesText())
                .isEqualTo("Norway presented the concept note (the Presidency's notes).");
    }

    @Test
    void theMergedTextSavedFromTheConflictPageKeepsBothContributions() throws Exception {
        HtmlForm theirs = HtmlForm.on(pages.html(minutesPath(clearance), president), minutesPath(clearance))
                .set("text", "Theirs.");
        HtmlForm mine = HtmlForm.on(pages.html(minutesPath(clearance), isu), minutesPath(clearance))
                .set("text", "Mine.");
        pages.post(theirs.post(), president);
        Document conflict = pages.postShownAgain(mine.post(), isu);

        HtmlForm merged = HtmlForm.on(conflict.outerHtml(), minutesPath(clearance)).set("text", "Theirs. Mine.");
        assertThat(pages.post(merged.post(), isu).getResponse().getStatus()).isEqualTo(302);

        assertThat(meetings.itemOf(meeting.id(), clearance.id()).minutesText()).isEqualTo("Theirs. Mine.");
    }

    @Test
    void approvingTheMinutesAtALaterMeetingFreezesThem() throws Exception {
        meetings.minutes.writeMinutes(meeting.id(), clearance.id(), clearance.version(), "As recorded.", isu);
        Meeting later = meetings.workshop(APRIL_9_2019);
        Document agenda = pages.postAndFollow(post("/meetings/" + later.id() + "/agenda")
                .param("title", "Approval of the minutes of 5 March 2019")
                .param("approvesMinutesOf", String.valueOf(meeting.id())), isu);
        AgendaItem approval = meetings.record(later.id()).agenda().get(0);
        assertThat(agenda.select("#item-" + approval.id() + " a[href=/meetings/" + meeting.id() + "]").text())
                .isEqualTo("Approval of the minutes of 5 March 2019");

        Document approved = pages.postAndFollow(approve(later, approval), isu);

        assertThat(MeetingPages.confirmation(approved)).isEqualTo("The minutes are approved.");
        Meeting earlier = meetings.record(meeting.id()).meeting();
        assertThat(earlier.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(earlier.minutesApprovedBy().id()).isEqualTo(later.id());
        Document earlierPage = pages.open("/meetings/" + meeting.id(), isu);
        assertThat(earlierPage.select(".badge:contains(Minutes:)").text()).isEqualTo("Minutes: approved (version 1)");
        assertThat(earlierPage.select("a[href=/meetings/" + later.id() + "]").text())
                .isEqualTo("approved at the meeting of 9 April 2019");
        assertThat(meetings.record(meeting.id()).revisions()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(MinutesRevision.Kind.APPROVED))
                .satisfies(r -> assertThat(r.content()).contains("1.1. Clearance", "As recorded."));
    }

    @Test
    void minutesAreApprovedOnceAndOnlyAtALaterMeeting() throws Exception {
        Meeting later = meetings.workshop(APRIL_9_2019);
        AgendaItem approval = meetings.approvalOf(meeting, later);
        pages.post(approve(later, approval), isu);

        Document again = pages.postAndFollow(approve(later, approval), isu);
        Document backwards = pages.postAndFollow(post("/meetings/" + meeting.id() + "/agenda")
                .param("title", "Approval of the minutes of 9 April 2019")
                .param("approvesMinutesOf", String.valueOf(later.id())), isu);

        assertThat(MeetingPages.refusal(again)).isEqualTo("These minutes are already approved.");
        assertThat(MeetingPages.refusal(backwards))
                .isEqualTo("Minutes are approved at a later meeting of the same body.");
        assertThat(meetings.record(meeting.id()).agenda()).hasSize(2);
        assertThat(meetings.record(meeting.id()).revisions()).hasSize(1);
    }

    @Test
    void minutesAreNotApprovedBeforeTheApprovingMeetingTakesPlace() throws Exception {
        Meeting future = meetings.workshop(meetings.planner.today().plusYears(3));
        AgendaItem approval = meetings.approvalOf(meeting, future);

        Document refused = pages.postAndFollow(approve(future, approval), isu);

        assertThat(MeetingPages.refusal(refused))
                .isEqualTo("Minutes are approved when the meeting that approves them takes place.");
        assertThat(meetings.record(meeting.id()).meeting().minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void approvedMinutesAreNotEditedWithoutTheCorrectionPath() throws Exception {
        meetings.minutes.writeMinutes(meeting.id(), clearance.id(), clearance.version(), "As recorded.", isu);
        approveAtALaterMeeting();
        long version = meetings.itemOf(meeting.id(), clearance.id()).version();

        RuleViolation frozen = catchThrowableOfType(RuleViolation.class, () -> meetings.minutes.writeMinutes(
                meeting.id(), clearance.id(), version, "Rewritten.", isu));
        Document withoutReason = pages.postShownAgain(post(minutesPath(clearance))
                .param("version", String.valueOf(version)).param("text", "Rewritten."), isu);

        assertThat(frozen.messageCode()).isEqualTo("minutes.frozen");
        assertThat(withoutReason.select(".alert-danger").text())
                .isEqualTo("Say why the approved minutes are corrected.");
        assertThat(withoutReason.select("textarea[name=text]").text()).isEqualTo("Rewritten.");
        assertThat(meetings.itemOf(meeting.id(), clearance.id()).minutesText()).isEqualTo("As recorded.");
        assertThat(meetings.record(meeting.id()).revisions()).hasSize(1);
    }

    @Test
    void anItemAddedToTheAgendaOfApprovedMinutesIsRefusedAndTheMinutesStayAsApproved() throws Exception {
        approveAtALaterMeeting();
        String approved = meetings.minutes.text(meetings.record(meeting.id()).meeting());

        Document page = pages.postAndFollow(post("/meetings/" + meeting.id() + "/agenda")
                .param("title", "Any other business"), isu);

        assertThat(MeetingPages.refusal(page))
                .isEqualTo("These minutes are approved: they can only be corrected, with a reason.");
        assertThat(meetings.record(meeting.id()).agenda()).extracting(AgendaItem::title)
                .containsExactly("Thematic work", "Clearance (Norway and Netherlands)");
        assertThat(meetings.minutes.text(meetings.record(meeting.id()).meeting())).isEqualTo(approved);
    }

    @Test
    void aCorrectionOfApprovedMinutesIsANewVersionWithWhoAndWhy() throws Exception {
        meetings.minutes.writeMinutes(meeting.id(), clearance.id(), clearance.version(), "Norway presented.", isu);
        approveAtALaterMeeting();
        Document form = pages.open(minutesPath(clearance), isu);
        assertThat(form.select(".alert-info").text()).startsWith("These minutes are approved and frozen.");

        HtmlForm correction = HtmlForm.on(form.outerHtml(), minutesPath(clearance))
                .set("text", "Norway and the Netherlands presented.")
                .set("reason", "The Netherlands co-presented, as Norway pointed out.");
        assertThat(pages.post(correction.post(), isu).getResponse().getStatus()).isEqualTo(302);

        assertThat(meetings.itemOf(meeting.id(), clearance.id()).minutesText())
                .isEqualTo("Norway and the Netherlands presented.");
        assertThat(meetings.record(meeting.id()).revisions()).first().satisfies(r -> {
            assertThat(r.revision()).isEqualTo(2);
            assertThat(r.kind()).isEqualTo(MinutesRevision.Kind.CORRECTED);
            assertThat(r.author()).isEqualTo("isu");
            assertThat(r.reason()).isEqualTo("The Netherlands co-presented, as Norway pointed out.");
            assertThat(r.content()).contains("Norway and the Netherlands presented.");
        });
        Document page = pages.open("/meetings/" + meeting.id(), isu);
        assertThat(page.select("section[aria-labelledby=history-heading] summary").eachText())
                .anyMatch(s -> s.startsWith("Version 2: corrected by isu"))
                .anyMatch(s -> s.startsWith("Version 1: approved by isu"));
        assertThat(page.select("section[aria-labelledby=history-heading]").text())
                .contains("Why this correction: The Netherlands co-presented, as Norway pointed out.");
        assertThat(meetings.record(meeting.id()).meeting().minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
    }

    private void approveAtALaterMeeting() {
        Meeting later = meetings.workshop(APRIL_9_2019);
        meetings.minutes.approve(later.id(), meetings.approvalOf(meeting, later).id(), isu);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder approve(Meeting later,
            AgendaItem approval) {
        return post("/meetings/" + later.id() + "/agenda/" + approval.id() + "/approve");
    }

    private String minutesPath(AgendaItem item) {
        return "/meetings/" + meeting.id() + "/agenda/" + item.id() + "/minutes";
    }
}
