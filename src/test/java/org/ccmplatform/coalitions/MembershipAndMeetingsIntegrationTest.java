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
import java.util.Set;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coalition's members change after its next meeting was planned: the meeting follows the coalition, so that who
 * reads and runs it is who is in the coalition now, as its page promises.
 */
@IntegrationTest
@Transactional
class MembershipAndMeetingsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    CoalitionCalendar calendar;

    @Autowired
    ConcernDesk concerns;

    @Autowired
    OrganisationDirectory organisations;

    TestCoalitions coalitions;
    Coalition coalition;
    long planned;

    @BeforeEach
    void ownCoalitionWithAPlannedMeetingAndNoFacilitatorYet() {
        coalitions = new TestCoalitions(register, organisations, users);
        coalition = coalitions.withAuthorityOnly("Membership test coalition");
        coalitions.member(coalition, null, TestCoalitions.NPA, CoalitionRole.OPERATOR);
        planned = calendar.plan(coalition.id(), new MeetingDetails(MeetingBody.COALITION_MEETING, "Next meeting",
                LocalDate.of(2027, 5, 5).atTime(10, 0), LocalDate.of(2027, 5, 5).atTime(12, 0),
                ZoneId.of("Asia/Baghdad"), "Baghdad", false, Set.of(Language.EN), null),
                coalitions.user("lebanon")).id();
    }

    @Test
    void aFacilitatorWhoJoinsAfterTheMeetingWasPlannedPutsAConcernOnItsAgenda() throws Exception {
        coalitions.member(coalition, null, TestCoalitions.GICHD, CoalitionRole.FACILITATOR);
        long concern = concerns.raise(coalition.id(), "Delays at the checkpoints.", coalitions.user("npa")).id();

        mvc.perform(get("/meetings/{id}", planned).with(user(users.loadUserByUsername("gichd"))))
                .andExpect(status().isOk());
        mvc.perform(post("/coalitions/{id}/concerns/{c}/agenda", coalition.id(), concern)
                        .param("meetingId", String.valueOf(planned)).param("title", "Access to the tasks")
                        .with(user(users.loadUserByUsername("gichd"))).with(csrf()))
                .andExpect(flash().attribute("saved", "concern.onAgenda"));
    }

    @Test
    void aMemberRemovedFromTheCoalitionNoLongerReadsItsPlannedMeeting() throws Exception {
        CoalitionMember operator = register.membersOf(coalition).stream()
                .filter(m -> m.role() == CoalitionRole.OPERATOR).findFirst().orElseThrow();
        mvc.perform(get("/meetings/{id}", planned).with(user(users.loadUserByUsername("npa"))))
                .andExpect(status().isOk());

        register.removeMember(coalition.id(), operator.id(), coalitions.user("lebanon"));

        assertThat(register.view(coalition.id(), coalitions.user("npa")).full()).isFalse();
        mvc.perform(get("/meetings/{id}", planned).with(user(users.loadUserByUsername("npa"))))
                .andExpect(status().isNotFound());
    }
}
