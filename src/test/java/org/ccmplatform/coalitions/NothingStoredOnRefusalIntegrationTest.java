package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A proposal refused for its national authority leaves no coalition behind. Not @Transactional on purpose: the
 * coalition is saved before its national authority joins, so only a real commit (or its rollback) shows whether a
 * half-made coalition stays.
 */
@IntegrationTest
class NothingStoredOnRefusalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoalitionProposedWithoutNationalAuthorityIsRefusedAndNothingIsStored() throws Exception {
        String name = "No authority test coalition " + UUID.randomUUID();

        mvc.perform(post("/coalitions/new").param("stateIso3", "IRQ").param("name", name).param("status", "ACTIVE")
                        .param("startDate", "2025-03-01").param("cadence", "TWICE_A_YEAR")
                        .param("obligations", "CCM_ARTICLE_4").with(user(users.loadUserByUsername("isu")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("coalitionForm"));

        assertThat(coalitionsNamed(name)).isZero();
    }

    @Test
    void aCoalitionProposedWithAnUnknownNationalAuthorityIsRefusedAndNothingIsStored() throws Exception {
        String name = "Unknown authority test coalition " + UUID.randomUUID();

        mvc.perform(post("/coalitions/new").param("stateIso3", "IRQ").param("name", name).param("status", "ACTIVE")
                        .param("startDate", "2025-03-01").param("cadence", "TWICE_A_YEAR")
                        .param("obligations", "CCM_ARTICLE_4").param("authorityOrganisationId", "987654321")
                        .with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("coalitionForm"));

        assertThat(coalitionsNamed(name)).isZero();
    }

    private long coalitionsNamed(String name) {
        return jdbc.queryForObject("select count(*) from coalition where name = ?", Long.class, name);
    }
}
