package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.meetings.Delegation;
import org.ccmplatform.meetings.DelegationRole;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingRecord;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coalition's meeting, planned from the coalition and run through the meetings module: every member invited in its
 * role, read by the participants only, run by the national authority, the facilitator and the secretariat alone.
 */
@IntegrationTest
@Transactional
class CoalitionMeetingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    CoalitionMeetings links;

    @Autowired
    MeetingPlanner planner;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    StateRegister states;

    @Autowired
    AccountService accounts;

    TestCoalitions coalitions;
    Coalition coalition;
    String swedishDonor;

    @BeforeEach
    void createOwnCoalitionWithADonorAndAnObserver() {
        coalitions = new TestCoalitions(register, organisations, users);
        coalition = coalitions.create("Meetings test coalition");
        coalitions.member(coalition, "SWE", null, CoalitionRole.DONOR);
        coalitions.member(coalition, null, TestCoalitions.HI, CoalitionRole.OBSERVER);
        swedishDonor = MemberAccounts.actingFor(accounts, "swedish-donor", "Swedish donor (test)", Role.DONOR,
                states.get("SWE").id(), null).username();
    }

    @ParameterizedTest(name = "{0} plans a coalition meeting")
    @ValueSource(strings = {"lebanon", "gichd", "undp"})
    void theNationalAuthorityTheFacilitatorAndTheSecretariatPlanAMeetingForParticipantsOnly(String username)
            throws Exception {
        plan(username, "COALITION_MEETING").andExpect(flash().attribute("saved", "meeting.saved"));

        MeetingRecord meeting = planner.record(plannedMeeting(), coalitions.user("isu"));
        assertThat(meeting.meeting().body()).isEqualTo(MeetingBody.COALITION_MEETING);
        assertThat(meeting.meeting().visibility()).isEqualTo(MeetingVisibility.PARTICIPANTS);
    }

    @Test
    void everyMemberIsInvitedInItsRoleAndTheNationalAuthorityChairs() throws Exception {
        plan("lebanon", "TECHNICAL_WORKING_GROUP").andExpect(flash().attribute("saved", "meeting.saved"));

        Map<String, DelegationRole> delegations = planner.record(plannedMeeting(), coalitions.user("isu"))
                .delegations().stream().collect(Collectors.toMap(d -> d.name(Locale.ENGLISH), Delegation::role));
        assertThat(delegations).containsExactlyInAnyOrderEntriesOf(Map.of(
                TestCoalitions.LMAC, DelegationRole.CHAIR,
                "Norway", DelegationRole.MEMBER,
                TestCoalitions.GICHD, DelegationRole.FACILITATOR,
                TestCoalitions.UNDP, DelegationRole.SECRETARIAT,
                TestCoalitions.NPA, DelegationRole.MEMBER,
                "Sweden", DelegationRole.MEMBER,
                TestCoalitions.HI, DelegationRole.OBSERVER));
    }

    @ParameterizedTest(name = "{0} may not plan a coalition meeting")
    @ValueSource(strings = {"norway", "npa", "isu", "observer", "president"})
    void theChampionTheOperatorsTheIsuAndOthersDoNotPlanTheCoalitionsMeetings(String username) throws Exception {
        mvc.perform(planning(username, "COALITION_MEETING")).andExpect(status().isForbidden());

        assertThat(links.meetingIdsOf(coalition.id())).isEmpty();
    }

    @Test
    void aCoalitionHoldsNoOtherKindOfMeeting() throws Exception {
        plan("lebanon", "WORKSHOP").andExpect(flash().attribute("refused", "coalition.meeting.body"));

        assertThat(links.meetingIdsOf(coalition.id())).isEmpty();
    }

    @Test
    void aMeetingWithoutADayIsRefused() throws Exception {
        mvc.perform(post("/coalitions/{id}/meetings", coalition.id()).param("body", "COALITION_MEETING")
                        .param("title", "Forum").param("place", "Baghdad").param("startTime", "10:00")
                        .param("endTime", "12:00").with(user(load("gichd"))).with(csrf()))
                .andExpect(flash().attribute("refused", "coalition.meeting.when"));

        assertThat(links.meetingIdsOf(coalition.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0} runs the agenda and the minutes")
    @ValueSource(strings = {"lebanon", "gichd", "undp"})
    void theNationalAuthorityTheFacilitatorAndTheSecretariatRunTheAgendaAndMinutes(String username)
            throws Exception {
        long meeting = plannedBy("lebanon");

        mvc.perform(post("/meetings/{id}/agenda", meeting).param("title", "Progress of clearance")
                        .with(user(load(username))).with(csrf()))
                .andExpect(flash().attribute("saved", "agenda.saved"));
        long item = planner.record(meeting, coalitions.user(username)).agenda().get(0).id();
        mvc.perform(get("/meetings/{m}/agenda/{i}/minutes", meeting, item).with(user(load(username))))
                .andExpect(status().isOk());
        assertThat(planner.mayRun(meeting, coalitions.user(username))).isTrue();
    }

    @ParameterizedTest(name = "{0} reads the meeting but does not run it")
    @ValueSource(strings = {"norway", "npa", "isu"})
    void theChampionTheOperatorsAndTheIsuDoNotRunACoalitionsMeeting(String username) throws Exception {
        long meeting = plannedBy("undp");

        mvc.perform(post("/meetings/{id}/agenda", meeting).param("title", "An item of their own")
                        .with(user(load(username))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/status", meeting).param("status", "CANCELLED")
                        .with(user(load(username))).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(planner.record(meeting, coalitions.user("isu")).agenda()).isEmpty();
        assertThat(planner.mayRun(meeting, coalitions.user(username))).isFalse();
    }

    @Test
    void aDonorMemberReadsTheMeeting() throws Exception {
        long meeting = plannedBy("gichd");

        String page = mvc.perform(get("/meetings/{id}", meeting).with(user(load(swedishDonor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Coalition meeting planned by a test");
    }

    @ParameterizedTest(name = "{0} does not find the meeting")
    @ValueSource(strings = {"observer", "laos", "coordinator", "anonymous"})
    void aNonMemberDoesNotFindTheMeeting(String username) throws Exception {
        long meeting = plannedBy("lebanon");

        var request = get("/meetings/{id}", meeting);
        if (!username.equals("anonymous")) {
            request.with(user(load(username)));
        }
        mvc.perform(request).andExpect(status().isNotFound());
        var api = get("/api/v1/meetings/{id}", meeting);
        if (!username.equals("anonymous")) {
            api.with(user(load(username)));
        }
        mvc.perform(api).andExpect(status().isNotFound());
    }

    private long plannedBy(String username) throws Exception {
        plan(username, "COALITION_MEETING").andExpect(flash().attribute("saved", "meeting.saved"));
        return plannedMeeting();
    }

    private long plannedMeeting() {
        assertThat(links.meetingIdsOf(coalition.id())).hasSize(1);
        return links.meetingIdsOf(coalition.id()).get(0);
    }

    private ResultActions plan(String username, String body) throws Exception {
        return mvc.perform(planning(username, body));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder planning(String username,
            String body) {
        return post("/coalitions/{id}/meetings", coalition.id()).param("body", body)
                .param("title", "Coalition meeting planned by a test").param("day", "2027-03-10")
                .param("startTime", "10:00").param("endTime", "13:00").param("timeZone", "Asia/Baghdad")
                .param("place", "Baghdad").param("languages", "EN").with(user(load(username))).with(csrf());
    }

    private UserDetails load(String username) {
        return users.loadUserByUsername(username);
    }
}
