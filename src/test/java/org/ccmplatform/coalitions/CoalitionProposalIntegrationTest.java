package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.DepositType;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.ParticipationRecord;
import org.ccmplatform.registry.StateRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing a coalition through its form: by the ISU or the State's own focal point, with its national authority, for
 * obligations the State has. Every test rolls back.
 */
@IntegrationTest
@Transactional
class CoalitionProposalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    StateRegister states;

    @Autowired
    JdbcTemplate jdbc;

    TestCoalitions coalitions;

    @BeforeEach
    void helpers() {
        coalitions = new TestCoalitions(register, organisations, users);
    }

    @Test
    void theIsuProposesACoalitionWithItsNationalAuthorityWhoChairs() throws Exception {
        String halo = String.valueOf(coalitions.organisationId(TestCoalitions.HALO));
        MvcResult result = mvc.perform(proposal("isu", "IRQ", Map.of("authorityOrganisationId", halo),
                        "CCM_ARTICLE_4", "CCM_ARTICLE_5"))
                .andExpect(status().is3xxRedirection()).andReturn();

        Coalition created = created(result);
        assertThat(created.name()).isEqualTo("Proposal test coalition");
        assertThat(created.obligations()).containsExactlyInAnyOrder(CoveredObligation.CCM_ARTICLE_4,
                CoveredObligation.CCM_ARTICLE_5);
        assertThat(register.membersOf(created)).singleElement().satisfies(m -> {
            assertThat(m.name(Locale.ENGLISH)).isEqualTo(TestCoalitions.HALO);
            assertThat(m.role()).isEqualTo(CoalitionRole.NATIONAL_AUTHORITY);
        });
    }

    @Test
    void aFocalPointProposesACoalitionForTheirOwnState() throws Exception {
        MvcResult result = mvc.perform(proposal("laos", "LAO", Map.of("authorityStateIso3", "LAO"), "CCM_ARTICLE_4"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(created(result).state().iso3()).isEqualTo("LAO");
    }

    @Test
    void aFocalPointCannotProposeACoalitionForAnotherState() throws Exception {
        long before = count();

        mvc.perform(proposal("lebanon", "LAO", Map.of("authorityStateIso3", "LAO"), "CCM_ARTICLE_4"))
                .andExpect(status().isForbidden());

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStateNotPartyToTheConventionMayWorkOnItsObligations() throws Exception {
        MvcResult result = mvc.perform(proposal("isu", "VNM", Map.of("authorityStateIso3", "VNM"), "CCM_ARTICLE_4"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(created(result).state().iso3()).isEqualTo("VNM");
    }

    @Test
    void anotherTreatysObligationIsRefusedForAStateNotPartyToIt() throws Exception {
        long before = count();

        mvc.perform(proposal("isu", "IRQ", Map.of("authorityStateIso3", "IRQ"), "CCM_ARTICLE_4", "APMBC_ARTICLE_5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("coalitionForm", "obligations",
                        "coalition.obligations.notParty"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anotherTreatysObligationIsAcceptedOnceTheStateIsPartyToIt() throws Exception {
        states.record("IRQ", "APMBC", null, new ParticipationRecord(null, LocalDate.of(2007, 8, 15),
                DepositType.ACCESSION, null, "test"));

        MvcResult result = mvc.perform(proposal("isu", "IRQ", Map.of("authorityStateIso3", "IRQ"), "CCM_ARTICLE_4",
                        "APMBC_ARTICLE_5"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(created(result).obligations()).contains(CoveredObligation.APMBC_ARTICLE_5);
    }

    @Test
    void anotherTreatysObligationIsRefusedWhenACoalitionIsEdited() throws Exception {
        Coalition coalition = coalitions.create("Edited test coalition");

        mvc.perform(post("/coalitions/{id}/edit", coalition.id()).param("name", coalition.name())
                        .param("status", "ACTIVE").param("startDate", "2024-01-15").param("cadence", "TWICE_A_YEAR")
                        .param("obligations", "CCW_P5_ARTICLE_3").param("version", String.valueOf(coalition.version()))
                        .with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("coalitionForm", "obligations",
                        "coalition.obligations.notParty"));

        assertThat(register.get(coalition.id()).obligations()).containsExactly(CoveredObligation.CCM_ARTICLE_4);
    }

    @Test
    void anEditMadeOnAFormOpenedBeforeSomeoneElsesSaveIsRefusedAndNothingChanges() throws Exception {
        Coalition coalition = coalitions.create("Stale edit test coalition");
        long openedAt = coalition.version();
        // the facilitator saves first; the list query flushes that save, as the end of its request would
        register.describe(coalition.id(), openedAt, new CoalitionDetails("Renamed by the facilitator",
                CoalitionStatus.ACTIVE, TestCoalitions.START, Cadence.QUARTERLY,
                java.util.EnumSet.of(CoveredObligation.CCM_ARTICLE_4), null, null), coalitions.user("gichd"));
        register.list(null, org.springframework.data.domain.PageRequest.of(0, 1));

        MvcResult result = mvc.perform(post("/coalitions/{id}/edit", coalition.id())
                        .param("name", "Renamed by the authority").param("status", "ACTIVE")
                        .param("startDate", "2024-01-15").param("cadence", "TWICE_A_YEAR")
                        .param("obligations", "CCM_ARTICLE_4").param("version", String.valueOf(openedAt))
                        .with(user(users.loadUserByUsername("lebanon"))).with(csrf()))
                .andExpect(status().isOk()).andReturn();

        var errors = (org.springframework.validation.BindingResult) result.getModelAndView().getModel()
                .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "coalitionForm");
        assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("edit.stale");

        assertThat(register.get(coalition.id()).name()).isEqualTo("Renamed by the facilitator");
        assertThat(register.get(coalition.id()).cadence()).isEqualTo(Cadence.QUARTERLY);
    }

    @Test
    void aCoalitionWithNoObligationIsRefused() throws Exception {
        mvc.perform(proposal("isu", "IRQ", Map.of("authorityStateIso3", "IRQ")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("coalitionForm", "obligations",
                        "coalition.obligations.required"));
    }

    @Test
    void anActiveCoalitionWithoutStartDateIsRefusedButAProposedOneIsNot() throws Exception {
        long before = count();
        mvc.perform(proposal("isu", "IRQ", Map.of("authorityStateIso3", "IRQ", "startDate", ""), "CCM_ARTICLE_4"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("coalitionForm", "startDate",
                        "coalition.startDate.required"));
        assertThat(count()).isEqualTo(before);

        MvcResult result = mvc.perform(proposal("isu", "IRQ", Map.of("authorityStateIso3", "IRQ",
                        "startDate", "", "status", "PROPOSED"), "CCM_ARTICLE_4"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(created(result).startDate()).isNull();
    }

    /** The proposal form filled in for a State, with any field given in {@code fields} replacing its default. */
    private MockHttpServletRequestBuilder proposal(String username, String iso3, Map<String, String> fields,
            String... obligations) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("stateIso3", iso3, "name", "Proposal test coalition",
                "status", "ACTIVE", "startDate", "2025-03-01", "cadence", "QUARTERLY", "version", "0"));
        form.putAll(fields);
        MockHttpServletRequestBuilder request = post("/coalitions/new")
                .with(user(users.loadUserByUsername(username))).with(csrf());
        form.forEach(request::param);
        for (String obligation : obligations) {
            request.param("obligations", obligation);
        }
        return request;
    }

    private Coalition created(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/coalitions/\\d+");
        return register.get(Long.parseLong(location.substring("/coalitions/".length())));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from coalition", Long.class);
    }
}
