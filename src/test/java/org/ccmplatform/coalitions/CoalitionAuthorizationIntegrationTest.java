package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every coalition endpoint against every kind of visitor, on a coalition of the test's own with the demo accounts in
 * its roles ("lebanon" national authority, "norway" Champion, "gichd" facilitator, "undp" secretariat, "npa"
 * operator). Allowed visitors get through (their input is then refused by a rule, or harmless, and rolled back);
 * others get 403, or 404 where even the existence of a concern must not show; anonymous ones are sent to sign in.
 */
@IntegrationTest
@Transactional
class CoalitionAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "isu", "president", "coordinator", "lebanon", "laos",
            "norway", "undp", "npa", "gichd", "observer");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    static final Set<String> KEEPERS = Set.of("isu", "lebanon", "gichd", "undp");
    static final Set<String> MEMBERS = Set.of("lebanon", "norway", "undp", "npa", "gichd");
    static final Set<String> PROPOSERS = Set.of("isu", "lebanon", "laos");
    /** Who edits a coalition's meetings and minutes: not the ISU, which keeps the coalition but not its meetings. */
    static final Set<String> RUNNERS = Set.of("lebanon", "gichd", "undp");

    /** One endpoint: who gets through, with what answer, and what the others get. */
    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed, int allowedStatus,
            int deniedStatus) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("coalition page", get("/coalitions/{id}", EVERYONE, 200)),
            Map.entry("coalition API", get("/api/v1/coalitions/{id}", EVERYONE, 200)),
            Map.entry("proposal form", get("/coalitions/new", PROPOSERS, 200)),
            Map.entry("proposal", post("/coalitions/new", Map.of("name", ""), PROPOSERS, 200, 403)),
            Map.entry("edit form", get("/coalitions/{id}/edit", KEEPERS, 200)),
            Map.entry("edit", post("/coalitions/{id}/edit", Map.of("name", ""), KEEPERS, 200, 403)),
            Map.entry("add member", post("/coalitions/{id}/members",
                    Map.of("stateIso3", "SWE", "organisationId", "{halo}", "role", "DONOR"), KEEPERS, 302, 403)),
            Map.entry("change role", post("/coalitions/{id}/members/{authority}/role", Map.of("role", "OPERATOR"),
                    KEEPERS, 302, 403)),
            Map.entry("remove member", post("/coalitions/{id}/members/{authority}/remove", Map.of(), KEEPERS, 302,
                    403)),
            Map.entry("strategy upload", post("/coalitions/{id}/strategy", Map.of(), KEEPERS, 302, 403)),
            Map.entry("plan meeting", post("/coalitions/{id}/meetings", Map.of("body", "WORKSHOP", "title", "T",
                    "place", "Baghdad", "day", "2027-01-12", "startTime", "10:00", "endTime", "12:00"), RUNNERS, 302,
                    403)),
            Map.entry("mid-term update", post("/coalitions/{id}/mid-term", Map.of(), Set.of("lebanon"), 302, 403)),
            Map.entry("raise concern", post("/coalitions/{id}/concerns", Map.of("text", ""), MEMBERS, 302, 403)),
            Map.entry("concern to agenda", post("/coalitions/{id}/concerns/{concern}/agenda",
                    Map.of("meetingId", "-1", "title", "Neutral"), Set.of("gichd"), 302, 404)),
            Map.entry("close concern", post("/coalitions/{id}/concerns/{concern}/close", Map.of(), Set.of("gichd"),
                    302, 404)));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ConcernDesk concernDesk;

    TestCoalitions coalitions;
    Coalition coalition;
    long concern;

    @BeforeEach
    void ownCoalitionWithAConcern() {
        coalitions = new TestCoalitions(register, organisations, users);
        coalition = coalitions.create("Authorization test coalition");
        concern = concernDesk.raise(coalition.id(), "A concern for the authorization table.", coalitions.user("npa"))
                .id();
    }

    static Stream<Arguments> everyEndpointForEveryVisitor() {
        return ENDPOINTS.keySet().stream().sorted()
                .flatMap(endpoint -> VISITORS.stream().map(visitor -> Arguments.of(endpoint, visitor)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyEndpointForEveryVisitor")
    void eachEndpointLetsThroughOnlyThoseItIsFor(String name, String visitor) throws Exception {
        Endpoint endpoint = ENDPOINTS.get(name);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
                resolve(endpoint.path()));
        endpoint.params().forEach((field, value) -> request.param(field, resolve(value)));
        if (!visitor.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        if (endpoint.method() == HttpMethod.POST) {
            request.with(csrf());
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (endpoint.allowed().contains(visitor)) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.allowedStatus());
            if (endpoint.allowedStatus() == 302) {
                assertThat(response.getRedirectedUrl()).isEqualTo("/coalitions/" + coalition.id());
            }
        } else if (visitor.equals("anonymous")) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.deniedStatus());
        }
    }

    private String resolve(String text) {
        return text.replace("{id}", String.valueOf(coalition.id()))
                .replace("{concern}", String.valueOf(concern))
                .replace("{halo}", String.valueOf(coalitions.organisationId(TestCoalitions.HALO)))
                .replace("{authority}", String.valueOf(register.membersOf(coalition).stream()
                        .filter(m -> m.role() == CoalitionRole.NATIONAL_AUTHORITY).findFirst().orElseThrow().id()));
    }

    private static Endpoint get(String path, Set<String> allowed, int status) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), allowed, status, 403);
    }

    private static Endpoint post(String path, Map<String, String> params, Set<String> allowed, int status,
            int denied) {
        return new Endpoint(HttpMethod.POST, path, params, allowed, status, denied);
    }
}
