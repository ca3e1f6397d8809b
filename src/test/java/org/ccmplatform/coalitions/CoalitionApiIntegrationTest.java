package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/coalitions and /api/v1/coalitions/{id}, with the same access rules as the pages. */
@IntegrationTest
class CoalitionApiIntegrationTest {

    static final Map<String, String> FORUM_ROLES = Map.of(
            "Lebanon Mine Action Center", "NATIONAL_AUTHORITY",
            "Norway", "CHAMPION",
            "Geneva International Centre for Humanitarian Demining", "FACILITATOR",
            "United Nations Development Programme", "SECRETARIAT",
            "Norwegian People's Aid", "OPERATOR",
            "Mines Advisory Group", "OPERATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    final JsonMapper json = JsonMapper.builder().build();
    long forum;

    @BeforeEach
    void findTheForum() {
        forum = TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM).id();
    }

    @Test
    void everyoneListsTheCoalitionsAsPublicSummaries() throws Exception {
        JsonNode page = read(get("/api/v1/coalitions").param("size", "200"), "anonymous");

        assertThat(page.get("content").findValuesAsString("name")).contains(TestCoalitions.LEBANON_FORUM,
                TestCoalitions.MONTENEGRO, TestCoalitions.BOTSWANA, TestCoalitions.LAOS);
        assertThat(page.get("content").findValues("members")).isEmpty();
        JsonNode lebanon = byName(page, TestCoalitions.LEBANON_FORUM);
        assertThat(lebanon.get("stateIso3").asString()).isEqualTo("LBN");
        assertThat(lebanon.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(lebanon.get("startDate").asString()).isEqualTo("2018-03-01");
        assertThat(lebanon.get("cadence").asString()).isEqualTo("TWICE_A_YEAR");
    }

    @Test
    void theListFiltersByStatus() throws Exception {
        JsonNode proposed = read(get("/api/v1/coalitions").param("status", "proposed"), "anonymous");

        assertThat(proposed.get("content").findValuesAsString("name")).contains(TestCoalitions.LAOS)
                .doesNotContain(TestCoalitions.LEBANON_FORUM);
        assertThat(proposed.get("content").findValuesAsString("status")).containsOnly("PROPOSED");
    }

    @Test
    void anUnknownStatusIsAProblemThatNamesTheValuesAllowed() throws Exception {
        String body = mvc.perform(get("/api/v1/coalitions").param("status", "finished"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("finished", "PROPOSED, ACTIVE, COMPLETED, DORMANT");
    }

    @ParameterizedTest(name = "{0} reads the Forum's members and roles")
    @ValueSource(strings = {"lebanon", "norway", "undp", "npa", "gichd", "isu", "president"})
    void membersTheIsuAndThePresidencyReadMembersRolesMeetingsAndOpenActionPoints(String username)
            throws Exception {
        JsonNode coalition = read(get("/api/v1/coalitions/{id}", forum), username);

        Map<String, String> roles = new LinkedHashMap<>();
        coalition.get("members").forEach(m -> roles.put(m.get("name").asString(), m.get("role").asString()));
        assertThat(roles).isEqualTo(FORUM_ROLES);
        assertThat(coalition.get("memberCount").asInt()).isEqualTo(6);
        assertThat(coalition.get("lastMeetingHeld").asString()).isEqualTo("2025-11-12");
        assertThat(coalition.get("nextMeetingDue").asString()).isEqualTo("2026-05-12");
        assertThat(coalition.get("notMetWithinRhythm").asBoolean()).isTrue();
        assertThat(coalition.get("openActionPoints").asInt()).isEqualTo(3);
        assertThat(coalition.get("meetingIds")).hasSize(5);
    }

    @ParameterizedTest(name = "{0} reads the Forum's public summary only")
    @ValueSource(strings = {"anonymous", "observer", "coordinator", "laos"})
    void othersReadThePublicSummaryWithoutMembersActionPointsOrMeetings(String username) throws Exception {
        JsonNode coalition = read(get("/api/v1/coalitions/{id}", forum), username);

        assertThat(coalition.get("coalition").get("name").asString()).isEqualTo(TestCoalitions.LEBANON_FORUM);
        assertThat(coalition.get("memberCount").asInt()).isEqualTo(6);
        assertThat(coalition.get("members").isNull()).isTrue();
        assertThat(coalition.get("openActionPoints").isNull()).isTrue();
        assertThat(coalition.get("meetingIds").isNull()).isTrue();
        assertThat(coalition.toString()).doesNotContain("Lebanon Mine Action Center", "Norway", "GICHD",
                "Geneva International", "Norwegian People");
    }

    @Test
    void aProposedCoalitionHasNoMeetingDue() throws Exception {
        long laos = TestCoalitions.named(register, TestCoalitions.LAOS).id();

        JsonNode coalition = read(get("/api/v1/coalitions/{id}", laos), "laos");

        assertThat(coalition.get("coalition").get("status").asString()).isEqualTo("PROPOSED");
        assertThat(coalition.get("nextMeetingDue").isNull()).isTrue();
        assertThat(coalition.get("notMetWithinRhythm").asBoolean()).isFalse();
        assertThat(coalition.get("members").findValuesAsString("role")).containsExactly("NATIONAL_AUTHORITY");
    }

    @Test
    void anUnknownCoalitionIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/coalitions/{id}", 987654321L)).andExpect(status().isNotFound());
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String username) throws Exception {
        if (!username.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static JsonNode byName(JsonNode page, String name) {
        for (JsonNode coalition : page.get("content")) {
            if (coalition.get("name").asString().equals(name)) {
                return coalition;
            }
        }
        throw new AssertionError("No coalition named " + name);
    }
}
