package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.accounts.UserAccount;
import org.ccmplatform.meetings.ActionPoint;
import org.ccmplatform.meetings.ActionPointOwner;
import org.ccmplatform.meetings.ActionPointStatus;
import org.ccmplatform.meetings.ActionPointTracker;
import org.ccmplatform.meetings.ActionPointUpdate;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national authority's mid-term update: each open action point's status and note become a dated mid-term step
 * of its trail, and the people acting for the members are told by e-mail (read back from the test SMTP server).
 */
@IntegrationTest
@Transactional
class MidTermUpdateIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    CoalitionCalendar calendar;

    @Autowired
    MeetingPlanner planner;

    @Autowired
    ActionPointTracker tracker;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    StateRegister states;

    @Autowired
    AccountService accounts;

    TestCoalitions coalitions;
    Coalition coalition;
    ActionPoint map;
    ActionPoint funding;
    UserAccount operator;
    UserAccount donor;
    UserAccount outsider;

    @BeforeEach
    void ownCoalitionWithAHeldMeetingTwoActionPointsAndPeopleActingForItsMembers() {
        coalitions = new TestCoalitions(register, organisations, users);
        coalition = coalitions.create("Mid-term test coalition " + UUID.randomUUID());
        coalitions.member(coalition, null, TestCoalitions.HALO, CoalitionRole.OPERATOR);
        coalitions.member(coalition, "SWE", null, CoalitionRole.DONOR);
        CurrentUser authority = coalitions.user("lebanon");
        long meeting = calendar.plan(coalition.id(), new MeetingDetails(MeetingBody.COALITION_MEETING, "Forum",
                LocalDate.of(2026, 6, 3).atTime(10, 0), LocalDate.of(2026, 6, 3).atTime(13, 0),
                ZoneId.of("Asia/Baghdad"), "Baghdad", false, Set.of(Language.EN), null), authority).id();
        planner.changeStatus(meeting, MeetingStatus.HELD, authority);
        map = tracker.assign(meeting, null, "Share the map of hazardous areas.",
                ActionPointOwner.of(organisations.findByName(TestCoalitions.LMAC).orElseThrow()),
                LocalDate.of(2026, 9, 30), authority);
        funding = tracker.assign(meeting, null, "Confirm the funding of two teams.",
                ActionPointOwner.of(states.get("NOR")), LocalDate.of(2026, 10, 31), authority);
        operator = MemberAccounts.actingFor(accounts, "midterm-operator", "HALO operator (test)", Role.OPERATOR,
                null, coalitions.organisationId(TestCoalitions.HALO));
        donor = MemberAccounts.actingFor(accounts, "midterm-donor", "Swedish donor (test)", Role.DONOR,
                states.get("SWE").id(), null);
        outsider = MemberAccounts.actingFor(accounts, "midterm-outsider", "HI operator (test)", Role.OPERATOR,
                null, coalitions.organisationId(TestCoalitions.HI));
    }

    @Test
    void eachChangedActionPointGetsADatedMidTermStepByTheNationalAuthority() throws Exception {
        mvc.perform(update("lebanon").param("status-" + map.id(), "DONE")
                        .param("note-" + map.id(), "Map shared with all members.")
                        .param("status-" + funding.id(), "OPEN").param("note-" + funding.id(), "")
                        .param("summary", "Good progress."))
                .andExpect(flash().attribute("saved", "midTerm.saved"));

        assertThat(trail(map)).singleElement().satisfies(step -> {
            assertThat(step.midTerm()).isTrue();
            assertThat(step.postedOn()).isEqualTo(tracker.today());
            assertThat(step.author()).isEqualTo("lebanon");
            assertThat(step.status()).isEqualTo(ActionPointStatus.DONE);
            assertThat(step.note()).isEqualTo("Map shared with all members.");
        });
        assertThat(trail(funding)).as("an action point left as it was").isEmpty();
        CoalitionView view = register.view(coalition.id(), coalitions.user("norway"));
        assertThat(view.openActionPoints()).extracting(ActionPoint::text)
                .containsExactly("Confirm the funding of two teams.");
        assertThat(view.midTermUpdates()).singleElement().satisfies(update -> {
            assertThat(update.postedBy()).isEqualTo("lebanon");
            assertThat(update.points()).isEqualTo(1);
            assertThat(update.summary()).isEqualTo("Good progress.");
        });
    }

    @Test
    void thePeopleActingForTheMembersReceiveOneMessageAndOthersNone() throws Exception {
        String summary = "Summary " + UUID.randomUUID();

        mvc.perform(update("lebanon").param("status-" + funding.id(), "IN_PROGRESS")
                        .param("note-" + funding.id(), "Norway confirmed one team.").param("summary", summary))
                .andExpect(flash().attribute("saved", "midTerm.saved"));

        for (UserAccount member : List.of(operator, donor)) {
            assertThat(TestMail.to(member.email(), 1)).as("mail to %s", member.email()).singleElement()
                    .satisfies(mail -> assertThat(TestMail.text(mail)).contains(
                            coalition.name() + ": mid-term update on the action points",
                            "posted a mid-term update of the coalition “" + coalition.name() + "” on 1 action point",
                            summary));
        }
        assertThat(TestMail.to(outsider.email(), 0)).isEmpty();
    }

    @Test
    void thePageGivesTheNationalAuthorityAStatusAndANoteForEachOpenActionPoint() throws Exception {
        String page = mvc.perform(get("/coalitions/{id}", coalition.id())
                        .with(user(users.loadUserByUsername("lebanon"))))
                .andReturn().getResponse().getContentAsString();

        var form = Jsoup.parse(page).selectFirst("form[action=/coalitions/" + coalition.id() + "/mid-term]");
        assertThat(form.select("select[name^=status-]").eachAttr("name"))
                .containsExactlyInAnyOrder("status-" + map.id(), "status-" + funding.id());
        assertThat(form.select("input[name^=note-]").eachAttr("name"))
                .containsExactlyInAnyOrder("note-" + map.id(), "note-" + funding.id());
    }

    @Test
    void anUpdateThatChangesNothingAndSaysNothingIsRefusedAndNobodyIsTold() throws Exception {
        mvc.perform(update("lebanon").param("status-" + map.id(), "OPEN").param("note-" + map.id(), " ")
                        .param("status-" + funding.id(), "OPEN").param("summary", ""))
                .andExpect(flash().attribute("refused", "midTerm.empty"));

        assertThat(trail(map)).isEmpty();
        assertThat(register.view(coalition.id(), coalitions.user("lebanon")).midTermUpdates()).isEmpty();
        assertThat(TestMail.to(operator.email(), 0)).isEmpty();
    }

    @Test
    void anActionPointOfAnotherCoalitionIsNotTouched() throws Exception {
        ActionPoint forumPoint = register.view(TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM).id(),
                coalitions.user("lebanon")).openActionPoints().get(0);
        ActionPointStatus before = forumPoint.status();
        int steps = trail(forumPoint).size();

        mvc.perform(update("lebanon").param("status-" + forumPoint.id(), "DROPPED")
                        .param("note-" + forumPoint.id(), "Dropped from another coalition's page."))
                .andExpect(flash().attribute("refused", "midTerm.empty"));

        assertThat(trail(forumPoint)).hasSize(steps);
        assertThat(tracker.readable(forumPoint.id(), coalitions.user("isu")).status()).isEqualTo(before);
    }

    @Test
    void aFormThatNamesNoActionPointIsRefusedAsBadInputNotAServerError() throws Exception {
        int status = mvc.perform(update("lebanon").param("status-map", "DONE").param("summary", "Tampered form."))
                .andReturn().getResponse().getStatus();

        assertThat(status).as("answer to a mid-term form with a status field that names no action point")
                .isIn(302, 400);
        assertThat(register.view(coalition.id(), coalitions.user("lebanon")).midTermUpdates()).isEmpty();
    }

    @ParameterizedTest(name = "{0} may not post a mid-term update")
    @ValueSource(strings = {"gichd", "undp", "norway", "npa", "isu", "president", "observer"})
    void onlyTheNationalAuthorityPostsAMidTermUpdate(String username) throws Exception {
        mvc.perform(update(username).param("status-" + map.id(), "DONE").param("summary", "Not theirs to say."))
                .andExpect(status().isForbidden());

        assertThat(trail(map)).isEmpty();
        assertThat(register.view(coalition.id(), coalitions.user("isu")).midTermUpdates()).isEmpty();
        assertThat(TestMail.to(operator.email(), 0)).isEmpty();
    }

    private MockHttpServletRequestBuilder update(String username) {
        return post("/coalitions/{id}/mid-term", coalition.id()).with(user(users.loadUserByUsername(username)))
                .with(csrf());
    }

    private List<ActionPointUpdate> trail(ActionPoint point) {
        return tracker.trailOf(List.of(point)).getOrDefault(point.id(), List.of());
    }
}
