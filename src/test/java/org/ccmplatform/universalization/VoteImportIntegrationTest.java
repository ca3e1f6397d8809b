package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing General Assembly votes from CSV: a good file lands whole; a file with any bad line lands not at all and
 * every bad line is named with its number and why. Myanmar and Viet Nam have no demo votes; the United States has.
 */
@IntegrationTest
@Transactional
class VoteImportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    UniversalizationRecords records;

    @BeforeEach
    void records() {
        records = UniversalizationRecords.of(context);
    }

    @Test
    void aGoodFileLandsWhole() throws Exception {
        Document page = upload("iso3,year,vote,source\nMMR,2016,YES,Test record\n\nvnm,2015,abstain,\nVNM,2016,YES,\n");

        assertThat(page.select("#import-done").text()).isEqualTo("3 votes recorded.");
        assertThat(records.votesOf("MMR")).isEqualTo("2016:YES");
        assertThat(records.votesOf("VNM")).isEqualTo("2015:ABSTAIN,2016:YES");
    }

    @Test
    void aFileWithBadLinesLandsNotAtAllAndEveryBadLineIsNamed() throws Exception {
        long before = records.count("unga_vote");
        String usa = records.votesOf("USA");

        Document page = upload("""
                iso3,year,vote
                MMR,2016,YES
                QQQ,2016,YES
                VNM,2016,MAYBE
                VNM,20x6,NO
                USA,2016,YES
                MMR,2016,NO
                ,2016,YES
                """);

        assertThat(page.select("#import-refused p").text()).isEqualTo("Nothing was imported: 6 problems.");
        List<String> problems = page.select("#import-problems tbody tr").eachText();
        assertThat(problems).containsExactly(
                "3 iso3 There is no State with the code QQQ.",
                "4 vote “MAYBE” is not one of: YES, NO, ABSTAIN, ABSENT.",
                "5 year “20x6” is not a year.",
                "6 year A vote of USA in 2016 is already recorded: there is one vote per State and year.",
                "7 year The file holds a second vote of MMR in 2016.",
                "8 iso3 This is required.");
        assertThat(records.count("unga_vote")).isEqualTo(before);
        assertThat(records.votesOf("MMR")).isEmpty();
        assertThat(records.votesOf("USA")).isEqualTo(usa);
    }

    @Test
    void aFileWithoutTheYearColumnIsRefusedAsAWhole() throws Exception {
        Document page = upload("iso3,vote\nMMR,YES\n");

        assertThat(page.select("#import-problems tbody tr").eachText())
                .containsExactly("1 year The column “year” is missing from the first line.");
        assertThat(records.votesOf("MMR")).isEmpty();
    }

    @Test
    void theImportPageSaysWhatColumnsItTakesInFrench() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/universalization/votes/import")
                .with(user(records.user("isu"))).header("Accept-Language", "fr")).andReturn().getResponse();

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Importer des votes");
        assertThat(page.select("code").text()).isEqualTo("iso3,year,vote");
    }

    private Document upload(String csv) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.multipart("/universalization/votes/import")
                .file(new MockMultipartFile("file", "votes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(user(records.user("isu"))).header("Accept-Language", "en")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
