package org.ccmplatform.meetings;

import org.ccmplatform.HtmlForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Planning a meeting and changing it through its form: what is refused is said next to the field and nothing is
 * stored; a form opened before someone else's save is refused without overwriting it.
 */
@IntegrationTest
class MeetingFormIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2031, 5, 6);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMeetings meetings;
    MeetingPages pages;
    CurrentUser isu;
    String title;

    @BeforeEach
    void signIn() {
        meetings = new TestMeetings(context);
        pages = new MeetingPages(mvc);
        isu = meetings.isu;
        title = TestMeetings.unique("Intersessional meeting");
    }

    @Test
    void theIsuPlansAMeetingThroughTheForm() throws Exception {
        MvcResult saved = pages.post(newMeeting().post(), isu);

        Meeting planned = theOnePlanned();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + planned.id());
        assertThat(planned.startsAt()).isEqualTo(DAY.atTime(10, 0));
        assertThat(planned.zone().getId()).isEqualTo("Europe/Zurich");
        assertThat(planned.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(pages.open("/meetings/" + planned.id(), isu).select("h1").text()).isEqualTo(title);
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedNextToItsEndAndNotCreated() throws Exception {
        Document form = pages.postShownAgain(newMeeting().set("endTime", "09:00").post(), isu);

        assertThat(form.select("#endDate-error, #endTime-error").text())
                .isEqualTo("A meeting cannot end before it starts.");
        assertThat(planned()).isEmpty();
    }

    @Test
    void anUnknownTimeZoneIsRefusedNextToIt() throws Exception {
        Document form = pages.postShownAgain(newMeeting().set("timeZone", "Mars/Olympus_Mons").post(), isu);

        assertThat(form.select("#timeZone-error").text())
                .isEqualTo("“Mars/Olympus_Mons” is not a time zone (for example Europe/Zurich).");
        assertThat(planned()).isEmpty();
    }

    @Test
    void htmlInTheTitleIsRefusedAndNotEchoedAsMarkup() throws Exception {
        title = "<img src=x onerror=alert(1)>" + title;

        Document form = pages.postShownAgain(newMeeting().post(), isu);

        assertThat(form.select("#title-error").text()).isEqualTo("Plain text only: no HTML or script.");
        assertThat(form.select("img[onerror]")).isEmpty();
        assertThat(planned()).isEmpty();
    }

    @Test
    void aMeetingWithoutPlaceOrLanguageIsRefusedNextToEach() throws Exception {
        Document noPlace = pages.postShownAgain(newMeeting().set("place", "").post(), isu);
        Document noLanguage = pages.postShownAgain(newMeeting().without("languages").post(), isu);

        assertThat(noPlace.select("#place-error").text()).isEqualTo("Give a place, or say the meeting is online.");
        assertThat(noLanguage.select("#languages-error").text()).isEqualTo("Choose at least one language.");
        assertThat(planned()).isEmpty();
    }

    @Test
    void aFormOpenedBeforeSomeoneElsesSaveIsAConflictAndTheirChangeStays() throws Exception {
        Meeting meeting = meetings.plan(MeetingBody.WORKSHOP, title, DAY.atTime(10, 0), DAY.atTime(12, 0));
        meetings.invite(meeting, "DEU", DelegationRole.CHAIR);
        String edit = "/meetings/" + meeting.id() + "/edit";
        HtmlForm theirs = HtmlForm.on(pages.html(edit, isu), edit).set("title", title + " (theirs)");
        HtmlForm mine = HtmlForm.on(pages.html(edit, meetings.user("president")), edit).set("title", title + " (mine)");
        assertThat(pages.post(theirs.post(), isu).getResponse().getStatus()).isEqualTo(302);

        Document refused = pages.postShownAgain(mine.post(), meetings.user("president"));

        assertThat(refused.select(".alert-danger").text())
                .startsWith("Someone else saved this record after you opened it.");
        assertThat(meetings.record(meeting.id()).meeting().title()).isEqualTo(title + " (theirs)");
    }

    @Test
    void aMeetingIsNotMovedAfterItsNextMeeting() throws Exception {
        Meeting meeting = meetings.plan(MeetingBody.WORKSHOP, title, DAY.atTime(10, 0), DAY.atTime(12, 0));
        Meeting next = meetings.plan(MeetingBody.WORKSHOP, title + " (next)", DAY.plusDays(30).atTime(10, 0),
                DAY.plusDays(30).atTime(12, 0));
        meetings.planner.followedBy(meeting.id(), next.id(), isu);
        String edit = "/meetings/" + meeting.id() + "/edit";

        Document refused = pages.postShownAgain(HtmlForm.on(pages.html(edit, isu), edit)
                .set("startDate", DAY.plusDays(60).toString()).set("endDate", DAY.plusDays(60).toString()).post(), isu);

        assertThat(refused.select(".alert-danger, .invalid-feedback").text())
                .contains("The next meeting must come after this one.");
        assertThat(meetings.record(meeting.id()).meeting().day()).isEqualTo(DAY);
    }

    @Test
    void theBodyOfAMeetingDoesNotChange() throws Exception {
        Meeting meeting = meetings.plan(MeetingBody.WORKSHOP, title, DAY.atTime(10, 0), DAY.atTime(12, 0));
        String edit = "/meetings/" + meeting.id() + "/edit";

        Document refused = pages.postShownAgain(HtmlForm.on(pages.html(edit, isu), edit)
                .set("body", "MEETING_OF_STATES_PARTIES").post(), isu);

        assertThat(refused.select("#body-error").text()).isEqualTo("The body of a meeting does not change.");
        assertThat(meetings.record(meeting.id()).meeting().body()).isEqualTo(MeetingBody.WORKSHOP);
    }

    @Test
    void theNextMeetingIsALaterMeetingOfTheSameBody() throws Exception {
        Meeting meeting = meetings.plan(MeetingBody.WORKSHOP, title, DAY.atTime(10, 0), DAY.atTime(12, 0));
        Meeting earlier = meetings.plan(MeetingBody.WORKSHOP, title + " (earlier)", DAY.minusDays(30).atTime(10, 0),
                DAY.minusDays(30).atTime(12, 0));
        Meeting otherBody = meetings.plan(MeetingBody.INTERSESSIONAL_MEETING, title + " (intersessional)",
                DAY.plusDays(30).atTime(10, 0), DAY.plusDays(30).atTime(12, 0));

        Document notLater = pages.postAndFollow(next(meeting, earlier), isu);
        Document notSameBody = pages.postAndFollow(next(meeting, otherBody), isu);

        assertThat(MeetingPages.refusal(notLater)).isEqualTo("The next meeting must come after this one.");
        assertThat(MeetingPages.refusal(notSameBody))
                .isEqualTo("The next meeting must be a meeting of the same body.");
        assertThat(meetings.record(meeting.id()).meeting().nextMeeting()).isNull();
    }

    @Test
    void theNextMeetingIsChangedToOneFurtherOnInTheSeries() throws Exception {
        Meeting first = meetings.plan(MeetingBody.WORKSHOP, title, DAY.atTime(10, 0), DAY.atTime(12, 0));
        Meeting second = meetings.plan(MeetingBody.WORKSHOP, title + " (2)", DAY.plusDays(30).atTime(10, 0),
                DAY.plusDays(30).atTime(12, 0));
        Meeting third = meetings.plan(MeetingBody.WORKSHOP, title + " (3)", DAY.plusDays(60).atTime(10, 0),
                DAY.plusDays(60).atTime(12, 0));
        meetings.planner.followedBy(first.id(), second.id(), isu);
        meetings.planner.followedBy(second.id(), third.id(), isu);

        Document page = pages.postAndFollow(next(first, third), isu);

        assertThat(MeetingPages.confirmation(page)).isEqualTo("The next meeting is saved.");
        assertThat(meetings.record(first.id()).meeting().nextMeeting().id()).isEqualTo(third.id());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder next(Meeting meeting,
            Meeting next) {
        return post("/meetings/" + meeting.id() + "/next").param("nextMeetingId", String.valueOf(next.id()));
    }

    /** The planning form as the page shows it, filled in for a workshop in Geneva from 10:00 to 12:00. */
    private HtmlForm newMeeting() throws Exception {
        return HtmlForm.on(pages.html("/meetings/new", isu), "/meetings/new")
                .set("body", "WORKSHOP").set("title", title)
                .set("startDate", DAY.toString()).set("startTime", "10:00")
                .set("endDate", DAY.toString()).set("endTime", "12:00")
                .set("place", "Palais des Nations");
    }

    private List<Meeting> planned() {
        return meetings.planner.list(new MeetingFilter(Set.of(MeetingBody.WORKSHOP), DAY, DAY), isu,
                PageRequest.of(0, 200)).stream().filter(m -> m.title().equals(title)).toList();
    }

    private Meeting theOnePlanned() {
        List<Meeting> planned = planned();
        assertThat(planned).as("meetings titled %s", title).hasSize(1);
        return planned.get(0);
    }
}
