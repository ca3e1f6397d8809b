package org.ccmplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.meetings.TestMeetings.DECEMBER_7_2016;
import static org.ccmplatform.meetings.TestMeetings.NOVEMBER_4_2016;
import static org.ccmplatform.meetings.TestMeetings.SEPTEMBER_27_2016;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Coordination Committee meeting of 4 November 2016 as the demo data holds it, read through its page and through
 * the API by the ISU: attendance, agenda items 1 to 8 with 5.1 to 5.8, decisions, action points, the approval of the
 * minutes of 27 September 2016, and the next meeting on 7 December 2016. Nothing here changes it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinationCommitteeDemoIntegrationTest {

    static final List<String> DELEGATIONS = List.of("Germany", "Australia", "Bosnia and Herzegovina", "Chile",
            "Costa Rica", "Croatia", "France", "Iraq", "Italy", "Mexico", "Netherlands", "New Zealand", "Norway",
            "Switzerland", "Zambia", "Cluster Munition Coalition", "International Committee of the Red Cross",
            "United Nations Office for Disarmament Affairs",
            "Implementation Support Unit of the Convention on Cluster Munitions");

    static final List<String> AGENDA = List.of("1. Present", "2. Opening Remarks by the President",
            "3. Approval of the Minutes of 27 September 2016", "4. Updates from the 7MSP Presidency",
            "5. Presentation of Concept notes by thematic Coordinators of their work up to the 7MSP",
            "5.1. Victim Assistance (Italy and Chile)", "5.2. Universalization (France and Zambia)",
            "5.3. Stockpile Destruction (Croatia and Mexico)",
            "5.4. Clearance and Risk Reduction Education (Norway and Netherlands)",
            "5.5. International Cooperation and Assistance (Iraq and Australia)",
            "5.6. Transparency Measures (Costa Rica)", "5.7. National Implementation Measures (New Zealand)",
            "5.8. Country Coalitions Non paper (Presidency)", "6. Implementation of the ISU-CCM Financial Decision",
            "7. Update from the ISU-CCM", "8. Date of the Next CC Meeting");

    /** The owners of the twelve action points, in the order they were given. */
    static final List<String> OWNER_STATES = java.util.Arrays.asList("ITA", "ZMB", "FRA", "HRV", "NOR", "AUS",
            "CRI", "NZL", "DEU", null, "CHE", "BIH");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();

    TestMeetings meetings;
    Meeting september;
    Meeting november;
    Meeting december;

    @BeforeAll
    void findTheDemoMeetings() {
        meetings = new TestMeetings(context);
        september = meetings.committeeMeetingOn(SEPTEMBER_27_2016);
        november = meetings.committeeMeetingOn(NOVEMBER_4_2016);
        december = meetings.committeeMeetingOn(DECEMBER_7_2016);
    }

    @Test
    void itsPageListsTheNineteenDelegationsAndWhoWasPresent() throws Exception {
        Document page = pageAsIsu("/meetings/" + november.id());

        Element participants = page.selectFirst("section[aria-labelledby=participants-heading]");
        assertThat(participants.select("tbody tr th[scope=row]").eachText()).containsExactlyElementsOf(DELEGATIONS);
        assertThat(participants.selectFirst("p.text-muted").text()).isEqualTo("19 delegations, 23 people present");
        Element bosnia = rowOf(participants, "Bosnia and Herzegovina");
        assertThat(bosnia.text()).contains("Mr. Asim Dorović", "present").contains("Member");
        assertThat(rowOf(participants, "Germany").text())
                .contains("H.E. Michael Biontino", "(7MSP President)", "Chair");
        assertThat(rowOf(participants, "Implementation Support Unit of the Convention on Cluster Munitions").text())
                .contains("Ms. Sheila Mweemba", "Secretariat");
    }

    @Test
    void itsPageShowsAgendaItemsOneToEightWithTheConceptNotesUnderFive() throws Exception {
        Document page = pageAsIsu("/meetings/" + november.id());

        Element agenda = page.selectFirst("section[aria-labelledby=agenda-heading]");
        assertThat(agenda.select("article h3").eachText()).containsExactlyElementsOf(AGENDA);
        assertThat(agenda.select("article.ms-4")).hasSize(8);
        assertThat(agenda.select("li:contains(Decision)").eachText()).containsExactly(
                "Decision: The minutes of 27 September 2016 are approved without comments as a correct record.",
                "Decision: Concept notes are discussed and adapted before their final versions are published on the "
                        + "Convention's website with an executive summary.",
                "Decision: The next meeting is held on Wednesday 7 December 2016, 10:00-11:30, at the Permanent "
                        + "Mission of the Federal Republic of Germany.");
        Element approval = agenda.select("article").get(2);
        assertThat(approval.selectFirst("a").attr("href")).isEqualTo("/meetings/" + september.id());
        assertThat(approval.text()).contains("Approval of the minutes of 27 September 2016", "approved");
    }

    @Test
    void itsPageListsTwelveActionPointsAllOverdueAndTheNextMeeting() throws Exception {
        Document page = pageAsIsu("/meetings/" + november.id());

        Element points = page.selectFirst("section[aria-labelledby=action-points-heading]");
        assertThat(points.select("tbody tr")).hasSize(12);
        assertThat(points.select("tbody tr td:eq(1)").eachText()).containsExactly("Italy", "Zambia", "France",
                "Croatia", "Norway", "Australia", "Costa Rica", "New Zealand", "Germany",
                "ISU-CCM", "Switzerland", "Bosnia and Herzegovina");
        assertThat(points.select("tbody tr").first().text())
                .contains("Turn the concept note into an operational plan", "(5.1)", "7 Dec 2016", "open");
        assertThat(points.select("tr:contains(individual letters)").text())
                .contains("every State Party that has not yet paid", "30 Nov 2016");
        assertThat(points.select(".badge.text-bg-danger").eachText()).hasSize(12).containsOnly("overdue");
        assertThat(page.select("a[href=/meetings/" + december.id() + "]").text())
                .isEqualTo("7 December 2016 — Coordination Committee meeting");
        assertThat(page.selectFirst("section[aria-labelledby=history-heading]").text())
                .contains("Version 1: circulated by isu");
        assertThat(page.select(".badge:contains(Minutes:)").text()).isEqualTo("Minutes: circulated (version 1)");
    }

    @Test
    void theApiGivesTheMeetingWithAgendaParticipantsDecisionsActionPointsAndNextMeeting() throws Exception {
        JsonNode meeting = apiAsIsu("/api/v1/meetings/" + november.id());

        assertThat(meeting.at("/meeting/title").asString()).isEqualTo("Coordination Committee meeting");
        assertThat(meeting.at("/meeting/startsAt").asString()).isEqualTo("2016-11-04T10:00:00+01:00");
        assertThat(meeting.at("/meeting/minutesStatus").asString()).isEqualTo("CIRCULATED");
        assertThat(texts(meeting.get("agendaItems"), "number")).containsExactly("1", "2", "3", "4", "5", "5.1",
                "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "6", "7", "8");
        assertThat(meeting.at("/agendaItems/2/approvesMinutesOf").asLong()).isEqualTo(september.id());
        assertThat(texts(meeting.get("participants"), "delegation")).containsExactlyElementsOf(DELEGATIONS);
        assertThat(meeting.at("/participants/2/people/0/fullName").asString()).isEqualTo("Mr. Asim Dorović");
        assertThat(meeting.at("/participants/2/people/0/attendance").asString()).isEqualTo("PRESENT");
        assertThat(texts(meeting.get("decisions"), "agendaItem")).containsExactly("3", "4", "8");
        assertThat(meeting.get("actionPoints")).hasSize(12);
        assertThat(StreamSupport.stream(meeting.get("actionPoints").spliterator(), false)
                .map(a -> a.get("ownerStateIso3").isNull() ? null : a.get("ownerStateIso3").asString()).toList())
                .containsExactlyElementsOf(OWNER_STATES);
        assertThat(meeting.at("/actionPoints/9/text").asString()).startsWith("Send individual letters");
        assertThat(meeting.at("/actionPoints/9/ownerOrganisationId").asLong()).isEqualTo(meetings.isu.organisationId());
        assertThat(meeting.at("/actionPoints/0/overdue").asBoolean()).isTrue();
        assertThat(meeting.at("/nextMeeting/id").asLong()).isEqualTo(december.id());
        assertThat(meeting.at("/nextMeeting/startsAt").asString()).isEqualTo("2016-12-07T10:00:00+01:00");
    }

    @Test
    void theMinutesOfSeptemberWereApprovedAtItAndDecemberApprovesItsOwn() throws Exception {
        JsonNode earlier = apiAsIsu("/api/v1/meetings/" + september.id());
        JsonNode next = apiAsIsu("/api/v1/meetings/" + december.id());
        Document septemberPage = pageAsIsu("/meetings/" + september.id());

        assertThat(earlier.at("/meeting/minutesStatus").asString()).isEqualTo("APPROVED");
        assertThat(septemberPage.select("a[href=/meetings/" + november.id() + "]").text())
                .isEqualTo("approved at the meeting of 4 November 2016");
        assertThat(next.at("/agendaItems/0/title").asString()).isEqualTo("Approval of the Minutes of 4 November 2016");
        assertThat(next.at("/agendaItems/0/approvesMinutesOf").asLong()).isEqualTo(november.id());
        assertThat(next.at("/meeting/place").asString())
                .isEqualTo("Permanent Mission of the Federal Republic of Germany, Geneva");
    }

    @Test
    void theApiListsItForTheIsuByBodyAndPeriod() throws Exception {
        JsonNode list = apiAsIsu("/api/v1/meetings?body=COORDINATION_COMMITTEE&from=2016-11-01&to=2016-11-30");

        assertThat(texts(list.get("content"), "id")).contains(String.valueOf(november.id()))
                .doesNotContain(String.valueOf(december.id()), String.valueOf(september.id()));
    }

    private static Element rowOf(Element participants, String delegation) {
        return participants.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(delegation)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asString()).toList();
    }

    private Document pageAsIsu(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(meetings.isu))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode apiAsIsu(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user(meetings.isu))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
