package org.ccmplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API: the register is public; everything else needs a signed-in caller and says so as an RFC 9457 problem. */
@IntegrationTest
class ApiAuthorizationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProblemResponses problems;

    @ParameterizedTest(name = "GET {0} is public")
    @CsvSource({"/api/v1/states", "/api/v1/states/LBN", "/api/v1/treaties", "/api/v1/organisations"})
    void theRegisterIsReadWithoutSigningIn(String path) throws Exception {
        mvc.perform(request(HttpMethod.GET, path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @ParameterizedTest(name = "{0} {1} asks an anonymous caller to sign in")
    @CsvSource({
        "GET, /api/v1/contacts",
        "GET, /api/v1/users",
        "POST, /api/v1/states",
        "PUT, /api/v1/states/LBN",
        "DELETE, /api/v1/states/LBN",
        "POST, /api/v1/treaties"
    })
    void anythingElseAsksAnAnonymousCallerToSignInWithAProblem(String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Sign-in required"))
                .andExpect(jsonPath("$.instance").value(path));
    }

    @ParameterizedTest(name = "a signed-in {0} reads the register")
    @CsvSource({"isu", "lebanon", "norway", "undp", "npa", "observer"})
    void everyRoleReadsTheRegisterThroughTheApi(String username) throws Exception {
        mvc.perform(request(HttpMethod.GET, "/api/v1/states/LBN").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iso3").value("LBN"));
    }

    @Test
    void aSignedInCallerIsNotAskedToSignInAgainOnAnUnknownAddress() throws Exception {
        mvc.perform(request(HttpMethod.GET, "/api/v1/users").with(user(users.loadUserByUsername("observer"))))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "a signed-in {0} reads the contacts that anonymous callers cannot")
    @CsvSource({"isu", "lebanon", "npa", "observer"})
    void contactsAreReadBySignedInCallersOnly(String username) throws Exception {
        mvc.perform(request(HttpMethod.GET, "/api/v1/contacts").param("state", "LBN")
                        .with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].fullName", org.hamcrest.Matchers.hasItem("Rania Haddad")))
                .andExpect(jsonPath("$.content[*].stateIso3", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("LBN"))));
    }

    @Test
    void aRefusalOfTheApiIsA403Problem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/v1/states/LBN");
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        problems.handle(request, response, new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(403);
        assertThat(body.get("title").asString()).isEqualTo("Not allowed");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/states/LBN");
    }
}
