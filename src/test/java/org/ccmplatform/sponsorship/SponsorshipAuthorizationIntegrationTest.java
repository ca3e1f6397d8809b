package org.ccmplatform.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
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
 * Every sponsorship endpoint against every kind of visitor. The reports and the API are public; the applications are
 * read by the ISU and the State's own focal point ("lebanon" reads Lebanon's, "laos" does not); only the ISU records
 * contributions, selects, declines and records costs; a focal point or the ISU withdraws. Anonymous visitors are sent
 * to sign in. Allowed posts carry input that is refused or stale, and the test's transaction is rolled back.
 */
@IntegrationTest
@Transactional
class SponsorshipAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "isu", "president", "coordinator", "lebanon", "laos",
            "norway", "undp", "npa", "observer");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    static final Set<String> FOCAL_POINTS = Set.of("isu", "lebanon", "laos");
    static final Set<String> LEBANON = Set.of("isu", "lebanon");
    static final Set<String> ISU = Set.of("isu");

    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed, int allowedStatus) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("overview", get("/sponsorship", EVERYONE)),
            Map.entry("year page", get("/sponsorship/years/2016", EVERYONE)),
            Map.entry("year CSV", get("/sponsorship/years/2016/export.csv", EVERYONE)),
            Map.entry("meeting page", get("/sponsorship/meetings/{msp}", EVERYONE)),
            Map.entry("API year", get("/api/v1/sponsorship/years/2016", EVERYONE)),
            Map.entry("API meeting", get("/api/v1/sponsorship/meetings/{msp}", EVERYONE)),
            Map.entry("applications", get("/sponsorship/applications", FOCAL_POINTS)),
            Map.entry("application form", get("/sponsorship/applications/new", FOCAL_POINTS)),
            Map.entry("Lebanon's application", get("/sponsorship/applications/{lebanon}", LEBANON)),
            Map.entry("submit", post("/sponsorship/applications", Map.of("delegateName", ""), FOCAL_POINTS, 200)),
            Map.entry("record contribution", post("/sponsorship/years/2016/contributions", Map.of("amount", ""), ISU,
                    200)),
            Map.entry("select", post("/sponsorship/applications/{lebanon}/select", Map.of("version", "-1"), ISU,
                    302)),
            Map.entry("decline", post("/sponsorship/applications/{lebanon}/decline", Map.of("version", "-1",
                    "reasons", ""), ISU, 200)),
            Map.entry("record costs", post("/sponsorship/applications/{lebanon}/costs", Map.of("travelActual", ""),
                    ISU, 200)),
            Map.entry("withdraw", post("/sponsorship/applications/{lebanon}/withdraw", Map.of("version", "-1"),
                    LEBANON, 302)));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    SponsorshipRecords records;
    Map<String, String> ids;

    @BeforeEach
    void resources() {
        records = SponsorshipRecords.of(context);
        ids = Map.of("{msp}", String.valueOf(records.demoMsp(2016)),
                "{lebanon}", String.valueOf(records.demoApplication(2016, "LBN")));
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
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
                resolve(endpoint.path()));
        endpoint.params().forEach((field, value) -> request.param(field, value));
        if (endpoint.method() == HttpMethod.POST) {
            request.with(csrf());
        }
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(records.user(visitor)));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (endpoint.allowed().contains(visitor)) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.allowedStatus());
        } else if (visitor.equals("anonymous")) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(403);
        }
        assertThat(stored()).as("nothing stored changes").isEqualTo(stored);
    }

    private String stored() {
        records.entities.flush();
        return records.jdbc.queryForList("select id || ':' || status || ':' || version from sponsorship_application "
                + "order by id", String.class) + " / " + records.count("sponsorship_contribution");
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private static Endpoint get(String path, Set<String> allowed) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), allowed, 200);
    }

    private static Endpoint post(String path, Map<String, String> params, Set<String> allowed, int status) {
        return new Endpoint(HttpMethod.POST, path, params, allowed, status);
    }
}
