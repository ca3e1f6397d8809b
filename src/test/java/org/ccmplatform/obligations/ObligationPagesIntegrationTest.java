package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationPagesSupport.LONG_DATE;
import static org.ccmplatform.obligations.ObligationPagesSupport.page;
import static org.ccmplatform.obligations.ObligationPagesSupport.rows;
import static org.ccmplatform.obligations.ObligationPagesSupport.shortDate;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateNames;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.UnRegion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public table of obligations and an obligation's page, read as the public reads them: filters, order, paging and
 * the CSV export of the table; the chart, the projection with the figures behind it, and the history of Lebanon's
 * clearance (deadline 1 May 2021 under Article 4, extended to 1 May 2026; the demo request under analysis).
 */
@IntegrationTest
class ObligationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Obligations obligations;

    @Autowired
    StateRegister states;

    @Test
    void theTableShowsLebanonsClearanceWithItsTreatyAndExtendedDeadlineAndItsStatus() throws Exception {
        Document page = page(html("/obligations?state=LBN&article=4"));

        Obligation clearance = ObligationPagesSupport.obligation(obligations, states, "LBN", Article.ARTICLE_4);
        assertThat(rows(page)).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("Lebanon");
            assertThat(row.get(1)).isEqualTo("Article 4 · Article 4(1)(a)");
            assertThat(row.get(2)).isEqualTo("1 May 2011");
            assertThat(row.get(3)).isEqualTo("1 May 2021");
            assertThat(row.get(4)).isEqualTo("1 May 2026 (1 extension)");
            assertThat(row.get(5)).isEqualTo("overdue");
        });
        assertThat(page.select("main table tbody a[href=/obligations/" + clearance.id() + "]")).hasSize(1);
        assertThat(page.select("main table tbody a[href=/obligations/states/LBN]")).hasSize(1);
    }

    @Test
    void filteringByArticleFourKeepsOnlyClearanceObligations() throws Exception {
        List<List<String>> rows = allRows("/obligations?article=4");

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).startsWith("Article 4 · "));
        assertThat(rows).extracting(row -> row.get(0)).contains("Lebanon", "Croatia", "Montenegro", "Germany");
        assertThat(allRows("/obligations?article=3")).extracting(row -> row.get(1))
                .allMatch(cell -> cell.startsWith("Article 3 · "));
    }

    @Test
    void filteringByStatusKeepsOnlyThatStatus() throws Exception {
        List<List<String>> completed = allRows("/obligations?article=4&status=COMPLETED");
        List<List<String>> overdue = allRows("/obligations?article=4&status=OVERDUE");

        assertThat(completed).isNotEmpty().allSatisfy(row -> assertThat(row.get(5)).isEqualTo("completed"));
        assertThat(completed).extracting(row -> row.get(0)).contains("Croatia", "Montenegro")
                .doesNotContain("Lebanon");
        assertThat(overdue).isNotEmpty().allSatisfy(row -> assertThat(row.get(5)).isEqualTo("overdue"));
        assertThat(overdue).extracting(row -> row.get(0)).contains("Lebanon").doesNotContain("Croatia");
    }

    @Test
    void filteringByRegionKeepsOnlyStatesOfThatRegion() throws Exception {
        Document first = page(html("/obligations?article=4&region=EUROPE"));
        List<List<String>> rows = allRows("/obligations?article=4&region=EUROPE");

        assertThat(rows).extracting(row -> row.get(0)).contains("Croatia", "Germany", "Montenegro")
                .doesNotContain("Lebanon");
        Set<String> iso3 = new HashSet<>();
        first.select("main table tbody th a").forEach(a -> iso3.add(a.attr("href").replace("/obligations/states/",
                "")));
        assertThat(iso3).isNotEmpty().allSatisfy(code -> assertThat(states.get(code).region())
                .isEqualTo(UnRegion.EUROPE));
        assertThat(first.selectFirst("#region option[selected]").val()).isEqualTo("EUROPE");
    }

    @Test
    void sortingByDeadlinePutsTheEarliestDeadlineFirst() throws Exception {
        List<List<String>> rows = allRows("/obligations?article=4&sort=DEADLINE");

        List<LocalDate> deadlines = rows.stream().map(row -> row.get(4))
                .map(cell -> shortDate(cell.replaceAll(" \\(.*\\)$", ""))).toList();
        assertThat(deadlines).hasSizeGreaterThan(5).isSorted();
        assertThat(deadlines).isNotEqualTo(allRows("/obligations?article=4").stream().map(row -> row.get(4))
                .map(cell -> shortDate(cell.replaceAll(" \\(.*\\)$", ""))).toList());
    }

    @Test
    void sortingByStateOrdersTheStatesByName() throws Exception {
        List<String> names = allRows("/obligations?article=4&sort=STATE").stream().map(row -> row.get(0)).toList();

        assertThat(names).hasSizeGreaterThan(5);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void theTableIsPagedByTwentyFiveAndNoObligationShowsOnTwoPages() throws Exception {
        Document first = page(html("/obligations"));
        Document second = page(html("/obligations?page=1"));

        assertThat(first.select("main table tbody tr")).hasSize(ObligationController.PAGE_SIZE);
        assertThat(first.select("nav .pagination").text()).contains("Page 1 of");
        assertThat(first.selectFirst("nav .pagination a[rel=next]").attr("href")).contains("page=1");
        assertThat(second.select("nav .pagination").text()).contains("Page 2 of");
        List<String> firstLinks = first.select("main table tbody td a").eachAttr("href");
        List<String> secondLinks = second.select("main table tbody td a").eachAttr("href");
        assertThat(secondLinks).isNotEmpty().doesNotContainAnyElementsOf(firstLinks);
    }

    @Test
    void theTableSpeaksFrenchAndSpanish() throws Exception {
        Document french = page(html("/obligations?state=LBN&article=4&lang=fr"));
        Document spanish = page(html("/obligations?state=LBN&article=4&lang=es"));

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("h1").text()).isEqualTo("Obligations découlant de la Convention");
        assertThat(rows(french)).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("Liban");
            assertThat(row.get(5)).isEqualTo("échéance dépassée");
        });
        assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Obligaciones dimanantes de la Convención");
        assertThat(rows(spanish)).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("Líbano");
            assertThat(row.get(1)).startsWith("Artículo 4 · ");
            assertThat(row.get(5)).isEqualTo("plazo vencido");
        });
    }

    @Test
    void anUnknownFilterValueIsIgnoredWithAWarningRatherThanAnError() throws Exception {
        Document page = page(html("/obligations?article=6"));

        assertThat(page.select("main .alert-warning").text())
                .isEqualTo("A filter value was not recognised and has been ignored.");
        assertThat(rows(page)).hasSize(ObligationController.PAGE_SIZE);
    }

    @Test
    void theCsvExportCarriesItsHeaderAndLebanonsClearanceWithTheProjection() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/obligations/export.csv?state=LBN"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"ccm-obligations.csv\"");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("state_iso3,state,article,basis,start_date,"
                + "original_deadline,current_deadline,extensions_granted,status,completed_on,remaining,"
                + "remaining_as_of,rate_per_year,projected_completion,projection_rule");
        CSVRecord clearance = parse(csv).stream().filter(r -> r.get("article").equals("4")).findFirst()
                .orElseThrow();
        assertThat(clearance.get("state_iso3")).isEqualTo("LBN");
        assertThat(clearance.get("state")).isEqualTo("Lebanon");
        assertThat(clearance.get("basis")).isEqualTo("Article 4(1)(a)");
        assertThat(clearance.get("start_date")).isEqualTo("2011-05-01");
        assertThat(clearance.get("original_deadline")).isEqualTo("2021-05-01");
        assertThat(clearance.get("current_deadline")).isEqualTo("2026-05-01");
        assertThat(clearance.get("extensions_granted")).isEqualTo("1");
        assertThat(clearance.get("status")).isEqualTo("OVERDUE");
        assertThat(clearance.get("completed_on")).isEmpty();
        assertThat(new BigDecimal(clearance.get("remaining"))).isEqualByComparingTo("11000000");
        assertThat(clearance.get("remaining_as_of")).isEqualTo("2025-12-31");
        assertThat(new BigDecimal(clearance.get("rate_per_year"))).isEqualByComparingTo("1620000");
        assertThat(clearance.get("projected_completion")).isEqualTo(lebanonsProjectedCompletion().toString());
        assertThat(clearance.get("projection_rule")).isEqualTo("projection.meanOfRecentYears");
    }

    @Test
    void theCsvExportFollowsTheFiltersOfTheTable() throws Exception {
        List<CSVRecord> lines = parse(mvc.perform(get("/obligations/export.csv?article=4&status=COMPLETED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(lines).hasSize(allRows("/obligations?article=4&status=COMPLETED").size());
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("article")).isEqualTo("4");
            assertThat(line.get("status")).isEqualTo("COMPLETED");
            assertThat(line.get("completed_on")).isNotEmpty();
        });
        assertThat(lines).extracting(line -> line.get("state_iso3")).contains("HRV", "MNE");
        assertThat(lines).filteredOn(line -> line.get("state_iso3").equals("HRV")).singleElement()
                .satisfies(line -> assertThat(line.get("completed_on")).isEqualTo("2020-07-10"));
    }

    @Test
    void aCsvExportWithAnUnknownFilterIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/obligations/export.csv?status=FINISHED")).andExpect(status().isBadRequest());
    }

    @Test
    @Transactional
    void theCsvExportNeutralisesAStateNameThatASpreadsheetWouldRunAsAFormula() throws Exception {
        State lebanon = states.get("LBN");
        states.describe("LBN", lebanon.version(), lebanon.unMembership(), lebanon.region(),
                new StateNames("=HYPERLINK(\"http://evil.example\",\"Lebanon\")", "+Liban", "@Líbano"));

        List<CSVRecord> english = parse(mvc.perform(get("/obligations/export.csv?state=LBN"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<CSVRecord> french = parse(mvc.perform(get("/obligations/export.csv?state=LBN&lang=fr"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(english).isNotEmpty().allSatisfy(line -> assertThat(line.get("state"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Lebanon\")"));
        assertThat(french).isNotEmpty().allSatisfy(line -> assertThat(line.get("state")).isEqualTo("'+Liban"));
    }

    @Test
    void lebanonsClearancePageDrawsItsChartAgainstTheDeadline() throws Exception {
        Document page = page(html(obligationPath("LBN", Article.ARTICLE_4)));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Lebanon · Article 4 · clearance and risk reduction education");
        Element chart = page.selectFirst("#progress-heading ~ div figure svg");
        assertThat(chart).as("the chart of remaining area").isNotNull();
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-label")).isEqualTo(
                "Contaminated area remaining in Lebanon (m²), against the deadline and the projection");
        assertThat(chart.select("circle")).as("one point per date with a reported area: 2019 and 2025").hasSize(2);
        assertThat(chart.select("text").eachText()).contains("deadline", "projection", "2020", "2026");
        assertThat(page.select("figcaption").text()).contains("the red line is the current deadline");
    }

    @Test
    void lebanonsClearancePageShowsTheProjectionWithTheFiguresBehindItAndTheRule() throws Exception {
        Document page = page(html(obligationPath("LBN", Article.ARTICLE_4)));

        Element projection = page.selectFirst("#progress-heading ~ div h3 + div");
        assertThat(projection.selectFirst("p").text()).isEqualTo("Rule: what remains, divided by the mean destroyed "
                + "or released in the last 3 reported years.");
        assertThat(definitions(projection)).containsExactly(
                "Remaining", "11,000,000 m² · as at 31 Dec 2025",
                "Years used", "2023: 1,750,000 · 2024: 1,490,000 · 2025: 1,620,000",
                "Pace", "1,620,000 m² a year",
                "Projected completion", LONG_DATE.format(lebanonsProjectedCompletion()));
        assertThat(rows(page)).contains(List.of("Cleared in the year (m²)", "2025", "1,150,000",
                DemoObligations.DEMO + ", Article 7 report 2025"));
    }

    @Test
    void lebanonsClearanceHistoryShowsEveryStepInOrderWithWhoTookIt() throws Exception {
        Document page = page(html(obligationPath("LBN", Article.ARTICLE_4)));

        List<String> history = page.select("#history-heading + ol > li").eachText();
        assertThat(history).hasSizeGreaterThanOrEqualTo(6);
        assertThat(history.subList(0, 6)).satisfiesExactly(
                step -> assertThat(step).startsWith("1 May 2011 The obligation began: entry into force"),
                step -> assertThat(step).startsWith("1 May 2021 Deadline set by the Convention."),
                step -> assertThat(step).startsWith("1 May 2021 Extension granted").contains("new deadline 1 May 2026"),
                step -> assertThat(step).startsWith("10 Feb 2026 Extension request drafted").contains("by lebanon"),
                step -> assertThat(step).startsWith("31 Mar 2026 Extension request submitted").contains("by lebanon"),
                step -> assertThat(step).startsWith("14 Apr 2026 Analysis Group formed").contains("by isu"));
    }

    @Test
    void croatiasClearanceShowsItWasCompletedOnTimeIn2020() throws Exception {
        Document page = page(html(obligationPath("HRV", Article.ARTICLE_4)));

        assertThat(page.select("main dl").text()).contains("completed on time").contains("10 Jul 2020");
        assertThat(page.select("#history-heading + ol > li").eachText())
                .anySatisfy(step -> assertThat(step).startsWith("10 Jul 2020 Completed."));
    }

    @Test
    void anObligationThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/obligations/987654321")).andExpect(status().isNotFound());
    }

    /** At the demo's pace (mean of 2023-2025: 1,620,000 m² a year), 11,000,000 m² left at the end of 2025. */
    static LocalDate lebanonsProjectedCompletion() {
        BigDecimal years = new BigDecimal("11000000").divide(new BigDecimal("1620000"), MathContext.DECIMAL64);
        long days = years.multiply(new BigDecimal("365.25")).setScale(0, RoundingMode.CEILING).longValueExact();
        return LocalDate.of(2025, 12, 31).plusDays(days);
    }

    private static List<String> definitions(Element container) {
        return container.select("dt, dd").eachText();
    }

    private String obligationPath(String iso3, Article article) {
        return "/obligations/" + ObligationPagesSupport.obligation(obligations, states, iso3, article).id();
    }

    private List<List<String>> allRows(String path) throws Exception {
        List<List<String>> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Document shown = page(html(path + (path.contains("?") ? "&" : "?") + "page=" + page));
            all.addAll(rows(shown));
            if (shown.selectFirst("nav .pagination a[rel=next][aria-disabled]") != null
                    || shown.selectFirst("nav .pagination") == null) {
                return all;
            }
        }
        throw new AssertionError("more than 50 pages of " + path);
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
