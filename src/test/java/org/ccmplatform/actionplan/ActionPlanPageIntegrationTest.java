package org.ccmplatform.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public page /action-plan: the plan in force on the day chosen (today by default), its actions per theme with
 * their computed figures in tables with headers, the note that the actions are summaries, the links to the report in
 * three languages, and a refused day said next to the date field with a 400 status.
 */
@IntegrationTest
class ActionPlanPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionPlanDesk desk;

    @Test
    @DisplayName("On 4 November 2016 the page shows the Dubrovnik Action Plan and 22 overdue initial reports out of "
            + "those due, with the target of none")
    void theCommitteeMeetingDayShowsTheDubrovnikPlan() throws Exception {
        Document page = page("/action-plan?asOf=2016-11-04&lang=en", 200);
        ProgressReport report = desk.report(LocalDate.of(2016, 11, 4), Locale.ENGLISH);

        assertThat(page.getElementById("plan-in-force").text())
                .isEqualTo("Plan in force on 4 November 2016: Dubrovnik Action Plan, 1 January 2016 to 31 December 2020.");
        Element initial = page.getElementById("indicator-INITIAL_REPORTS_OVERDUE");
        assertThat(initial.selectFirst("th").text()).isEqualTo("States Parties with an overdue initial transparency report");
        assertThat(initial.selectFirst(".figure").text()).isEqualTo("22");
        assertThat(initial.selectFirst(".out-of").text())
                .isEqualTo(String.valueOf(report.indicator("INITIAL_REPORTS_OVERDUE").outOf()));
        assertThat(initial.selectFirst(".target").text()).isEqualTo("0");
        Element parties = page.getElementById("indicator-STATES_PARTIES");
        assertThat(parties.selectFirst(".figure").text())
                .isEqualTo(String.valueOf(report.indicator("STATES_PARTIES").value()));
        assertThat(parties.selectFirst(".target").text()).isEqualTo("130 by 31 December 2020");
        assertThat(page.getElementById("indicator-ANNUAL_REPORTS_OVERDUE").text())
                .contains("Latest report due: the one covering 2015.");
        assertThat(page.getElementById("summaries-note").text()).contains("short summaries",
                "the authoritative texts are the action plans as adopted by the States Parties");
        assertThat(page.getElementById("asOf").attr("value")).isEqualTo("2016-11-04");
    }

    @Test
    @DisplayName("Each theme is a section with its heading and each table has column headers and a row header")
    void thePageIsAccessible() throws Exception {
        Document page = page("/action-plan?asOf=2019-05-01&lang=en", 200);

        assertThat(page.select("main h1").text()).isEqualTo("Progress of the action plan");
        assertThat(page.select("label[for=asOf]").text()).isEqualTo("As at");
        assertThat(page.select("main section h3").eachText()).contains("Universalization", "Victim assistance",
                "Stockpile destruction and retention", "Clearance and risk reduction education",
                "International cooperation and assistance", "Transparency measures",
                "National implementation measures", "General status and operation");
        assertThat(page.select("main table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.select("thead th[scope=col]").eachText())
                    .containsExactly("Indicator", "Figure", "Out of", "Target", "Source of the data");
            assertThat(table.select("tbody tr")).allSatisfy(row -> assertThat(row.select("th[scope=row]")).hasSize(1));
            assertThat(table.selectFirst("caption")).isNotNull();
        });
    }

    @Test
    @DisplayName("Without a day the page shows today and the plan in force today, with links to the report in "
            + "three languages")
    void withoutADayThePageShowsToday() throws Exception {
        Document page = page("/action-plan?lang=fr", 200);
        String today = desk.today().toString();

        assertThat(page.getElementById("asOf").attr("value")).isEqualTo(today);
        assertThat(page.getElementById("plan-in-force").text()).startsWith("Plan en vigueur le ")
                .contains(desk.report(desk.today(), Locale.FRENCH).planName());
        assertThat(page.select("a[href*=progress.pdf]").eachAttr("href")).containsExactly(
                "/action-plan/progress.pdf?asOf=" + today + "&language=en",
                "/action-plan/progress.pdf?asOf=" + today + "&language=fr",
                "/action-plan/progress.pdf?asOf=" + today + "&language=es");
        assertThat(page.select("a[href*=progress.docx]")).hasSize(3);
        assertThat(page.select("a[href*=progress.pdf]").eachText()).containsExactly("PDF, English", "PDF, Français",
                "PDF, Español");
    }

    @Test
    @DisplayName("A day before the first plan is refused on the page with a clear message by the field, status 400")
    void aDayBeforeTheFirstPlanIsRefusedOnThePage() throws Exception {
        Document page = page("/action-plan?asOf=2015-01-01&lang=en", 400);

        assertThat(page.getElementById("asOf-problem").text())
                .isEqualTo("The first action plan began on 2016-01-01: choose a date from then on.");
        assertThat(page.getElementById("asOf").attr("aria-describedby")).isEqualTo("asOf-problem");
        assertThat(page.getElementById("asOf").attr("value")).isEqualTo("2015-01-01");
        assertThat(page.select("main table")).isEmpty();
        assertThat(page.text()).doesNotContain("Exception", "at org.");
    }

    @Test
    @DisplayName("A malformed day is refused on the page in the reader's language, status 400")
    void aMalformedDayIsRefusedOnThePage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/action-plan").param("asOf", "4/11/2016").param("lang", "es"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.getElementById("asOf-problem").text()).contains("4/11/2016");
        assertThat(page.select("main h1").text()).isEqualTo("Avance del plan de acción");
    }

    @Test
    @DisplayName("The menu's Convention item leads to the page, which is current in its section's links")
    void theNavigationLinksToThePage() throws Exception {
        Document home = page("/?lang=en", 200);
        Document actionPlan = page("/action-plan?lang=en", 200);

        assertThat(home.select("header nav a[href=/presidency]").text()).isEqualTo("Convention");
        assertThat(home.select("main a[href=/action-plan]").text()).isEqualTo("Action plan progress");
        assertThat(actionPlan.select("header nav a[aria-current=page]").text()).isEqualTo("Convention");
        assertThat(actionPlan.select("main nav a[aria-current=page]").attr("href")).isEqualTo("/action-plan");
    }

    private Document page(String url, int status) throws Exception {
        return Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
