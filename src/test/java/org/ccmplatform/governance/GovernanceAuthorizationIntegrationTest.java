package org.ccmplatform.governance;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every Presidency and committee endpoint against every kind of visitor. The calendar, the committee, the matrix,
 * published plans, the themes' pages and the API are public; drafts are found only by the committee (the ISU, the
 * Presidency, coordinators); only the ISU and the Presidency keep the calendar and the committee; a coordinator
 * edits its own theme's plan (Italy victim assistance's, not universalization's), the ISU and the Presidency every one. Allowed posts carry input that is refused or stale, so
 * that nothing stored changes.
 */
@IntegrationTest
class GovernanceAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "isu", "president", "coordinator", "lebanon", "norway",
            "npa", "gichd", "observer");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    static final Set<String> COMMITTEE = Set.of("isu", "president", "coordinator");
    static final Set<String> KEEPERS = Set.of("isu", "president");

    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed,
            int allowedStatus, int deniedStatus) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("calendar", get("/presidency", EVERYONE)),
            Map.entry("an MSP", get("/presidency/meetings/{msp}", EVERYONE)),
            Map.entry("committee", get("/committee?term={msp}", EVERYONE)),
            Map.entry("target matrix", get("/committee/targets?term={msp}", EVERYONE)),
            Map.entry("a State's plans", get("/committee/states/LBN?term={msp}", EVERYONE)),
            Map.entry("plans", get("/committee/plans?term={msp}", EVERYONE)),
            Map.entry("a published plan", get("/committee/plans/{published}", EVERYONE)),
            Map.entry("a draft", new Endpoint(HttpMethod.GET, "/committee/plans/{draft}", Map.of(), COMMITTEE, 200,
                    404)),
            Map.entry("an activity's form", get("/committee/plans/{published}/activities/{activity}", COMMITTEE)),
            Map.entry("a version", get("/committee/plans/{published}/revisions/1", COMMITTEE)),
            Map.entry("themes", get("/themes", EVERYONE)),
            Map.entry("a theme's page", get("/themes/universalization", EVERYONE)),
            Map.entry("API presidencies", get("/api/v1/presidencies", EVERYONE)),
            Map.entry("API committee", get("/api/v1/coordination-committee?term=7MSP", EVERYONE)),
            Map.entry("API plans", get("/api/v1/operational-plans", EVERYONE)),
            Map.entry("record an MSP", post("/presidency/meetings", Map.of("ordinal", ""), KEEPERS, 200)),
            Map.entry("change an MSP", post("/presidency/meetings/{msp}", Map.of("ordinal", ""), KEEPERS, 200)),
            Map.entry("add a slot", post("/presidency/meetings/{msp}/slots", Map.of("topic", ""), KEEPERS, 200)),
            Map.entry("seat a member", post("/committee/{msp}/seats", Map.of("kind", ""), KEEPERS, 200)),
            Map.entry("unseat a member", post("/committee/{msp}/seats/0/delete", Map.of(), KEEPERS, 404)),
            Map.entry("write a note", post("/committee/plans?term={msp}", Map.of("objectives", ""), COMMITTEE, 200)),
            Map.entry("change a note", post("/committee/plans/{published}/note", Map.of("objectives", ""), KEEPERS,
                    200)),
            Map.entry("add an activity", post("/committee/plans/{published}/activities", Map.of("title", ""),
                    KEEPERS, 200)),
            Map.entry("change an activity", post("/committee/plans/{published}/activities/{activity}",
                    Map.of("title", ""), KEEPERS, 200)),
            Map.entry("remove an activity", post("/committee/plans/{published}/activities/{activity}/delete",
                    Map.of("version", "-1"), KEEPERS, 302)),
            Map.entry("publish", post("/committee/plans/{published}/publish", Map.of("executiveSummary", ""),
                    KEEPERS, 200)),
            Map.entry("change Italy's note", post("/committee/plans/{victims}/note", Map.of("objectives", ""),
                    COMMITTEE, 200)),
            Map.entry("link an action point", post("/committee/plans/requests?term={msp}", Map.of(), KEEPERS,
                    302)));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    GovernanceRecords records;
    Map<String, String> ids;

    @BeforeEach
    void resources() {
        records = GovernanceRecords.of(context);
        Term seventh = records.seventhMsp();
        Map<Theme, ThemePlan> plans = records.plans.ofTerm(seventh);
        ThemePlan published = plans.get(Theme.UNIVERSALIZATION);
        ids = Map.of("{msp}", String.valueOf(seventh.id()), "{published}", String.valueOf(published.id()),
                "{victims}", String.valueOf(plans.get(Theme.VICTIM_ASSISTANCE).id()),
                "{draft}", String.valueOf(plans.get(Theme.TRANSPARENCY).id()),
                "{activity}", String.valueOf(published.activities().get(0).id()));
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
        endpoint.params().forEach(request::param);
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
        } else if (endpoint.deniedStatus() == 404) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(404);
        } else if (visitor.equals("anonymous")) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(403);
        }
        assertThat(stored()).as("nothing stored changes").isEqualTo(stored);
    }

    private String stored() {
        return jdbc.queryForList("select id || ':' || version from states_parties_meeting order by id", String.class)
                + " / " + jdbc.queryForList("select id || ':' || version from theme_plan order by id", String.class)
                + " / " + jdbc.queryForObject("select count(*) from committee_seat", Long.class)
                + " / " + jdbc.queryForObject("select count(*) from plan_activity", Long.class)
                + " / " + jdbc.queryForObject("select count(*) from plan_request", Long.class)
                + " / " + jdbc.queryForObject("select count(*) from programme_slot", Long.class);
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private static Endpoint get(String path, Set<String> allowed) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), allowed, 200, 403);
    }

    private static Endpoint post(String path, Map<String, String> params, Set<String> allowed, int status) {
        return new Endpoint(HttpMethod.POST, path, params, allowed, status, 403);
    }
}
