package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every assistance endpoint against every kind of visitor. Public pages and the API are read by all, except a need
 * marked not public, which is not found (page, API, matches, evidence) for those it is not for. Forms and their posts:
 * anonymous visitors are sent to sign in; a focal point keeps only its State's needs ("lebanon", not "laos"), a donor
 * only its own offers and pledges ("norway" cannot revise UNDP's pledge), only the ISU keeps the exchange rates.
 * Allowed posts carry input that is refused or harmless, and the test's transaction is rolled back.
 */
@IntegrationTest
@Transactional
class AssistanceAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "isu", "president", "coordinator", "lebanon", "laos",
            "norway", "undp", "npa", "gichd", "observer");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    /** Who sees a need marked not public: the ISU, the Presidency, coordinators, donors and the State itself. */
    static final Set<String> SEERS = Set.of("isu", "president", "coordinator", "lebanon", "norway", "undp");
    static final Set<String> FOCAL_POINTS = Set.of("isu", "lebanon", "laos");
    static final Set<String> LEBANON_KEEPERS = Set.of("isu", "lebanon");
    static final Set<String> DONORS = Set.of("isu", "norway", "undp");
    static final Set<String> NORWAY = Set.of("isu", "norway");
    static final Set<String> UNDP = Set.of("isu", "undp");
    static final Set<String> ISU = Set.of("isu");

    /** One endpoint: who gets through, with what answer, and what the others get. */
    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed, int allowedStatus,
            int deniedStatus) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("needs page", get("/assistance/needs", EVERYONE)),
            Map.entry("need page", get("/assistance/needs/{need}", EVERYONE)),
            Map.entry("offers page", get("/assistance/offers", EVERYONE)),
            Map.entry("offer page", get("/assistance/offers/{offer}", EVERYONE)),
            Map.entry("pledges page", get("/assistance/pledges", EVERYONE)),
            Map.entry("pledge page", get("/assistance/pledges/{undpPledge}", EVERYONE)),
            Map.entry("gaps page", get("/assistance/gaps", EVERYONE)),
            Map.entry("rates page", get("/assistance/rates", EVERYONE)),
            Map.entry("state funding", get("/assistance/states/LBN/funding", EVERYONE)),
            Map.entry("coalition funding", get("/assistance/coalitions/{coalition}/funding", EVERYONE)),
            Map.entry("public evidence", get("/assistance/needs/{shown}/evidence", EVERYONE)),
            Map.entry("API needs", get("/api/v1/needs", EVERYONE)),
            Map.entry("API need", get("/api/v1/needs/{need}", EVERYONE)),
            Map.entry("API matches", get("/api/v1/needs/{need}/matches", EVERYONE)),
            Map.entry("API pledges", get("/api/v1/pledges", EVERYONE)),
            Map.entry("API funding gaps", get("/api/v1/funding-gaps", EVERYONE)),
            Map.entry("hidden need page", hidden("/assistance/needs/{hidden}")),
            Map.entry("hidden need evidence", hidden("/assistance/needs/{hidden}/evidence")),
            Map.entry("hidden need API", hidden("/api/v1/needs/{hidden}")),
            Map.entry("hidden need matches", hidden("/api/v1/needs/{hidden}/matches")),
            Map.entry("hidden demo need page", hidden("/assistance/needs/{victims}")),
            Map.entry("hidden demo need API", hidden("/api/v1/needs/{victims}")),
            Map.entry("need form", get("/assistance/needs/new", FOCAL_POINTS)),
            Map.entry("need edit form", get("/assistance/needs/{need}/edit", LEBANON_KEEPERS)),
            Map.entry("post need", post("/assistance/needs", Map.of("title", ""), FOCAL_POINTS, 200)),
            Map.entry("edit need", post("/assistance/needs/{need}", Map.of("title", ""), LEBANON_KEEPERS, 200)),
            Map.entry("close need", post("/assistance/needs/{need}/close", Map.of("version", "-1"), LEBANON_KEEPERS,
                    302)),
            Map.entry("reopen need", post("/assistance/needs/{need}/reopen", Map.of("version", "-1"),
                    LEBANON_KEEPERS, 302)),
            Map.entry("offer form", get("/assistance/offers/new", DONORS)),
            Map.entry("offer edit form", get("/assistance/offers/{offer}/edit", NORWAY)),
            Map.entry("post offer", post("/assistance/offers", Map.of("amount", ""), DONORS, 200)),
            Map.entry("edit offer", post("/assistance/offers/{offer}", Map.of("amount", ""), NORWAY, 200)),
            Map.entry("pledge form", get("/assistance/pledges/new", DONORS)),
            Map.entry("pledge form for a need", get("/assistance/pledges/new?need={need}", DONORS)),
            Map.entry("post pledge", post("/assistance/pledges", Map.of("amount", ""), DONORS, 200)),
            Map.entry("revise pledge", post("/assistance/pledges/{undpPledge}", Map.of("amount", ""), UNDP, 200)),
            Map.entry("pay tranche", post("/assistance/pledges/{undpPledge}/tranches", Map.of("amount", ""), UNDP,
                    200)),
            Map.entry("enter rate", post("/assistance/rates", Map.of("currency", ""), ISU, 200)),
            Map.entry("import rates", post("/assistance/rates/import", Map.of(), ISU, 200)));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    AssistanceRecords fixture;
    Map<String, String> ids;

    @BeforeEach
    void resources() {
        fixture = AssistanceRecords.of(context);
        ids = Map.of(
                "{need}", String.valueOf(fixture.demoNeed(AssistanceRecords.LEBANON_CLEARANCE)),
                "{victims}", String.valueOf(fixture.demoNeed(AssistanceRecords.LEBANON_VICTIMS)),
                "{hidden}", String.valueOf(fixture.needWithEvidence("LBN", "Authorization test: hidden", false).id()),
                "{shown}", String.valueOf(fixture.needWithEvidence("LBN", "Authorization test: shown", true).id()),
                "{offer}", String.valueOf(fixture.jdbc.queryForObject("select min(o.id) from donor_offer o join "
                        + "state s on s.id = o.donor_state_id where s.iso3 = 'NOR'", Long.class)),
                "{undpPledge}", String.valueOf(fixture.jdbc.queryForObject("select p.id from pledge p where "
                        + "p.need_id = ? and p.donor_organisation_id is not null", Long.class,
                        fixture.demoNeed(AssistanceRecords.LAOS_DATABASE))),
                "{coalition}", String.valueOf(fixture.lebanonForum().id()));
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
        if (endpoint.method() == HttpMethod.POST) {
            request.with(csrf());
        }

        MockHttpServletResponse response = perform(request, visitor);

        if (endpoint.allowed().contains(visitor)) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.allowedStatus());
        } else if (visitor.equals("anonymous") && endpoint.deniedStatus() != 404) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.deniedStatus());
            assertThat(response.getContentAsString()).doesNotContain("Authorization test: hidden",
                    AssistanceRecords.LEBANON_VICTIMS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "isu", "president", "lebanon", "laos", "norway", "undp", "npa", "observer"})
    void anUndisclosedAmountIsShownOnlyToTheDonorTheIsuAndTheBeneficiary(String visitor) throws Exception {
        boolean sees = visitor.equals("isu") || visitor.equals("laos");
        long switzerland = fixture.jdbc.queryForObject("select p.id from pledge p join state s on "
                + "s.id = p.donor_state_id where s.iso3 = 'CHE' and p.need_id = ?", Long.class,
                fixture.demoNeed(AssistanceRecords.LAOS_CLEARANCE));

        Document pledge = page("/assistance/pledges/" + switzerland, visitor);
        Document need = page("/assistance/needs/" + fixture.demoNeed(AssistanceRecords.LAOS_CLEARANCE), visitor);
        Document list = page("/assistance/pledges?state=LAO", visitor);

        for (Document shown : List.of(pledge, need, list)) {
            assertThat(shown.select("main").text().contains("CHF 2,500,000.00")).as(visitor).isEqualTo(sees);
            assertThat(shown.select("main").text().contains("undisclosed")).as(visitor).isEqualTo(!sees);
        }
        assertThat(pledge.select("section[aria-labelledby=tranches-heading]").isEmpty()).isEqualTo(!sees);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"anonymous", "laos", "npa", "observer", "gichd"})
    void aNeedNotPublicLeavesNoTraceInTheListsOfThoseItIsNotFor(String visitor) throws Exception {
        assertThat(page("/assistance/needs?state=LBN", visitor).select("main").text())
                .doesNotContain(AssistanceRecords.LEBANON_VICTIMS, "Authorization test: hidden");
        assertThat(page("/assistance/gaps?state=LBN", visitor).select("main").text())
                .doesNotContain(AssistanceRecords.LEBANON_VICTIMS, "Authorization test: hidden");
        // A pledge to it says only that it goes to a need that is not public.
        long undpToVictims = fixture.jdbc.queryForObject("select id from pledge where need_id = ?", Long.class,
                fixture.demoNeed(AssistanceRecords.LEBANON_VICTIMS));
        Document pledge = page("/assistance/pledges/" + undpToVictims, visitor);
        assertThat(pledge.select("main").text()).contains("a need of Lebanon that is not public")
                .doesNotContain(AssistanceRecords.LEBANON_VICTIMS);
    }

    private Document page(String path, String visitor) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path), visitor);
        assertThat(response.getStatus()).as(path + " for " + visitor).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor) throws Exception {
        request.header("Accept-Language", "en");
        if (!visitor.equals("anonymous")) {
            request.with(user(fixture.user(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
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

    /** A need marked not public: found by those it is for, not found (even by anonymous visitors) for others. */
    private static Endpoint hidden(String path) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), SEERS, 200, 404);
    }

    private static Endpoint post(String path, Map<String, String> params, Set<String> allowed, int status) {
        return new Endpoint(HttpMethod.POST, path, params, allowed, status, 403);
    }
}
