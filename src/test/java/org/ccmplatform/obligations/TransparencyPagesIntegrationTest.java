package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationPagesSupport.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.coalitions.TestPdfs;
import org.ccmplatform.registry.StateRegister;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Article 7 reports on the public pages: those overdue as at a day (the demo reproduces the Coordination Committee's
 * count of 4 November 2016: 22 States Parties with an overdue initial report, 20 more with an overdue annual report for
 * 2015), whom the ISU reminds, and the reports received, an uploaded PDF read back as its reader gets it.
 */
@IntegrationTest
class TransparencyPagesIntegrationTest {

    static final String COMMITTEE_DAY = "/transparency/overdue?asOf=2016-11-04";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    StateRegister states;

    @Test
    void asAtTheCommitteeMeetingOf4November2016TwentyTwoStatesOweTheirInitialReport() throws Exception {
        List<Element> rows = allRows(COMMITTEE_DAY);

        long initial = rows.stream().filter(row -> reports(row).stream().anyMatch(r -> r.startsWith("Initial report")))
                .count();
        long annualOnly = rows.stream().filter(row -> reports(row).stream().noneMatch(r -> r.startsWith("Initial")))
                .filter(row -> reports(row).stream().anyMatch(r -> r.startsWith("Annual report 2015 ")))
                .count();
        assertThat(initial).isEqualTo(22);
        assertThat(annualOnly).isEqualTo(20);
        assertThat(page(html(COMMITTEE_DAY)).select("main p[role=status]").text())
                .startsWith("As at 4 November 2016: ").endsWith(", of which 22 initial reports.")
                .contains(" from " + rows.size() + " States");
    }

    @Test
    void eachOverdueReportSaysWhenItWasDue() throws Exception {
        List<Element> rows = allRows(COMMITTEE_DAY);

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(reports(row)).allSatisfy(report -> {
            assertThat(report).matches("(Initial report|Annual report \\d{4}) · due .+");
            assertThat(ObligationPagesSupport.shortDate(report.replaceAll(".* · due ", "")))
                    .isBefore(LocalDate.of(2016, 11, 4));
        }));
        assertThat(rows).flatExtracting(TransparencyPagesIntegrationTest::reports)
                .filteredOn(r -> r.startsWith("Annual report 2015")).allMatch(r -> r.endsWith("due 30 Apr 2016"));
    }

    @Test
    void onlyTheIsuSeesWhomToRemind() throws Exception {
        Document isu = page(htmlAs("isu", COMMITTEE_DAY));
        Document focalPoint = page(htmlAs("lebanon", COMMITTEE_DAY));
        Document reader = page(html(COMMITTEE_DAY));

        assertThat(isu.select("main thead th").eachText()).contains("Whom to remind");
        assertThat(isu.select("main tbody tr td:nth-of-type(2)")).isNotEmpty();
        assertThat(focalPoint.select("main thead th").eachText()).doesNotContain("Whom to remind");
        assertThat(reader.select("main thead th").eachText()).containsExactly("State", "Reports overdue");
    }

    @Test
    void theOverduePageSpeaksFrench() throws Exception {
        Document page = page(html(COMMITTEE_DAY + "&lang=fr"));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Rapports de transparence en retard");
        assertThat(page.select("main p[role=status]").text()).startsWith("Au 4 novembre 2016 : ")
                .endsWith("dont 22 rapports initiaux.");
    }

    @Test
    void aDayThatIsNotADateIsIgnoredWithAWarningAndTodayIsShown() throws Exception {
        Document page = page(html("/transparency/overdue?asOf=4.11.2016"));

        assertThat(page.select("main .alert-warning").text())
                .isEqualTo("A filter value was not recognised and has been ignored.");
        assertThat(page.selectFirst("#asOf").val()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void theReportsReceivedCanBeFilteredByState() throws Exception {
        Document page = page(html("/transparency/reports?state=LBN"));

        assertThat(ObligationPagesSupport.rows(page)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("Lebanon"));
        assertThat(page.selectFirst("#state option[selected]").val()).isEqualTo("LBN");
        assertThat(page(html("/transparency/reports?state=QQQ")).select("main .alert-warning")).hasSize(1);
    }

    @Test
    @Transactional
    void aReportRecordedWithItsPdfIsListedAndItsPdfReadsBack() throws Exception {
        OverdueReport missing = transparency.overdue(LocalDate.now()).get(0);
        String iso3 = missing.state().iso3();
        String says = "Article 7 report of " + missing.state().name(java.util.Locale.ENGLISH) + ", sent to the ISU";
        byte[] pdf = TestPdfs.saying(says);

        var upload = multipart("/obligations/states/" + iso3 + "/reports")
                .file(new MockMultipartFile("file", "article-7-report.pdf", "application/pdf", pdf))
                .param("kind", missing.kind().name()).param("receivedOn", LocalDate.now().toString())
                .param("source", "Received by the transparency page test");
        if (missing.yearCovered() != null) {
            upload.param("yearCovered", String.valueOf(missing.yearCovered()));
        }
        MvcResult saved = mvc.perform(upload.with(user(users.loadUserByUsername("isu"))).with(csrf())).andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/obligations/states/" + iso3);
        Element row = page(html("/transparency/reports?state=" + iso3)).select("main tbody tr").first();
        assertThat(row.select("td").eachText().subList(0, 3)).containsExactly(
                missing.kind() == ReportKind.INITIAL ? "Initial report" : "Annual report",
                missing.yearCovered() == null ? "—" : String.valueOf(missing.yearCovered()),
                ObligationPagesSupport.SHORT_DATE.format(LocalDate.now()));
        String link = row.select("a:contains(PDF)").attr("href");
        assertThat(link).matches("/transparency/reports/\\d+/document");
        MockHttpServletResponse download = mvc.perform(get(link)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"article-7-report.pdf\"");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(TestPdfs.text(download.getContentAsByteArray())).contains(says);
        assertThat(transparency.overdueOf(missing.state(), LocalDate.now())).doesNotContain(missing);
    }

    @Test
    void aReportWithoutADocumentHasNoneToDownload() throws Exception {
        TransparencyReport demo = transparency.reportsOf(states.get("LBN")).stream()
                .filter(r -> r.documentId() == null).findFirst().orElseThrow();

        assertThat(mvc.perform(get("/transparency/reports/" + demo.id() + "/document")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/transparency/reports/987654321/document")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    private static List<String> reports(Element row) {
        return row.select("td li").eachText();
    }

    private List<Element> allRows(String path) throws Exception {
        List<Element> all = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            Document shown = page(html(path + "&page=" + page));
            all.addAll(shown.select("main tbody tr").stream().filter(r -> r.select("td[colspan]").isEmpty())
                    .toList());
            if (shown.selectFirst("nav .pagination") == null
                    || shown.selectFirst("nav .pagination a[rel=next][aria-disabled]") != null) {
                return all;
            }
        }
        throw new AssertionError("more than 20 pages of " + path);
    }

    private String html(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String htmlAs(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
