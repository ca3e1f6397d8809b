package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/obligations: public, read-only, filtered by article, State and status, paged; bad filters are 400. */
@IntegrationTest
class ObligationApiIntegrationTest {

    /** The fields of an obligation that the issue lists, and the two the API adds (its id, the projection's rule). */
    static final Set<String> ITEM_FIELDS = Set.of("id", "state", "article", "basis", "startDate", "originalDeadline",
            "currentDeadline", "extensions", "status", "completedOn", "projectedCompletion", "projectionBasis");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObligationLedger ledger;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("Chile's clearance obligation carries its treaty deadline and its three extensions, with the fields "
            + "the issue names")
    void chilesClearanceWithItsExtensions() throws Exception {
        JsonNode page = read(get("/api/v1/obligations").param("state", "CHL").param("article", "4"));

        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode chile = page.get("content").get(0);
        assertThat(fieldNames(chile)).containsExactlyInAnyOrderElementsOf(ITEM_FIELDS);
        assertThat(chile.get("state").asString()).isEqualTo("CHL");
        assertThat(chile.get("article").asInt()).isEqualTo(4);
        assertThat(chile.get("basis").asString()).isEqualTo("Article 4(1)(a)");
        assertThat(chile.get("startDate").asString()).isEqualTo("2011-06-01");
        assertThat(chile.get("originalDeadline").asString()).isEqualTo("2021-06-01");
        assertThat(chile.get("currentDeadline").asString()).isEqualTo("2026-06-01");
        assertThat(chile.get("completedOn").isNull()).isTrue();
        assertThat(chile.get("extensions")).hasSize(3);
        for (JsonNode extension : chile.get("extensions")) {
            assertThat(fieldNames(extension)).containsExactlyInAnyOrder("requestedDeadline", "grantedDeadline",
                    "decidedAt", "meeting");
        }
        assertThat(chile.get("extensions").findValuesAsString("grantedDeadline"))
                .containsExactly("2022-06-01", "2023-06-01", "2026-06-01");
        assertThat(chile.get("status").asString()).isEqualTo("OVERDUE");
    }

    @Test
    @DisplayName("An extension decided at a named meeting gives the meeting: Lao PDR's, at the 9MSP")
    void anExtensionNamesTheMeetingThatDecidedIt() throws Exception {
        JsonNode laos = read(get("/api/v1/obligations").param("state", "LAO").param("article", "4"))
                .get("content").get(0);

        assertThat(laos.get("extensions")).singleElement().satisfies(e -> {
            assertThat(e.get("requestedDeadline").asString()).isEqualTo("2025-08-01");
            assertThat(e.get("grantedDeadline").asString()).isEqualTo("2025-08-01");
            assertThat(e.get("meeting").asString()).isEqualTo("9MSP");
            assertThat(e.get("decidedAt").isNull()).isTrue();
        });
    }

