package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The Convention's public status page and a State's universalization page, without signing in, in the three
 * languages, on the demo data: the counts come from the register (100 States Parties on 4 November 2016, as the
 * minutes say, 112 today after Lithuania's withdrawal), the categories and targets from the minutes.
 */
@IntegrationTest
class UniversalizationPagesIntegrationTest {

    static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"Status of the Convention", "Political and security concerns", "Administrative reasons",
                "Yes"},
            "fr", new String[] {"État de la Convention", "Préoccupations politiques et de sécurité",
                "Raisons administratives", "Oui"},
            "es", new String[] {"Estado de la Convención", "Preocupaciones políticas y de seguridad",
                "Razones administrativas", "Sí"});

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"en,China,Tonga", "fr,Chine,Tonga", "es,China,Tonga"})
    void theStatusPageShowsTheStatesPartiesOverTimeAgainstTheTargetsAndTheStatesNotPartyByRegion(String lang,
            String china, String tonga) throws Exception {
        Document page = page("/universalization?lang=" + lang);
        String[] words = WORDS.get(lang);

        assertThat(page.select("h1").text()).isEqualTo(words[0]);
        assertThat(page.select("#states-parties").text()).isEqualTo("112");
        assertThat(page.select("svg[role=img] title").text()).isNotBlank();
        assertThat(page.select("svg desc").text()).isNotBlank();
        assertThat(page.select("svg rect.target")).hasSize(2);
        assertThat(row(page, "#over-time", "2008")).contains("4");
        assertThat(row(page, "#over-time", "2016")).startsWith("2016 100");
        assertThat(row(page, "#over-time", "2017")).contains("108");
        assertThat(row(page, "#over-time", "2020")).startsWith("2020 110").contains("130");
        assertThat(page.select("#targets").text()).contains("130", "108", "Dubrovnik Action Plan");
        assertThat(row(page, "#not-party-ASIA", china)).contains(words[1]);
        assertThat(row(page, "#not-party-OCEANIA", tonga)).contains(words[2]);
        assertThat(page.select("#not-party-ASIA a[href=/universalization/states/CHN]")).hasSize(1);
        assertThat(page.select("#not-party-EUROPE a[href=/universalization/states/LTU]")).hasSize(1);
        assertThat(page.select("#not-party-EUROPE a[href=/universalization/states/FRA]")).isEmpty();
        assertThat(page.select("#signatories a[href=/universalization/states/IDN]")).hasSize(1);
        assertThat(page.select("#signatories a[href=/universalization/states/LTU]"))
                .as("a State that withdrew is not a signatory").isEmpty();
        assertThat(page.select("nav a[href=/universalization]")).hasSize(1);
    }

    @Test
    void theRegionCountsAddUpToTheStatesNotParty() throws Exception {
        Document page = page("/universalization?lang=en");
        int listed = page.select("table[id^=not-party-] tbody tr").size();

        assertThat(page.select("#not-party-count").text()).isEqualTo(String.valueOf(listed));
        assertThat(listed).isEqualTo(197 - 112);
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"en,No", "fr,Contre", "es,En contra"})
    void aStatesPageShowsItsCategoryProducerAndHolderStatusAndVotesToAnyone(String lang, String no)
            throws Exception {
        Document page = page("/universalization/states/USA?lang=" + lang);
        String[] words = WORDS.get(lang);

        assertThat(page.select("#category").text()).isEqualTo(words[1]);
        assertThat(page.select("#producer").text()).isEqualTo(words[3]);
        assertThat(page.select("#holder").text()).isEqualTo(words[3]);
        assertThat(page.select("#source").text()).contains("Cluster Munition Monitor");
        assertThat(row(page, "#votes", "2016")).contains(no).contains("Illustrative (demo)");
        assertThat(page.select("#log")).as("no engagement log without signing in").isEmpty();
        assertThat(page.select("#log-signin")).hasSize(1);
        assertThat(page.html()).doesNotContain("Confidential bilateral exchange");
        assertThat(page.select("form")).as("no form for an anonymous visitor")
                .allSatisfy(form -> assertThat(form.attr("action")).isEqualTo("/logout"));
    }

    @Test
    void aSignatorysPageSaysWhenItSigned() throws Exception {
        Document page = page("/universalization/states/IDN?lang=en");

        assertThat(page.select("#party-status").text()).isEqualTo("Signatory (signed, not ratified)");
        assertThat(page.select("#signed").text()).isEqualTo("3 December 2008");
        assertThat(page.select("#category").text()).isEqualTo("Administrative reasons");
    }

    @Test
    void anUnknownStateHasNoPage() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/universalization/states/QQQ")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theStatesPageInTheRegisterLinksToItsUniversalizationPage() throws Exception {
        assertThat(page("/states/USA?lang=en").select("a[href=/universalization/states/USA]").text())
                .isEqualTo("Universalization");
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String row(Document page, String table, String first) {
        return page.select(table + " tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(first)).findFirst()
                .map(tr -> tr.text()).orElse("(no row " + first + " in " + table + ")");
    }
}
