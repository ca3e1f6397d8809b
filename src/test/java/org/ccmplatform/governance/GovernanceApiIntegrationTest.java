package org.ccmplatform.governance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The Presidencies, the committee of a term and the operational plans through the API, and its refusals. */
@IntegrationTest
class GovernanceApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePresidenciesCarryTheirComputedTerms() throws Exception {
        mvc.perform(get("/api/v1/presidencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.meeting == '7MSP')].presidentState").value("DEU"))
                .andExpect(jsonPath("$.content[?(@.meeting == '7MSP')].termFrom").value("2016-09-07"))
                .andExpect(jsonPath("$.content[?(@.meeting == '7MSP')].termTo").value("2017-09-06"))
                .andExpect(jsonPath("$.content[?(@.meeting == '7MSP')].place").value("Geneva"));
    }

    @Test
    void theCommitteeOfTheSeventhMspTermListsItsCoordinatorsAndInvitees() throws Exception {
        mvc.perform(get("/api/v1/coordination-committee").param("term", "7MSP"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.term.presidentName").value("H.E. Michael Biontino"))
                .andExpect(jsonPath("$.coordinators[?(@.theme == 'UNIVERSALIZATION')].state",
                        containsInAnyOrder("FRA", "ZMB")))
                .andExpect(jsonPath("$.coordinators[?(@.theme == 'GENERAL_STATUS')].state",
                        containsInAnyOrder("BIH", "CHE")))
                .andExpect(jsonPath("$.coordinators.length()").value(14))
                .andExpect(jsonPath("$.standingInvitees.length()").value(3))
                .andExpect(jsonPath("$.isuDirector[0].person").value("Ms. Sheila Mweemba"))
                .andExpect(jsonPath("$.meetings").isEmpty());
    }

    @Test
    void thePresidencySeesTheCommitteesMeetingsThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/coordination-committee").param("term", "7msp").with(httpBasic("president", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].date", hasItem("2016-11-04")));
    }

    @Test
    void thePublicReadsPublishedPlansByThemeAndTargetState() throws Exception {
        mvc.perform(get("/api/v1/operational-plans").param("theme", "CLEARANCE").param("state", "LBN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.term == '7MSP')].published").value(true))
                .andExpect(jsonPath("$.content[*].theme", everyItem(is("CLEARANCE"))))
                .andExpect(jsonPath("$.content[?(@.term == '7MSP')].activities[0].targetStates[0]").value("LBN"));
        mvc.perform(get("/api/v1/operational-plans").param("theme", "TRANSPARENCY"))
                .andExpect(jsonPath("$.content[*].term", not(hasItem("7MSP"))));
    }

    @Test
    void theCommitteeAlsoReadsDrafts() throws Exception {
        mvc.perform(get("/api/v1/operational-plans").param("theme", "TRANSPARENCY")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.term == '7MSP')].published").value(false));
    }

    @Test
    void anUnknownThemeOrStateOrABadTermIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/operational-plans").param("state", "XYZ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no State with the code XYZ."));
        mvc.perform(get("/api/v1/operational-plans").param("theme", "knitting"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("There is no theme knitting."));
        mvc.perform(get("/api/v1/coordination-committee").param("term", "the seventh"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/coordination-committee").param("term", "99MSP"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/presidencies").param("size", "0"))
                .andExpect(status().isBadRequest());
    }
}
