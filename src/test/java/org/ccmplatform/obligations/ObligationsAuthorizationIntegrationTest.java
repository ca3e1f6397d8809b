package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.coalitions.TestPdfs;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page and form of the obligations against every kind of visitor (the demo accounts: "isu", "president" of
 * Germany, "coordinator" of Italy, "lebanon" and "laos" focal points, "norway" donor, "undp", "npa", "gichd",
 * "observer"). The rules are the code's: Lebanon's obligations are kept by the ISU and Lebanon's focal point only (not
 * by a focal point of another State); the ISU alone records a new obligation and a decision; the ISU or the Presidency
 * forms an Analysis Group; its members (Italy's coordinator for Lebanon's request) and the ISU ask and conclude; the
 * requesting State answers and withdraws. A draft request (Lao PDR's, made here) is not found by those who may not read
 * it. Allowed visitors get through (their input is then refused by a rule, or harmless, and rolled back), others get
 * 403 or 404, and anonymous ones are sent to sign in.
 */
@IntegrationTest
@Transactional
class ObligationsAuthorizationIntegrationTest {

    static final List<String> VISITORS = List.of("anonymous", "isu", "president", "coordinator", "lebanon", "laos",
            "norway", "undp", "npa", "gichd", "observer");
    static final Set<String> EVERYONE = Set.copyOf(VISITORS);
    static final Set<String> LEBANONS_KEEPERS = Set.of("isu", "lebanon");
    static final Set<String> LAOS_KEEPERS = Set.of("isu", "laos");
    static final Set<String> ANALYSTS = Set.of("isu", "coordinator");
    static final Set<String> READERS_OF_EXCHANGES = Set.of("isu", "lebanon", "coordinator", "president");

    /** One endpoint: who gets through, with what answer, and what the others (anonymous too, for a page) get. */
    record Endpoint(HttpMethod method, String path, Map<String, String> params, Set<String> allowed, int allowedStatus,
            int deniedStatus) {}

    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            Map.entry("obligations table", get("/obligations", EVERYONE)),
            Map.entry("obligations CSV", get("/obligations/export.csv", EVERYONE)),
            Map.entry("obligation page", get("/obligations/{lbn4}", EVERYONE)),
            Map.entry("State's obligations page", get("/obligations/states/LBN", EVERYONE)),
            Map.entry("extension requests", get("/extension-requests", EVERYONE)),
            Map.entry("request under analysis", get("/extension-requests/{request}", EVERYONE)),
            Map.entry("draft request", new Endpoint(HttpMethod.GET, "/extension-requests/{draft}", Map.of(),
                    LAOS_KEEPERS, 200, 404)),
            Map.entry("overdue reports", get("/transparency/overdue?asOf=2016-11-04", EVERYONE)),
            Map.entry("reports received", get("/transparency/reports", EVERYONE)),
            Map.entry("report document", get("/transparency/reports/{report}/document", EVERYONE)),
            Map.entry("figure", post("/obligations/{lbn4}/figures", Map.of(), LEBANONS_KEEPERS, 200, 403)),
            Map.entry("completion", post("/obligations/{lbn4}/completion", Map.of(), LEBANONS_KEEPERS, 200, 403)),
            Map.entry("reopen", post("/obligations/{lbn4}/reopen", Map.of(), LEBANONS_KEEPERS, 302, 403)),
            Map.entry("legislation", post("/obligations/{lbn9}/legislation", Map.of(), LEBANONS_KEEPERS, 200, 403)),
            Map.entry("commitment", post("/obligations/{lbn5}/commitments/FOCAL_POINT", Map.of(), LEBANONS_KEEPERS,
                    302, 403)),
            Map.entry("extension draft", post("/obligations/{lbn4}/extension-requests", Map.of(), LEBANONS_KEEPERS,
                    200, 403)),
            Map.entry("report received", post("/obligations/states/LBN/reports", Map.of(), LEBANONS_KEEPERS, 200,
                    403)),
            Map.entry("new obligation", post("/obligations/states/LBN/declare", Map.of(), Set.of("isu"), 200, 403)),
            Map.entry("redraft", post("/extension-requests/{draft}/draft", Map.of(), LAOS_KEEPERS, 200, 404)),
            Map.entry("work plan", post("/extension-requests/{draft}/work-plan", Map.of(), LAOS_KEEPERS, 200, 404)),
            Map.entry("submit", post("/extension-requests/{draft}/submit", Map.of(), LAOS_KEEPERS, 302, 404)),
            Map.entry("withdraw draft", post("/extension-requests/{draft}/withdraw", Map.of(), LAOS_KEEPERS, 302,
                    404)),
            Map.entry("Analysis Group", post("/extension-requests/{request}/analysis", Map.of("members", "SWE"),
                    Set.of("isu", "president"), 302, 403)),
            Map.entry("question", post("/extension-requests/{request}/questions", Map.of("question", ""), ANALYSTS,
                    302, 403)),
            Map.entry("answer", post("/extension-requests/{request}/questions/{question}/answer",
                    Map.of("answer", ""), LEBANONS_KEEPERS, 302, 403)),
            Map.entry("conclusion", post("/extension-requests/{request}/conclusion", Map.of("report", ""), ANALYSTS,
                    302, 403)),
            Map.entry("decision", post("/extension-requests/{request}/decision", Map.of(), Set.of("isu"), 302, 403)),
            Map.entry("withdraw", post("/extension-requests/{request}/withdraw", Map.of(), LEBANONS_KEEPERS, 302,
                    403)));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Obligations obligations;

    @Autowired
    ExtensionRequests requests;

    @Autowired
    AnalysisExchanges exchanges;

    @Autowired
    ExtensionDesk desk;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    StateRegister states;

    Map<String, String> ids;

    @BeforeEach
    void lebanonsObligationsLaosDraftAndAReportWithItsPdf() throws Exception {
        Obligation clearance = ObligationPagesSupport.obligation(obligations, states, "LBN", Article.ARTICLE_4);
        ExtensionRequest request = requests.findByObligationOrderByIdAsc(clearance).stream()
                .filter(r -> r.status() == RequestStatus.UNDER_ANALYSIS).findFirst().orElseThrow();
        AnalysisExchange open = exchanges.findByRequestOrderByAskedAtAsc(request).stream()
                .filter(e -> e.answer() == null).findFirst().orElseThrow();
        Obligation laos = ObligationPagesSupport.obligation(obligations, states, "LAO", Article.ARTICLE_4);
        ExtensionRequest draft = desk.draft(laos.id(), LocalDate.of(2030, 8, 1), "A draft of Lao PDR",
                (CurrentUser) users.loadUserByUsername("laos"));
        OverdueReport missing = transparency.overdue(LocalDate.now()).get(0);
        TransparencyReport report = transparency.record(missing.state().iso3(), missing.kind(), missing.yearCovered(),
                LocalDate.now(), null, "Authorization test", "report.pdf", TestPdfs.saying("An Article 7 report"),
                (CurrentUser) users.loadUserByUsername("isu"));
        ids = Map.of("{lbn4}", String.valueOf(clearance.id()),
                "{lbn5}", String.valueOf(ObligationPagesSupport.obligation(obligations, states, "LBN",
                        Article.ARTICLE_5).id()),
                "{lbn9}", String.valueOf(ObligationPagesSupport.obligation(obligations, states, "LBN",
                        Article.ARTICLE_9).id()),
                "{request}", String.valueOf(request.id()),
                "{question}", String.valueOf(open.id()),
                "{draft}", String.valueOf(draft.id()),
                "{report}", String.valueOf(report.id()));
    }

    static Stream<Arguments> everyEndpointForEveryVisitor() {
        return ENDPOINTS.keySet().stream().sorted()
                .flatMap(endpoint -> VISITORS.stream().map(visitor -> Arguments.of(endpoint, visitor)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyEndpointForEveryVisitor")
    void eachEndpointLetsThroughOnlyThoseTheCodeAllows(String name, String visitor) throws Exception {
        Endpoint endpoint = ENDPOINTS.get(name);
        MockHttpServletResponse response = perform(endpoint.method(), resolve(endpoint.path()), endpoint.params(),
                visitor);

        if (endpoint.allowed().contains(visitor)) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.allowedStatus());
            if (endpoint.allowedStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as("%s for %s", name, visitor)
                        .matches("/(obligations|extension-requests)/\\d+");
            }
        } else if (visitor.equals("anonymous") && endpoint.method() == HttpMethod.POST) {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("%s for %s", name, visitor).isEqualTo(endpoint.deniedStatus());
        }
    }

    @ParameterizedTest(name = "the questions and answers on Lebanon''s request for {0}")
    @ValueSource(strings = {"anonymous", "isu", "president", "coordinator", "lebanon", "laos", "norway", "undp", "npa",
        "gichd", "observer"})
    void theAnalysisExchangesAreReadOnlyByTheRequesterTheGroupTheIsuAndThePresidency(String visitor)
            throws Exception {
        String page = perform(HttpMethod.GET, resolve("/extension-requests/{request}"), Map.of(), visitor)
                .getContentAsString(StandardCharsets.UTF_8);

        boolean shown = Jsoup.parse(page).selectFirst("#exchanges-heading") != null;
        boolean questionInText = page.contains("Which part of the budget is covered by national funds");
        assertThat(shown).as("exchanges shown to %s", visitor).isEqualTo(READERS_OF_EXCHANGES.contains(visitor));
        assertThat(questionInText).as("question in the page of %s", visitor)
                .isEqualTo(READERS_OF_EXCHANGES.contains(visitor));
    }

    @ParameterizedTest(name = "the draft is listed for {0} only if they may read it")
    @ValueSource(strings = {"anonymous", "isu", "president", "coordinator", "lebanon", "laos", "norway", "observer"})
    void aDraftIsListedOnlyForThoseWhoMayReadIt(String visitor) throws Exception {
        String page = perform(HttpMethod.GET, "/extension-requests", Map.of(), visitor)
                .getContentAsString(StandardCharsets.UTF_8);

        boolean listed = !Jsoup.parse(page).select("a[href=/extension-requests/" + ids.get("{draft}") + "]")
                .isEmpty();
        assertThat(listed).as("draft listed for %s", visitor).isEqualTo(LAOS_KEEPERS.contains(visitor));
    }

    private MockHttpServletResponse perform(HttpMethod method, String path, Map<String, String> params,
            String visitor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        params.forEach(request::param);
        if (!visitor.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        if (method == HttpMethod.POST) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private static Endpoint get(String path, Set<String> allowed) {
        return new Endpoint(HttpMethod.GET, path, Map.of(), allowed, 200, 403);
    }

    private static Endpoint post(String path, Map<String, String> params, Set<String> allowed, int status,
            int denied) {
        return new Endpoint(HttpMethod.POST, path, params, allowed, status, denied);
    }
}
