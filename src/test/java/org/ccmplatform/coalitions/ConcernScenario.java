package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.accounts.UserAccount;
import org.ccmplatform.meetings.Attendance;
import org.ccmplatform.meetings.Delegation;
import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A confidential concern in a coalition of the test's own, told in words and raised by a person found nowhere else:
 * an operator of The HALO Trust (with a colleague of the same organisation, who must not read it either) raises it
 * on the coalition's page; GICHD, the facilitator, may then put the issue on the planned meeting's agenda under a
 * neutral title. Each delegation of that meeting has one person with an address of the test's own, for circulation.
 */
final class ConcernScenario {

    final String token = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    /** A word of the concern that appears nowhere else, to search for. */
    final String secretWord = "Qayyarah" + token;
    final String text = "Checkpoint delays near " + secretWord + " keep our teams from the tasks of this quarter.";
    final String neutralTitle = "Access of the clearance teams to their tasks";
    final Coalition coalition;
    final UserAccount raiser;
    final UserAccount colleague;
    final long meeting;
    final String participantAddress;
    Concern concern;

    private final MockMvc mvc;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Concerns concerns;

    /** A coalition of its own with an operator's two people and a planned meeting, from the test's context. */
    ConcernScenario(MockMvc mvc, org.springframework.context.ApplicationContext context) {
        this.mvc = mvc;
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.concerns = context.getBean(Concerns.class);
        CoalitionRegister register = context.getBean(CoalitionRegister.class);
        OrganisationDirectory organisations = context.getBean(OrganisationDirectory.class);
        AccountService accounts = context.getBean(AccountService.class);
        CoalitionCalendar calendar = context.getBean(CoalitionCalendar.class);
        MeetingPlanner planner = context.getBean(MeetingPlanner.class);
        DelegationDesk delegations = context.getBean(DelegationDesk.class);
        TestCoalitions coalitions = new TestCoalitions(register, organisations, users);
        coalition = coalitions.create("Confidentiality test coalition " + token);
        coalitions.member(coalition, null, TestCoalitions.HALO, CoalitionRole.OPERATOR);
        long halo = coalitions.organisationId(TestCoalitions.HALO);
        raiser = MemberAccounts.actingFor(accounts, "raiser", "Whistler " + token, Role.OPERATOR, null, halo);
        colleague = MemberAccounts.actingFor(accounts, "colleague", "Colleague " + token, Role.OPERATOR, null, halo);
        meeting = calendar.plan(coalition.id(), new MeetingDetails(MeetingBody.COALITION_MEETING, "Coalition meeting",
                LocalDate.of(2027, 4, 14).atTime(10, 0), LocalDate.of(2027, 4, 14).atTime(13, 0),
                ZoneId.of("Asia/Baghdad"), "Baghdad", false, Set.of(Language.EN), null),
                coalitions.user("lebanon")).id();
        participantAddress = "participant-" + token.toLowerCase(java.util.Locale.ROOT) + "@example.test";
        for (Delegation delegation : planner.record(meeting, coalitions.user("isu")).delegations()) {
            delegations.addPerson(meeting, delegation.id(), "Delegate " + delegation.position(), null,
                    delegation.position() == 1 ? participantAddress
                            : "delegate-" + delegation.position() + "-" + participantAddress,
                    Attendance.INVITED, coalitions.user("lebanon"));
        }
    }

    /** The operator raises the concern on the coalition's page. */
    ConcernScenario raised() throws Exception {
        mvc.perform(post("/coalitions/{id}/concerns", coalition.id()).param("text", text)
                        .with(user(users.loadUserByUsername(raiser.username()))).with(csrf()))
                .andExpect(flash().attribute("saved", "concern.raised"));
        Long id = jdbc.queryForObject("select id from concern where coalition_id = ?", Long.class, coalition.id());
        concern = concerns.findByIdAndCoalition(id, coalition).orElseThrow();
        return this;
    }

    /** The facilitator puts the issue on the planned meeting's agenda, in neutral words. */
    ConcernScenario onTheAgenda() throws Exception {
        mvc.perform(post("/coalitions/{id}/concerns/{c}/agenda", coalition.id(), concern.id())
                        .param("meetingId", String.valueOf(meeting)).param("title", neutralTitle)
                        .with(user(users.loadUserByUsername("gichd"))).with(csrf()))
                .andExpect(flash().attribute("saved", "concern.onAgenda"));
        assertThat(concerns.findByIdAndCoalition(concern.id(), coalition).orElseThrow().status())
                .isEqualTo(ConcernStatus.ON_AGENDA);
        return this;
    }

    /** A word of the concern to search for (a search page shows it back, so it is not a secret in itself). */
    static final String SEARCHED_WORD = "Checkpoint";

    /** What would tell the concern or the one who raised it. */
    String[] secrets() {
        return new String[] {secretWord, "Checkpoint delays", raiser.username(), raiser.displayName()};
    }
}
