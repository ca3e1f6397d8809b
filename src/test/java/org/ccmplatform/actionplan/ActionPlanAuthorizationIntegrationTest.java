package org.ccmplatform.actionplan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every endpoint of the action plans is public: the anonymous, a donor, a coordinator and the ISU all read it. */
@IntegrationTest
class ActionPlanAuthorizationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "anonymous, /action-plan", "norway, /action-plan", "coordinator, /action-plan", "isu, /action-plan",
        "anonymous, /action-plan/progress.pdf", "norway, /action-plan/progress.pdf",
        "coordinator, /action-plan/progress.pdf", "isu, /action-plan/progress.pdf",
        "anonymous, /action-plan/progress.docx", "norway, /action-plan/progress.docx",
        "coordinator, /action-plan/progress.docx", "isu, /action-plan/progress.docx",
        "anonymous, /api/v1/action-plan/indicators", "norway, /api/v1/action-plan/indicators",
        "coordinator, /api/v1/action-plan/indicators", "isu, /api/v1/action-plan/indicators"})
    void everyoneReadsTheActionPlan(String visitor, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path).param("asOf", "2018-05-02");
        if (!visitor.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        mvc.perform(request).andExpect(status().isOk());
    }
}
