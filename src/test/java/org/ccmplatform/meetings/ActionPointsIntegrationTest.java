package org.ccmplatform.meetings;

import org.ccmplatform.HtmlForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Action points of a workshop of this test's own (Norway and Italy members, the ISU secretariat): given on the
 * meeting's page, followed up by their owner, listed in "my action points" and by the API. The workshop is in 2011,
 * so that its action points come first in lists ordered by due date, whatever other tests add.
 */
@IntegrationTest
class ActionPointsIntegrationTest {

    static final LocalDate MEETING_DAY = LocalDate.of(2011, 3, 5);
    static final LocalDate DUE = LocalDate.of(2011, 4, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();

    TestMeetings meetings;
    MeetingPages pages;
    CurrentUser isu;
    CurrentUser norway;
    Meeting meeting;
    String text;

    @BeforeEach
    void aWorkshopWithNorwayAndItaly() {
        meetings = new TestMeetings(context);
        pages = new MeetingPages(mvc);
        isu = meetings.isu;
        norway = meetings.user("norway");
        meeting = meetings.workshop(MEETING_DAY);
        meetings.invite(meeting, "NOR", DelegationRole.MEMBER);
        meetings.invite(meeting, "ITA", DelegationRole.MEMBER);
        text = TestMeetings.unique("Report on the clearance workshop");
    }

    @Test
    void theSecretariatGivesAnActionPointToAState() throws Exception {
        Document page = pages.postAndFollow(give().param("ownerStateIso3", "NOR"), isu);

        assertThat(MeetingPages.confirmation(page)).isEqualTo("The action point is recorded.");
        Element row = page.select("section[aria-labelledby=action-points-heading] tbody tr").first();
        assertThat(row.select("td").eachText()).containsExactly(text, "Norway", "1 Apr 2011", "open overdue");
    }

    @Test
    void anActionPointOwnedByNobodyIsRefusedAndNothingIsRecorded() throws Exception {
        Document page = pages.postAndFollow(give(), isu);

        assertThat(MeetingPages.refusal(page))
                .isEqualTo("Give the action point an owner: a State, an organisation or a person.");
        assertThat(meetings.record(meeting.id()).actionPoints()).isEmpty();
    }

    @Test
    void anActionPointWithTwoOwnersOrDueBeforeTheMeetingIsRefused() throws Exception {
        Document twoOwners = pages.postAndFollow(give().param("ownerStateIso3", "NOR")
                .param("ownerUserId", String.valueOf(norway.id())), isu);
        Document tooEarly = pages.postAndFollow(give(MEETING_DAY.minusDays(1)).param("ownerStateIso3", "NOR"), isu);

        assertThat(MeetingPages.refusal(twoOwners)).isEqualTo("Choose one owner only.");
        assertThat(MeetingPages.refusal(tooEarly)).isEqualTo("The due date cannot come before the meeting.");
        assertThat(meetings.record(meeting.id()).actionPoints()).isEmpty();
    }

    @Test
    void theOwnerPostsDatedUpdatesThatMakeItsTrail() throws Exception {
        ActionPoint point = meetings.actionPoint(meeting, "NOR", text, DUE);

        pages.post(update(point, "IN_PROGRESS", "Report drafted."), norway);
        Document page = pages.postAndFollow(update(point, "DONE", "Report sent to the Presidency."), norway);

        assertThat(MeetingPages.confirmation(page)).isEqualTo("The update is posted.");
        String today = meetings.planner.today().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH));
        assertThat(page.select("ol.list-unstyled li").eachText()).containsExactly(
                today + " · in progress · norway Report drafted.",
                today + " · done · norway Report sent to the Presidency.");
        assertThat(page.select("dd").eachText()).contains("done");
        assertThat(page.select(".badge.text-bg-danger")).as("done is never overdue").isEmpty();
    }

    @Test
    void someoneElseCannotUpdateAnActionPoint() throws Exception {
        ActionPoint point = meetings.actionPoint(meeting, "NOR", text, DUE);

        int italy = pages.post(update(point, "DONE", "Italy says so."), meetings.user("coordinator"))
                .getResponse().getStatus();
        int lebanon = pages.post(update(point, "DONE", "Lebanon says so."), meetings.user("lebanon"))
                .getResponse().getStatus();
        Document asItaly = pages.open("/action-points/" + point.id(), meetings.user("coordinator"));

        assertThat(italy).as("a participant who does not own it").isEqualTo(403);
        assertThat(lebanon).as("someone who may not even see it").isEqualTo(404);
        assertThat(asItaly.select("form[action$=/updates]")).isEmpty();
        assertThat(meetings.actionPoints.trailOf(List.of(point))).isEmpty();
        assertThat(meetings.record(meeting.id()).actionPoints().get(0).status()).isEqualTo(ActionPointStatus.OPEN);
    }

    @Test
    void anUpdateFromAStaleFormIsRefused() throws Exception {
        ActionPoint point = meetings.actionPoint(meeting, "NOR", text, DUE);
        HtmlForm stale = HtmlForm.on(pages.html("/action-points/" + point.id(), norway),
                "/action-points/" + point.id() + "/updates").set("status", "DONE").set("note", "Done.");
        pages.post(update(point, "IN_PROGRESS", "The ISU moved it on.").param("version",
                String.valueOf(point.version())), isu);

        Document page = pages.postAndFollow(stale.post(), norway);

        assertThat(MeetingPages.refusal(page)).startsWith("Someone else saved this record after you opened it.");
        assertThat(page.select("ol.list-unstyled li").eachText()).singleElement().asString()
                .contains("The ISU moved it on.");
    }

    @Test
    void myActionPointsListTheOnesOfMyStateAcrossBodiesWithOverdueOnesMarked() throws Exception {
        ActionPoint point = meetings.actionPoint(meeting, "NOR", text, DUE);

        Document mine = pages.open("/action-points/mine", norway);

        Element row = rowOf(mine, text);
        assertThat(row.hasClass("table-danger")).isTrue();
        assertThat(row.select(".badge").text()).isEqualTo("overdue");
        assertThat(row.select("a[href=/meetings/" + meeting.id() + "]")).isNotEmpty();
        assertThat(mine.select("tbody tr td:eq(1)").eachText())
                .anyMatch(t -> t.startsWith("Turn the concept note into an operational plan")
                        && t.contains("(clearance), and report on the workshop in Lebanon."));
        meetings.actionPoints.update(point.id(), null, ActionPointStatus.DONE, "Sent.", norway);
        assertThat(pages.open("/action-points/mine", norway).text()).doesNotContain(text);
        assertThat(rowOf(pages.open("/action-points/mine?all=true", norway), text).select(".badge")).isEmpty();
    }

    @Test
    void aPersonSeesTheActionPointsGivenToThemEvenInAMeetingTheyDoNotAttend() throws Exception {
        CurrentUser npa = meetings.user("npa");
        ActionPoint point = meetings.actionPoints.assign(meeting.id(), null, text,
                meetings.actionPoints.owner(null, null, npa.id()), DUE, isu);

        assertThat(rowOf(pages.open("/action-points/mine", npa), text).text()).contains("overdue");
        assertThat(pages.open("/action-points/" + point.id(), npa).select("form[action$=/updates]")).isNotEmpty();
        assertThat(pages.post(update(point, "IN_PROGRESS", "Started."), npa).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get("/meetings/" + meeting.id()).with(user(npa))).andReturn().getResponse()
                .getStatus()).as("the meeting itself stays hidden").isEqualTo(404);
    }

    @Test
    void theApiListsAStatesActionPointsByStatusInMeetingsTheReaderMaySee() throws Exception {
        ActionPoint point = meetings.actionPoint(meeting, "NOR", text, DUE);

        JsonNode open = api("/api/v1/action-points?owner=NOR&status=OPEN&size=200", isu);
        assertThat(open.get("content")).anySatisfy(a -> {
            assertThat(a.get("id").asLong()).isEqualTo(point.id());
            assertThat(a.get("ownerStateIso3").asString()).isEqualTo("NOR");
            assertThat(a.get("owner").asString()).isEqualTo("Norway");
            assertThat(a.get("dueDate").asString()).isEqualTo("2011-04-01");
            assertThat(a.get("overdue").asBoolean()).isTrue();
        });
        assertThat(ids(api("/api/v1/action-points?owner=me&size=200", norway))).contains(point.id());
        assertThat(ids(api("/api/v1/action-points?owner=NOR&size=200", meetings.user("lebanon"))))
                .as("not in a meeting Lebanon attends").doesNotContain(point.id());
        meetings.actionPoints.update(point.id(), null, ActionPointStatus.IN_PROGRESS, null, norway);
        assertThat(ids(api("/api/v1/action-points?owner=NOR&status=OPEN&size=200", isu))).doesNotContain(point.id());
        assertThat(ids(api("/api/v1/action-points?owner=NOR&status=in_progress&size=200", isu)))
                .contains(point.id());
    }

    @Test
    void theApiRefusesAnUnknownStatusOrOwnerWithAProblem() throws Exception {
        MockHttpServletResponse status = mvc.perform(get("/api/v1/action-points?status=FINISHED").with(user(isu)))
                .andReturn().getResponse();
        MockHttpServletResponse owner = mvc.perform(get("/api/v1/action-points?owner=XXX").with(user(isu)))
                .andReturn().getResponse();

        assertThat(status.getStatus()).isEqualTo(400);
        assertThat(status.getContentType()).startsWith("application/problem+json");
        assertThat(owner.getStatus()).isEqualTo(400);
    }

    private MockHttpServletRequestBuilder give() {
        return give(DUE);
    }

    private MockHttpServletRequestBuilder give(LocalDate due) {
        return post("/meetings/" + meeting.id() + "/action-points").param("text", text)
                .param("dueDate", due.toString());
    }

    private static MockHttpServletRequestBuilder update(ActionPoint point, String status, String note) {
        return post("/action-points/" + point.id() + "/updates").param("status", status).param("note", note);
    }

    private static Element rowOf(Document page, String text) {
        return page.select("tbody tr").stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + text));
    }

    private JsonNode api(String path, CurrentUser reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(reader))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("content").spliterator(), false).map(a -> a.get("id").asLong())
                .toList();
    }
}
