package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every universalization endpoint against every kind of visitor. The status page, the States' pages and the API are
 * public; only the ISU, the Presidency and a coordinator of universalization of the current term (France, seated for
 * the test) record assessments, votes, engagements and targets and import votes; the coordinator for Italy, a donor and
 * an observer are refused; anonymous visitors are sent to sign in. Allowed posts carry input that is refused or stale,
 * and nothing stored changes.
 */
@IntegrationTest
@Transactional
class UniversalizationAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "norway", "observer", "coordinator", "president", "isu",
            "universalization coordinator");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    static final Set<String> KEEPERS = Set.of("isu", "president", "universalization coordinator");

    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed, int status) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("status page", get("/universalization", EVERYONE)),
            Map.entry("State page", get("/universalization/states/MMR", EVERYONE)),
            Map.entry("API States", get("/api/v1/universalization/states?category=ADMINISTRATIVE", EVERYONE)),
            Map.entry("API State", get("/api/v1/universalization/states/USA", EVERYONE)),
            Map.entry("import page", get("/universalization/votes/import", KEEPERS)),
            Map.entry("import", post("/universalization/votes/import", Map.of())),
            Map.entry("target", post("/universalization/targets", Map.of("count", ""))),
            Map.entry("assessment", post("/universalization/states/MMR/profile", Map.of("version", "7", "category",
                    "ADMINISTRATIVE", "source", "Test"))),
            Map.entry("vote", post("/universalization/states/MMR/votes", Map.of("year", ""))),
            Map.entry("engagement", post("/universalization/states/MMR/engagements", Map.of("what", ""))),
            Map.entry("vote correction", new Endpoint(HttpMethod.POST, "/universalization/states/USA/votes/2016",
                    Map.of("version", "-1", "vote", "YES"), KEEPERS, 302)));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    UniversalizationRecords records;
    CurrentUser universalizationCoordinator;

    @BeforeEach
    void records() {
        records = UniversalizationRecords.of(context);
        universalizationCoordinator = records.universalizationCoordinator("FRA", records.desk.today());
    }

    static Stream<Arguments> everyEndpointForEveryVisitor() {
        return ENDPOINTS.keySet().stream().sorted()
                .flatMap(endpoint -> VISITORS.stream().map(visitor -> Arguments.of(endpoint, visitor)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyEndpointForEveryVisitor")
    void eachEndpointLetsThroughOnlyThoseItIsFor(String name, String visitor) throws Exception {
        Endpoint endpoint = ENDPOINTS.get(name);
        String stored = stored();
        MockHttpServletRequestBuilder request = endpoint.method() == HttpMethod.POST
                ? MockMvcRequestBuilders.post(endpoint.path()).with(csrf())
                : MockMvcRequestBuilders.get(endpoint.path());
        endpoint.params().forEach(request::param);
        request.header("Accept-Language", "en");
        if (visitor.equals("universalization coordinator")) {
            request.with(user(universalizationCoordinator));
        } else if (!visitor.equals("anonymous")) {
            request.with(user(records.user(visitor)));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (endpoint.allowed().contains(visitor)) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.status());
        } else if (visitor.equals("anonymous")) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(403);
        }
        assertThat(stored()).as("nothing stored changes").isEqualTo(stored);
    }

    private String stored() {
        return records.votesOf("USA") + "/" + records.count("unga_vote") + "/" + records.count("engagement") + "/"
                + records.count("universalization_profile") + "/" + records.count("universalization_target");
    }

    private static Endpoint get(String path, Set<String> allowed) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), allowed, 200);
    }

    private static Endpoint post(String path, Map<String, String> params) {
        return new Endpoint(HttpMethod.POST, path, params, KEEPERS, 200);
    }
}
