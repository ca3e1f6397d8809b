package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/** Members and roles through the coalition page's forms: one national authority, always; each member once. */
@IntegrationTest
@Transactional
class CoalitionMembersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    TestCoalitions coalitions;
    Coalition coalition;

    @BeforeEach
    void createOwnCoalition() {
        coalitions = new TestCoalitions(register, organisations, users);
        coalition = coalitions.create("Members test coalition");
    }

    @Test
    void theFacilitatorAddsADonorWhoThenAppearsInItsRole() throws Exception {
        addMember("gichd", "stateIso3", "SWE", CoalitionRole.DONOR)
                .andExpect(flash().attribute("saved", "coalition.member.saved"));

        assertThat(roles()).containsEntry("Sweden", CoalitionRole.DONOR).hasSize(6);
    }

    @Test
    void aStateAddedTwiceIsRefusedAndNothingChanges() throws Exception {
        Map<String, CoalitionRole> before = roles();

        addMember("isu", "stateIso3", "NOR", CoalitionRole.DONOR)
                .andExpect(flash().attribute("refused", "coalition.member.twice"));

        assertThat(roles()).isEqualTo(before).containsEntry("Norway", CoalitionRole.CHAMPION);
    }

    @Test
    void anOrganisationAddedTwiceIsRefusedEvenInAnotherRoleAndNothingChanges() throws Exception {
        Map<String, CoalitionRole> before = roles();

        addMember("lebanon", "organisationId", String.valueOf(coalitions.organisationId(TestCoalitions.NPA)),
                CoalitionRole.OBSERVER).andExpect(flash().attribute("refused", "coalition.member.twice"));

        assertThat(roles()).isEqualTo(before).containsEntry(TestCoalitions.NPA, CoalitionRole.OPERATOR);
    }

    @Test
    void aSecondNationalAuthorityIsRefused() throws Exception {
        Map<String, CoalitionRole> before = roles();

        addMember("isu", "organisationId", String.valueOf(coalitions.organisationId(TestCoalitions.HALO)),
                CoalitionRole.NATIONAL_AUTHORITY)
                .andExpect(flash().attribute("refused", "coalition.member.oneAuthority"));

        assertThat(roles()).isEqualTo(before);
    }

    @Test
    void anotherMemberCannotBeMadeASecondNationalAuthority() throws Exception {
        CoalitionMember operator = member(TestCoalitions.NPA);

        changeRole("isu", operator, CoalitionRole.NATIONAL_AUTHORITY)
                .andExpect(flash().attribute("refused", "coalition.member.oneAuthority"));

        assertThat(roles().values()).filteredOn(r -> r == CoalitionRole.NATIONAL_AUTHORITY).hasSize(1);
        assertThat(roles()).containsEntry(TestCoalitions.NPA, CoalitionRole.OPERATOR);
    }

    @Test
    void theNationalAuthorityCannotBeRemoved() throws Exception {
        CoalitionMember authority = member(TestCoalitions.LMAC);

        mvc.perform(post("/coalitions/{id}/members/{m}/remove", coalition.id(), authority.id())
                        .with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(redirectedUrl("/coalitions/" + coalition.id()))
                .andExpect(flash().attribute("refused", "coalition.member.authorityRequired"));

        assertThat(roles()).containsEntry(TestCoalitions.LMAC, CoalitionRole.NATIONAL_AUTHORITY).hasSize(5);
    }

    @Test
    void theNationalAuthorityCannotBeGivenAnotherRole() throws Exception {
        changeRole("gichd", member(TestCoalitions.LMAC), CoalitionRole.OPERATOR)
                .andExpect(flash().attribute("refused", "coalition.member.authorityRequired"));

        assertThat(roles()).containsEntry(TestCoalitions.LMAC, CoalitionRole.NATIONAL_AUTHORITY);
    }

    @Test
    void anOrganisationCannotBeMadeTheChampion() throws Exception {
        changeRole("isu", member(TestCoalitions.UNDP), CoalitionRole.CHAMPION)
                .andExpect(flash().attribute("refused", "coalition.member.championIsAState"));

        assertThat(roles()).containsEntry(TestCoalitions.UNDP, CoalitionRole.SECRETARIAT);
    }

    @Test
    void anotherMemberIsRemovedAndNoLongerReadsTheCoalition() throws Exception {
        mvc.perform(post("/coalitions/{id}/members/{m}/remove", coalition.id(), member(TestCoalitions.NPA).id())
                        .with(user(users.loadUserByUsername("undp"))).with(csrf()))
                .andExpect(flash().attribute("saved", "coalition.member.removed"));

        assertThat(roles()).doesNotContainKey(TestCoalitions.NPA);
        assertThat(register.view(coalition.id(), coalitions.user("npa")).full()).isFalse();
    }

    @Test
    void aMemberIsAStateOrAnOrganisationNotBoth() throws Exception {
        Map<String, CoalitionRole> before = roles();

        mvc.perform(post("/coalitions/{id}/members", coalition.id()).param("stateIso3", "SWE")
                        .param("organisationId", String.valueOf(coalitions.organisationId(TestCoalitions.HALO)))
                        .param("role", "DONOR").with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(flash().attribute("refused", "coalition.member.stateOrOrganisation"));

        assertThat(roles()).isEqualTo(before);
    }

    private ResultActions addMember(String username, String field, String value, CoalitionRole role)
            throws Exception {
        return mvc.perform(post("/coalitions/{id}/members", coalition.id()).param(field, value)
                        .param("role", role.name()).with(user(users.loadUserByUsername(username))).with(csrf()))
                .andExpect(redirectedUrl("/coalitions/" + coalition.id()));
    }

    private ResultActions changeRole(String username, CoalitionMember member, CoalitionRole role) throws Exception {
        return mvc.perform(post("/coalitions/{id}/members/{m}/role", coalition.id(), member.id())
                        .param("role", role.name()).with(user(users.loadUserByUsername(username))).with(csrf()))
                .andExpect(redirectedUrl("/coalitions/" + coalition.id()));
    }

    private CoalitionMember member(String name) {
        return members().stream().filter(m -> m.name(java.util.Locale.ENGLISH).equals(name)).findFirst()
                .orElseThrow();
    }

    private List<CoalitionMember> members() {
        return register.membersOf(coalition);
    }

    private Map<String, CoalitionRole> roles() {
        return members().stream().collect(Collectors.toMap(m -> m.name(java.util.Locale.ENGLISH),
                CoalitionMember::role));
    }
}
