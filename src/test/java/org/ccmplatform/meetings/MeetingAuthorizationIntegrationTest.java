package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.meetings.TestMeetings.DECEMBER_7_2016;
import static org.ccmplatform.meetings.TestMeetings.NOVEMBER_4_2016;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page, form and API address of the meetings module, for the Coordination Committee meeting of 4 November 2016
 * (read by its participants only), against four visitors: anonymous, a non-participant (lebanon), a participant who
 * does not run it (coordinator, Italy, a member) and one who does (president, Germany, the chair). Each row runs in a
 * transaction that is rolled back, so the forms that the chair may use change nothing for the other tests.
 *
 * <p>Outcomes: a status, "login" (sent to sign in), "saved:key" or "refused:key" (the form did its action, or
 * refused it for a reason of the domain, and went back to the page with that message).
 */
@IntegrationTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingAuthorizationIntegrationTest {

    static final String ANONYMOUS = "anonymous";
    static final String STRANGER = "lebanon";
    static final String PARTICIPANT = "coordinator";
    static final String RUNNER = "president";

    /** The forms of a meeting that only those who run it use, each with the input the chair's action takes. */
    static final List<String[]> RUNNING_FORMS = List.of(
        new String[] {"/meetings/{m}/edit?body=COORDINATION_COMMITTEE&title=CC-meeting&startDate=2016-11-04"
            + "&startTime=10:00&endDate=2016-11-04&endTime=11:30&timeZone=Europe/Zurich&place=Geneva&languages=EN"
            + "&version={version}", "saved:meeting.saved"},
        new String[] {"/meetings/{m}/status?status=HELD", "saved:meeting.statusSaved"},
        new String[] {"/meetings/{m}/next?nextMeetingId={december}", "saved:meeting.nextSaved"},
        new String[] {"/meetings/{m}/agenda?title=Other-business", "saved:agenda.saved"},
        new String[] {"/meetings/{m}/agenda/{item8}/minutes?version={item8version}&text=Noted.", "saved:minutes.saved"},
        new String[] {"/meetings/{m}/agenda/{item3}/approve", "refused:minutes.alreadyApproved"},
        new String[] {"/meetings/{m}/decisions?text=Noted.", "saved:decision.saved"},
        new String[] {"/meetings/{m}/circulate", "refused:mail.noRecipients"},
        new String[] {"/meetings/{m}/delegations?stateIso3=LBN&role=OBSERVER", "saved:delegation.saved"},
        new String[] {"/meetings/{m}/delegations/{italy}/role?role=OBSERVER", "saved:delegation.saved"},
        new String[] {"/meetings/{m}/delegations/{italy}/withdraw", "saved:delegation.withdrawn"},
        new String[] {"/meetings/{m}/delegations/{italy}/people?fullName=Someone", "saved:participant.saved"},
        new String[] {"/meetings/{m}/people/{cattaneo}/attendance?attendance=APOLOGISED", "saved:participant.saved"},
        new String[] {"/meetings/{m}/people/{cattaneo}/remove", "saved:participant.removed"},
        new String[] {"/meetings/{m}/action-points?text=Write.&ownerStateIso3=ITA&dueDate=2016-12-07",
            "saved:actionPoint.saved"});

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMeetings meetings;
    Map<String, String> ids;

    @BeforeAll
    void lookUpTheDemoMeeting() {
        meetings = new TestMeetings(context);
        Meeting november = meetings.committeeMeetingOn(NOVEMBER_4_2016);
        MeetingRecord record = meetings.record(november.id());
        Delegation italy = record.delegations().stream()
                .filter(d -> d.state() != null && d.state().iso3().equals("ITA")).findFirst().orElseThrow();
        AgendaItem item8 = record.agendaInOrder().get(15);
        ids = Map.of("{m}", String.valueOf(november.id()), "{version}", String.valueOf(november.version()),
                "{december}", String.valueOf(meetings.committeeMeetingOn(DECEMBER_7_2016).id()),
                "{item3}", String.valueOf(record.agendaInOrder().get(2).id()),
                "{item8}", String.valueOf(item8.id()), "{item8version}", String.valueOf(item8.version()),
                "{italy}", String.valueOf(italy.id()),
                "{cattaneo}", String.valueOf(record.participantsOf(italy).get(0).id()),
                "{italysActionPoint}", String.valueOf(record.actionPoints().get(0).id()));
        assertThat(item8.number()).isEqualTo("8");
        assertThat(record.actionPoints().get(0).ownerState().iso3()).isEqualTo("ITA");
    }

    static Stream<Arguments> readingTheMeeting() {
        return Stream.of("/meetings/{m}", "/meetings/{m}/minutes.pdf", "/meetings/{m}/invitation.ics",
                "/api/v1/meetings/{m}").flatMap(path -> Stream.of(
                        Arguments.of(path, ANONYMOUS, "404"), Arguments.of(path, STRANGER, "404"),
                        Arguments.of(path, "gichd", "404"), Arguments.of(path, PARTICIPANT, "200"),
                        Arguments.of(path, "observer", "200"), Arguments.of(path, RUNNER, "200"),
                        Arguments.of(path, "isu", "200")));
    }

    @ParameterizedTest(name = "GET {0} as {1}: {2}")
    @MethodSource("readingTheMeeting")
    void theMeetingIsReadByItsParticipantsAndHiddenFromEveryoneElse(String path, String who, String expected)
            throws Exception {
        assertOutcome(get(resolve(path)), who, expected);
    }

    static Stream<Arguments> runningPages() {
        return Stream.of("/meetings/{m}/edit", "/meetings/{m}/agenda/{item8}/minutes").flatMap(path -> Stream.of(
                Arguments.of(path, ANONYMOUS, "login"), Arguments.of(path, STRANGER, "404"),
                Arguments.of(path, PARTICIPANT, "403"), Arguments.of(path, "observer", "403"),
                Arguments.of(path, RUNNER, "200"), Arguments.of(path, "isu", "200")));
    }

    @ParameterizedTest(name = "GET {0} as {1}: {2}")
    @MethodSource("runningPages")
    void theFormsOfTheMeetingOpenForThoseWhoRunIt(String path, String who, String expected) throws Exception {
        assertOutcome(get(resolve(path)), who, expected);
    }

    static Stream<Arguments> runningForms() {
        return RUNNING_FORMS.stream().flatMap(form -> Stream.of(
                Arguments.of(form[0], ANONYMOUS, "login"), Arguments.of(form[0], STRANGER, "404"),
                Arguments.of(form[0], PARTICIPANT, "403"), Arguments.of(form[0], RUNNER, form[1]),
                Arguments.of(form[0], "isu", form[1])));
    }

    @ParameterizedTest(name = "POST {0} as {1}: {2}")
    @MethodSource("runningForms")
    void onlyThoseWhoRunTheMeetingUseItsForms(String path, String who, String expected) throws Exception {
        assertOutcome(post(resolve(path)), who, expected);
    }

    static Stream<Arguments> actionPointOfItaly() {
        String page = "/action-points/{italysActionPoint}";
        String update = "POST " + page + "/updates?status=IN_PROGRESS&note=Drafting.";
        return Stream.of(Arguments.of(page, ANONYMOUS, "login"), Arguments.of(page, STRANGER, "404"),
                Arguments.of(page, "norway", "200"), Arguments.of(page, PARTICIPANT, "200"),
                Arguments.of(page, RUNNER, "200"),
                Arguments.of(update, ANONYMOUS, "login"), Arguments.of(update, STRANGER, "404"),
                Arguments.of(update, "norway", "403"), Arguments.of(update, PARTICIPANT, "saved:actionPoint.updated"),
                Arguments.of(update, RUNNER, "saved:actionPoint.updated"));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("actionPointOfItaly")
    void anActionPointIsReadLikeItsMeetingAndUpdatedByItsOwnerAndItsRunners(String request, String who,
            String expected) throws Exception {
        boolean posting = request.startsWith("POST ");
        String path = resolve(request.replaceFirst("^POST ", ""));
        assertOutcome(posting ? post(path) : get(path), who, expected);
    }

    static Stream<Arguments> planning() {
        String form = "/meetings/new?body=WORKSHOP&title=Workshop&startDate=2031-05-06&startTime=10:00"
                + "&endDate=2031-05-06&endTime=12:00&timeZone=Europe/Zurich&place=Geneva&languages=EN";
        return Stream.of(Arguments.of("GET", "/meetings/new", ANONYMOUS, "login"),
                Arguments.of("GET", "/meetings/new", STRANGER, "403"),
                Arguments.of("GET", "/meetings/new", PARTICIPANT, "403"),
                Arguments.of("GET", "/meetings/new", RUNNER, "200"), Arguments.of("GET", "/meetings/new", "isu", "200"),
                Arguments.of("POST", form, ANONYMOUS, "login"), Arguments.of("POST", form, STRANGER, "403"),
                Arguments.of("POST", form, PARTICIPANT, "403"),
                Arguments.of("POST", "/meetings/new?body=WORKSHOP&title=", STRANGER, "403"),
                Arguments.of("POST", form, RUNNER, "saved:meeting.saved"),
                Arguments.of("POST", form, "isu", "saved:meeting.saved"));
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource("planning")
    void onlyTheIsuAndThePresidencyPlanMeetings(String method, String path, String who, String expected)
            throws Exception {
        assertOutcome(method.equals("GET") ? get(path) : post(path), who, expected);
    }

    static Stream<Arguments> lists() {
        return Stream.of(ANONYMOUS, STRANGER, PARTICIPANT, RUNNER).flatMap(who -> Stream.of(
                Arguments.of("/meetings", who, "200"), Arguments.of("/api/v1/meetings", who, "200"),
                Arguments.of("/action-points/mine", who, who.equals(ANONYMOUS) ? "login" : "200"),
                Arguments.of("/api/v1/action-points", who, who.equals(ANONYMOUS) ? "401" : "200")));
    }

    @ParameterizedTest(name = "GET {0} as {1}: {2}")
    @MethodSource("lists")
    void theListsOfMeetingsArePublicAndActionPointsNeedASignedInPerson(String path, String who, String expected)
            throws Exception {
        assertOutcome(get(path), who, expected);
    }

    private void assertOutcome(MockHttpServletRequestBuilder request, String who, String expected) throws Exception {
        if (!who.equals(ANONYMOUS)) {
            request.with(user(meetings.user(who)));
        }
        MvcResult result = mvc.perform(request.with(csrf())).andReturn();
        MockHttpServletResponse response = result.getResponse();
        if (expected.equals("login")) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        } else if (expected.contains(":")) {
            String[] outcome = expected.split(":");
            assertThat(response.getStatus()).as("status").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).doesNotEndWith("/login");
            assertThat(result.getFlashMap().get(outcome[0])).as(outcome[0]).isEqualTo(outcome[1]);
        } else {
            assertThat(response.getStatus()).isEqualTo(Integer.parseInt(expected));
        }
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }
}
