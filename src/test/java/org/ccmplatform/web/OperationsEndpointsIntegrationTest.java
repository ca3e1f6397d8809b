package org.ccmplatform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** What monitoring and API clients read without signing in: health, and the API's description. */
@IntegrationTest
class OperationsEndpointsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void healthIsUpWithItsDatabaseForAnonymousMonitoring() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void theIsuAdministratorSeesTheDetailsOfTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health").with(user(users.loadUserByUsername("isu"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.details.database").exists());
        mvc.perform(get("/actuator/health").with(user(users.loadUserByUsername("observer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void theApiDescriptionListsTheStatesAndItsWaysToSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/states']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/states/{iso3}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/treaties']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    @Test
    void otherActuatorEndpointsAreNotPublic() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
    }
}
