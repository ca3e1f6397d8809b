package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public States list with its filters, as a visitor reads it. */
@IntegrationTest
class StatesPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theListCounts112StatesPartiesToTheConvention() throws Exception {
        Document page = page("/states?status=STATE_PARTY&treaty=CCM");

        assertThat(count(page)).isEqualTo("112 States");
        assertThat(rows(page)).hasSize(StateController.PAGE_SIZE)
                .allSatisfy(row -> assertThat(row.select("td").get(2).text()).startsWith("State Party"));
    }

    @Test
    void aStatusWithoutATreatyMeansTheConvention() throws Exception {
        assertThat(count(page("/states?status=STATE_PARTY"))).isEqualTo("112 States");
    }

    @Test
    void lithuaniaIsListedAmongStatesNotPartyAsWithdrawn() throws Exception {
        assertThat(count(page("/states?status=STATE_PARTY&q=lithuania"))).isEqualTo("No State");

        Document notParty = page("/states?status=NOT_PARTY&q=lithuania");
        assertThat(links(notParty)).containsExactly("/states/LTU");
        assertThat(rows(notParty).get(0).text()).contains("Not party", "withdrawn", "24 Mar 2011", "1 Sep 2011");
    }

    @Test
    void theRegionFilterKeepsOnlyStatesOfThatRegion() throws Exception {
        Document page = page("/states?region=OCEANIA&status=STATE_PARTY");

        assertThat(rows(page)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.select("td").get(1).text()).isEqualTo("Oceania"));
        assertThat(links(page)).contains("/states/AUS", "/states/NZL", "/states/VUT", "/states/COK")
                .doesNotContain("/states/TUV", "/states/FRA");
    }

    @Test
    void aNameIsFoundInTheReadersLanguage() throws Exception {
        Document french = page("/states?lang=fr&q=allemagne");
        Document spanish = page("/states?lang=es&q=alemania");

        assertThat(links(french)).containsExactly("/states/DEU");
        assertThat(rows(french).get(0).selectFirst("a").text()).isEqualTo("Allemagne");
        assertThat(links(spanish)).containsExactly("/states/DEU");
        assertThat(rows(spanish).get(0).selectFirst("a").text()).isEqualTo("Alemania");
        assertThat(links(page("/states?lang=en&q=allemagne"))).isEmpty();
    }

    @Test
    void aNameIsFoundWithoutItsAccentsAndInAnyCase() throws Exception {
        assertThat(links(page("/states?lang=fr&q=equateur"))).containsExactly("/states/ECU");
        assertThat(links(page("/states?lang=fr", "q", "ÉQUATEUR"))).containsExactly("/states/ECU");
        assertThat(links(page("/states", "q", "cote d’ivoire"))).containsExactly("/states/CIV");
    }

    @Test
    void aStateIsFoundByItsIsoCode() throws Exception {
        assertThat(links(page("/states?q=lbn"))).containsExactly("/states/LBN");
        assertThat(links(page("/states?q=LB"))).contains("/states/LBN");
    }

    @Test
    void searchWildcardsAreTakenLiterally() throws Exception {
        assertThat(count(page("/states", "q", "%"))).isEqualTo("No State");
        assertThat(count(page("/states", "q", "_"))).isEqualTo("No State");
    }

    @Test
    void theListIsPagedBy25InNameOrder() throws Exception {
        Document first = page("/states");
        Document second = page("/states?page=1");

        assertThat(rows(first)).hasSize(25);
        assertThat(links(first).get(0)).isEqualTo("/states/AFG");
        assertThat(rows(second)).hasSize(25);
        assertThat(links(second)).doesNotContainAnyElementsOf(links(first));
        assertThat(second.select("nav .page-item.active").text()).matches("Page 2 of \\d+");
        assertThat(second.select("nav a[rel=prev]").attr("href")).isEqualTo("/states?page=0");
        assertThat(second.select("nav a[rel=next]").attr("href")).isEqualTo("/states?page=2");
        List<String> names = rows(first).stream().map(row -> row.selectFirst("a").text()).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void theNextPageKeepsTheFilters() throws Exception {
        Document notParty = page("/states?treaty=CCM&status=NOT_PARTY&lang=fr");

        assertThat(notParty.select("nav a[rel=next]").attr("href"))
                .isEqualTo("/states?treaty=CCM&status=NOT_PARTY&lang=fr&page=1");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        String fragment = mvc.perform(get("/states").param("q", "liban").param("lang", "fr")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html", "<form", "<nav class=\"navbar");
        Document results = Jsoup.parseBodyFragment(fragment);
        assertThat(results.select("#state-results")).hasSize(1);
        assertThat(links(results)).containsExactly("/states/LBN");
    }

    @Test
    void anUnknownFilterValueIsExplainedAndTheWholeListShown() throws Exception {
        Document page = page("/states?status=FOO");

        assertThat(page.select(".alert-warning").text())
                .isEqualTo("“FOO” is not a known value; use one of: STATE_PARTY, SIGNATORY, NOT_PARTY.");
        assertThat(rows(page)).hasSize(25);
        assertThat(count(page)).isNotEqualTo("112 States");
    }

    @Test
    void aStatePageShowsItsNameAndDatesInTheReadersLanguage() throws Exception {
        Document french = page("/states/LBN?lang=fr");
        Document english = page("/states/LBN");
        Document spanish = page("/states/LBN?lang=es");

        assertThat(french.selectFirst("h1").text()).isEqualTo("Liban");
        assertThat(ccmRow(french).text()).contains("5 novembre 2010", "1 mai 2011");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Lebanon");
        assertThat(ccmRow(english).text()).contains("State Party", "5 November 2010", "1 May 2011");
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Líbano");
        assertThat(ccmRow(spanish).text()).contains("5 de noviembre de 2010", "1 de mayo de 2011");
    }

    @Test
    void lithuaniasPageShowsItsWithdrawalAndItsHistory() throws Exception {
        Element ccm = ccmRow(page("/states/LTU"));

        assertThat(ccm.text()).contains("Not party", "withdrawn", "24 March 2011", "1 September 2011",
                "Notified 6 September 2024, effective 6 March 2025");
    }

    @Test
    void anUnknownStateIsANotFoundPage() throws Exception {
        String html = mvc.perform(get("/states/XXX"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("main, body").text()).contains("There is nothing at this address.");
    }

    /** The page at the URL; parameters whose value needs encoding come as name, value pairs. */
    private Document page(String url, String... parameters) throws Exception {
        var request = get(url);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static String count(Document page) {
        return page.select("#state-results > p.text-muted").text();
    }

    private static List<Element> rows(Document page) {
        return page.select("#state-results tbody tr").stream().filter(row -> row.selectFirst("a") != null).toList();
    }

    private static List<String> links(Document page) {
        return rows(page).stream().map(row -> row.selectFirst("th a").attr("href")).toList();
    }

    /** The treaties table lists the CCM first (treaties in the order the platform carries them). */
    private static Element ccmRow(Document page) {
        return page.select("table tbody tr").first();
    }
}
