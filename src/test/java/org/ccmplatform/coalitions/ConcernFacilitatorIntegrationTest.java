package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.meetings.AgendaItem;
import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.registry.OrganisationDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the facilitator, and only the facilitator of that coalition, does with a concern: put the issue on one of the
 * coalition's meetings in neutral words, or close it. Everyone else finds nothing there.
 */
@IntegrationTest
@Transactional
class ConcernFacilitatorIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Concerns concerns;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingPlanner planner;

    ConcernScenario scenario;

    @BeforeEach
    void aConcernIsRaised() throws Exception {
        scenario = new ConcernScenario(mvc, context).raised();
    }

    @Test
    void theIssueGoesOnTheAgendaUnderItsNeutralTitleWithNothingThatLinksItToTheConcernOrItsAuthor()
            throws Exception {
        scenario.onTheAgenda();

        List<AgendaItem> agenda = planner.record(scenario.meeting, new TestCoalitions(register, organisations, users)
                .user("lebanon")).agenda();
        assertThat(agenda).extracting(AgendaItem::title).containsExactly(scenario.neutralTitle);
        String page = new LeakCheck(mvc, users).read("lebanon", "/meetings/" + scenario.meeting);
        assertThat(Jsoup.parse(page).select("main").text()).contains(scenario.neutralTitle);
        JsonNode api = JsonMapper.builder().build().readTree(read("norway", "/api/v1/meetings/" + scenario.meeting));
        JsonNode item = api.get("agendaItems").get(0);
        assertThat(item.get("title").asString()).isEqualTo(scenario.neutralTitle);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "number", "title", "approvesMinutesOf",
                "minutes");
        for (String seen : List.of(page, api.toString())) {
            assertThat(seen).doesNotContainIgnoringCase("concern").doesNotContain(scenario.secrets());
        }
    }

    @Test
    void theFacilitatorsNoteIsForTheAuthorOfTheConcernOnly() throws Exception {
        mvc.perform(post("/coalitions/{id}/concerns/{c}/close", scenario.coalition.id(), scenario.concern.id())
                        .param("note", "Raised with the authority " + scenario.token + " in private.")
                        .with(user(users.loadUserByUsername("gichd"))).with(csrf()))
                .andExpect(flash().attribute("saved", "concern.closed"));

        assertThat(concern().status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(read(scenario.raiser.username(), "/coalitions/" + scenario.coalition.id()))
                .contains("Raised with the authority " + scenario.token, "closed");
        assertThat(read("lebanon", "/coalitions/" + scenario.coalition.id()))
                .doesNotContain("Raised with the authority");
    }

    @Test
    void theIssueGoesOnlyOnAMeetingOfTheSameCoalition() throws Exception {
        var isu = new TestCoalitions(register, organisations, users).user("isu");
        long forumMeeting = register.view(TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM).id(), isu)
                .meetings().get(0).id();
        int itemsBefore = planner.record(forumMeeting, isu).agenda().size();

        toAgenda("gichd", scenario.coalition.id(), scenario.concern.id(), forumMeeting)
                .andExpect(flash().attribute("refused", "concern.meetingOfCoalition"));

        assertThat(concern().status()).isEqualTo(ConcernStatus.RAISED);
        assertThat(planner.record(forumMeeting, isu).agenda()).hasSize(itemsBefore);
    }

    @ParameterizedTest(name = "{0} finds no concern to put on an agenda or close")
    @ValueSource(strings = {"lebanon", "norway", "undp", "npa", "raiser", "isu", "president", "observer"})
    void nobodyButTheFacilitatorFindsTheFacilitatorsActions(String username) throws Exception {
        String who = username.equals("raiser") ? scenario.raiser.username() : username;

        toAgenda(who, scenario.coalition.id(), scenario.concern.id(), scenario.meeting)
                .andExpect(status().isNotFound());
        mvc.perform(post("/coalitions/{id}/concerns/{c}/close", scenario.coalition.id(), scenario.concern.id())
                        .with(user(users.loadUserByUsername(who))).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(concern().status()).isEqualTo(ConcernStatus.RAISED);
        assertThat(planner.record(scenario.meeting, new TestCoalitions(register, organisations, users).user("isu"))
                .agenda()).isEmpty();
    }

    @Test
    void theFacilitatorFindsNoConcernOfACoalitionTheyDoNotFacilitate() throws Exception {
        TestCoalitions coalitions = new TestCoalitions(register, organisations, users);
        Coalition other = coalitions.withAuthorityOnly("Other facilitator test coalition " + scenario.token);
        coalitions.member(other, null, TestCoalitions.HI, CoalitionRole.FACILITATOR);
        mvc.perform(post("/coalitions/{id}/concerns", other.id()).param("text", "A concern for HI only.")
                        .with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andExpect(flash().attribute("saved", "concern.raised"));
        long othersConcern = jdbc.queryForObject("select id from concern where coalition_id = ?", Long.class,
                other.id());

        toAgenda("gichd", other.id(), othersConcern, scenario.meeting).andExpect(status().isNotFound());
        toAgenda("gichd", scenario.coalition.id(), othersConcern, scenario.meeting).andExpect(status().isNotFound());
        mvc.perform(post("/coalitions/{id}/concerns/{c}/close", scenario.coalition.id(), othersConcern)
                        .with(user(users.loadUserByUsername("gichd"))).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(concerns.findByIdAndCoalition(othersConcern, other).orElseThrow().status())
                .isEqualTo(ConcernStatus.RAISED);
        assertThat(read("gichd", "/coalitions/" + other.id())).doesNotContain("A concern for HI only.");
    }

    @ParameterizedTest(name = "a concern of \"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "\n"})
    void aConcernWithNoTextIsRefusedAndNothingIsStored(String text) throws Exception {
        long before = count();

        mvc.perform(post("/coalitions/{id}/concerns", scenario.coalition.id()).param("text", text)
                        .with(user(users.loadUserByUsername("npa"))).with(csrf()))
                .andExpect(flash().attribute("refused", "concern.text.required"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aConcernWithoutItsTextFieldIsRefusedAndNothingIsStored() throws Exception {
        long before = count();

        mvc.perform(post("/coalitions/{id}/concerns", scenario.coalition.id())
                        .with(user(users.loadUserByUsername("undp"))).with(csrf()))
                .andExpect(flash().attribute("refused", "concern.text.required"));

        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}, not a member, cannot raise a concern")
    @ValueSource(strings = {"observer", "isu", "president", "laos"})
    void onlyMembersRaiseConcerns(String username) throws Exception {
        long before = count();

        mvc.perform(post("/coalitions/{id}/concerns", scenario.coalition.id()).param("text", "Not a member's.")
                        .with(user(users.loadUserByUsername(username))).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(count()).isEqualTo(before);
    }

    private ResultActions toAgenda(String username, long coalition, long concern, long meeting) throws Exception {
        return mvc.perform(post("/coalitions/{id}/concerns/{c}/agenda", coalition, concern)
                .param("meetingId", String.valueOf(meeting)).param("title", "Neutral words")
                .with(user(users.loadUserByUsername(username))).with(csrf()));
    }

    private String read(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Concern concern() {
        return concerns.findByIdAndCoalition(scenario.concern.id(), scenario.coalition).orElseThrow();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from concern", Long.class);
    }
}
