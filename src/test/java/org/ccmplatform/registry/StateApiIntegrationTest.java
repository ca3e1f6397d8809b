package org.ccmplatform.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StateApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStateCarriesItsComputedEntryIntoForce() throws Exception {
        mvc.perform(get("/api/v1/states/AFG"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iso3").value("AFG"))
                .andExpect(jsonPath("$.iso2").value("AF"))
                .andExpect(jsonPath("$.name").value("Afghanistan"))
                .andExpect(jsonPath("$.region").value("ASIA"))
                .andExpect(jsonPath("$.participations[0].treaty").value("CCM"))
                .andExpect(jsonPath("$.participations[0].status").value("STATE_PARTY"))
                .andExpect(jsonPath("$.participations[0].depositDate").value("2011-09-08"))
                .andExpect(jsonPath("$.participations[0].depositType").value("RATIFICATION"))
                .andExpect(jsonPath("$.participations[0].entryIntoForce").value("2012-03-01"))
                .andExpect(jsonPath("$.participations[0].signatureDate").doesNotExist());
    }

    @Test
    void lithuaniaIsNoLongerAStatePartyButKeepsItsHistory() throws Exception {
        mvc.perform(get("/api/v1/states/ltu"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participations[0].status").value("NOT_PARTY"))
                .andExpect(jsonPath("$.participations[0].depositDate").value("2011-03-24"))
                .andExpect(jsonPath("$.participations[0].entryIntoForce").value("2011-09-01"))
                .andExpect(jsonPath("$.participations[0].withdrawalNotified").value("2024-09-06"))
                .andExpect(jsonPath("$.participations[0].withdrawalEffective").value("2025-03-06"));
    }

    @Test
    void theConventionHas112StatesParties() throws Exception {
        mvc.perform(get("/api/v1/states").param("treaty", "CCM").param("status", "STATE_PARTY").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(112))
                .andExpect(jsonPath("$.content.length()").value(112));
    }

    @Test
    void anUnknownStateIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/states/XXX"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void aBadFilterIsA400ProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/states").param("status", "MEMBER").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("MEMBER")));
    }
}