    @Test
    @DisplayName("A completed obligation gives its completion day and the COMPLETED status: Croatia, 10 July 2020")
    void aCompletedObligationGivesItsCompletion() throws Exception {
        JsonNode croatia = read(get("/api/v1/obligations").param("state", "hrv").param("article", "4"))
                .get("content").get(0);

        assertThat(croatia.get("completedOn").asString()).isEqualTo("2020-07-10");
        assertThat(croatia.get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    @DisplayName("Lebanon's clearance has a projection from the mean of its last three reported years")
    void lebanonsClearanceHasAProjection() throws Exception {
        JsonNode lebanon = read(get("/api/v1/obligations").param("state", "LBN").param("article", "4"))
                .get("content").get(0);

        assertThat(lebanon.get("currentDeadline").asString()).isEqualTo("2026-05-01");
        assertThat(lebanon.get("projectedCompletion").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(lebanon.get("projectedCompletion").asString()).isGreaterThan("2026-01-01");
        assertThat(lebanon.get("status").asString()).isEqualTo("OVERDUE");
    }

    @ParameterizedTest(name = "article={0}")
    @ValueSource(ints = {3, 4, 5, 7, 9})
    @DisplayName("The article filter keeps that article's obligations only")
    void theArticleFilterKeepsThatArticleOnly(int article) throws Exception {
        JsonNode page = read(get("/api/v1/obligations").param("article", String.valueOf(article))
                .param("size", "500"));

        assertThat(page.get("content").size()).isPositive();
        assertThat(page.get("totalElements").asLong()).isEqualTo(page.get("content").size());
        page.get("content").forEach(o -> assertThat(o.get("article").asInt()).isEqualTo(article));
    }

    @Test
    @DisplayName("Every State Party has an Article 7 obligation, whose treaty deadline is the initial report's")
    void everyStatePartyHasATransparencyObligation() throws Exception {
        JsonNode page = read(get("/api/v1/obligations").param("article", "7").param("size", "500"));

        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(112);
        Set<String> states = new HashSet<>(page.get("content").findValuesAsString("state"));
        assertThat(states).hasSize(page.get("content").size()).contains("LBN", "NOR", "VUT");
        page.get("content").forEach(o -> assertThat(java.time.LocalDate.parse(o.get("originalDeadline").asString()))
                .isEqualTo(java.time.LocalDate.parse(o.get("startDate").asString()).plusDays(180)));
    }

    @Test
    @DisplayName("The status filter keeps that status only, in any case: completed clearances include Montenegro, "
            + "Croatia and Bosnia and Herzegovina")
    void theStatusFilterKeepsThatStatusOnly() throws Exception {
        JsonNode page = read(get("/api/v1/obligations").param("article", "4").param("status", "completed")
                .param("size", "500"));

        assertThat(page.get("content").findValuesAsString("status")).containsOnly("COMPLETED");
        assertThat(page.get("content").findValuesAsString("state")).contains("MNE", "HRV", "BIH")
                .doesNotContain("LBN", "LAO", "IRQ");
    }

    @Test
    @DisplayName("Overdue clearances include Iraq and Lebanon, whose deadlines have passed, but no completed one")
    void overdueClearances() throws Exception {
        JsonNode page = read(get("/api/v1/obligations").param("article", "4").param("status", "OVERDUE")
                .param("size", "500"));

        assertThat(page.get("content").findValuesAsString("state")).contains("IRQ", "LBN")
                .doesNotContain("MNE", "HRV");
        page.get("content").forEach(o -> {
            assertThat(o.get("completedOn").isNull()).isTrue();
            assertThat(o.get("currentDeadline").asString()).isLessThan(ledger.today().toString());
        });
    }

    @Test
    @DisplayName("A State's obligations are all of that State, and all of them: Lebanon's articles 4, 5, 7 and 9")
    void theStateFilterKeepsThatStatesObligations() throws Exception {
        JsonNode page = read(get("/api/v1/obligations").param("state", "LBN"));

        assertThat(page.get("content").findValuesAsString("state")).containsOnly("LBN");
        List<Integer> articles = new ArrayList<>();
        page.get("content").forEach(o -> articles.add(o.get("article").asInt()));
        assertThat(articles).contains(4, 5, 7, 9).doesNotContain(3);
    }

    @Test
    @DisplayName("Pages follow each other without overlap and add up to the total")
    void pagesFollowEachOtherWithoutOverlap() throws Exception {
        JsonNode all = read(get("/api/v1/obligations").param("article", "7").param("size", "500"));
        long total = all.get("totalElements").asLong();
        List<String> seen = new ArrayList<>();
        int pages = (int) Math.ceil(total / 25.0);
        for (int page = 0; page < pages; page++) {
            JsonNode one = read(get("/api/v1/obligations").param("article", "7").param("page", String.valueOf(page))
                    .param("size", "25"));
            assertThat(one.get("page").asInt()).isEqualTo(page);
            assertThat(one.get("size").asInt()).isEqualTo(25);
            assertThat(one.get("totalElements").asLong()).isEqualTo(total);
            assertThat(one.get("totalPages").asInt()).isEqualTo(pages);
            one.get("content").forEach(o -> seen.add(o.get("id").asString()));
        }
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(seen).containsExactlyElementsOf(all.get("content").findValuesAsString("id"));
        JsonNode beyond = read(get("/api/v1/obligations").param("article", "7").param("page", String.valueOf(pages))
                .param("size", "25"));
        assertThat(beyond.get("content")).isEmpty();
    }

    @Test
    @DisplayName("One obligation by its id is the same as in the list; an unknown id is a 404 problem")
    void oneObligationByItsId() throws Exception {
        JsonNode listed = read(get("/api/v1/obligations").param("state", "DEU").param("article", "3"))
                .get("content").get(0);

        JsonNode one = read(get("/api/v1/obligations/{id}", listed.get("id").asLong()));

        assertThat(one).isEqualTo(listed);
        assertThat(one.get("completedOn").asString()).isEqualTo("2015-11-25");
        mvc.perform(get("/api/v1/obligations/{id}", 987654321L))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "article, 6", "article, three", "article, 10", "status, FOO", "status, LATE", "state, XXX",
        "state, Lebanon", "region, ATLANTIS", "size, 0", "size, 501", "page, -1"})
    @DisplayName("A filter value the API does not know is a 400 problem that names it, never an error or a silent "
            + "empty list")
    void anUnknownFilterValueIsA400Problem(String parameter, String value) throws Exception {
        String body = mvc.perform(get("/api/v1/obligations").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @Test
    @DisplayName("The problem for an unknown status names the value and the statuses allowed")
    void theProblemForAnUnknownStatusNamesTheValuesAllowed() throws Exception {
        String body = mvc.perform(get("/api/v1/obligations").param("status", "FOO"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(body).get("detail").asString()).contains("FOO",
                "ON_TRACK, AT_RISK, OVERDUE, COMPLETED, NO_DEADLINE");
    }

    @Test
    @DisplayName("The problem for an unknown State names the code, rather than answering with an empty list")
    void theProblemForAnUnknownStateNamesTheCode() throws Exception {
        String body = mvc.perform(get("/api/v1/obligations").param("state", "XXX"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(body).get("detail").asString()).contains("XXX");
    }

    @Test
    @DisplayName("The obligations are public and read-only: anyone reads them, nobody writes through them")
    void theObligationsArePublicAndReadOnly() throws Exception {
        mvc.perform(get("/api/v1/obligations").param("state", "LBN")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/obligations").param("state", "LBN").with(user(users.loadUserByUsername("observer"))))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/obligations").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/obligations").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(user(users.loadUserByUsername("isu"))))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    @DisplayName("The OpenAPI document describes both endpoints and their parameters")
    void theOpenApiDocumentDescribesBothEndpoints() throws Exception {
        JsonNode api = read(get("/v3/api-docs"));

        JsonNode obligations = api.get("paths").get("/api/v1/obligations").get("get");
        assertThat(obligations).as("GET /api/v1/obligations is documented").isNotNull();
        assertThat(obligations.get("summary").asString()).isNotBlank();
        assertThat(obligations.get("parameters").findValuesAsString("name"))
                .contains("article", "state", "status", "page", "size");
        assertThat(obligations.get("description").asString()).contains("ON_TRACK", "AT_RISK", "OVERDUE", "COMPLETED",
                "NO_DEADLINE");

        JsonNode overdue = api.get("paths").get("/api/v1/transparency-reports/overdue").get("get");
        assertThat(overdue).as("GET /api/v1/transparency-reports/overdue is documented").isNotNull();
        assertThat(overdue.get("parameters").findValuesAsString("name")).containsExactly("asOf");

        JsonNode schemas = api.get("components").get("schemas");
        assertThat(fieldNames(schemas.get("ObligationResponse").get("properties")))
                .containsAll(ITEM_FIELDS);
        assertThat(fieldNames(schemas.get("ExtensionResponse").get("properties")))
                .containsExactlyInAnyOrder("requestedDeadline", "grantedDeadline", "decidedAt", "meeting");
        assertThat(fieldNames(schemas.get("OverdueResponse").get("properties")))
                .containsExactlyInAnyOrder("state", "type", "yearCovered", "dueDate");
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
