package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import org.ccmplatform.HtmlForm;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.universalization.UniversalizationDesk.ProfileDetails;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms of a State's universalization page and of the targets, with good and bad input: a refusal says why next
 * to the field and nothing stored changes (read back from the database). Myanmar and Viet Nam have no demo votes.
 */
@IntegrationTest
@Transactional
class UniversalizationFormsIntegrationTest {

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
    void aSecondVoteForTheSameYearIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        MockHttpServletResponse first = post("/universalization/states/MMR/votes", Map.of("year", "2016", "vote",
                "YES", "source", "A/71/PV.68 (test)"), "isu", "en");
        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(records.votesOf("MMR")).isEqualTo("2016:YES");

        Document again = form("/universalization/states/MMR/votes", Map.of("year", "2016", "vote", "NO"), "president",
                "en");
        Document enFrancais = form("/universalization/states/MMR/votes", Map.of("year", "2016", "vote", "NO"), "isu",
                "fr");

        assertThat(again.select("#year-error").text())
                .isEqualTo("A vote of MMR in 2016 is already recorded: there is one vote per State and year.");
        assertThat(enFrancais.select("#year-error").text())
                .isEqualTo("Un vote de MMR en 2016 est déjà enregistré : il y a un vote par État et par année.");
        assertThat(records.votesOf("MMR")).isEqualTo("2016:YES");
        assertThat(page("/universalization/states/MMR", "anonymous").select("#votes tbody").text())
                .contains("2016", "Yes", "A/71/PV.68 (test)");
    }

    @Test
    void aVoteBeforeTheFirstResolutionOrWithoutAVoteIsRefused() throws Exception {
        long before = records.count("unga_vote");

        Document early = form("/universalization/states/MMR/votes", Map.of("year", "2010", "vote", "YES"), "isu", "en");
        Document none = form("/universalization/states/MMR/votes", Map.of("year", "2016"), "isu", "en");

        assertThat(early.select("#year-error").text()).isEqualTo("Must be between 2015 and "
                + records.desk.today().getYear() + ".");
        assertThat(none.select("#vote-error").text()).isEqualTo("This is required.");
        assertThat(records.count("unga_vote")).isEqualTo(before);
    }

    @Test
    void aVoteForAStateThatDoesNotExistIsRefused() throws Exception {
        long before = records.count("unga_vote");

        MockHttpServletResponse response = post("/universalization/states/QQQ/votes", Map.of("year", "2016", "vote",
                "YES"), "isu", "en");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(records.count("unga_vote")).isEqualTo(before);
    }

    @Test
    void anAssessmentFormOpenedBeforeSomeoneElseSavedIsAConflictAndTheirChangeStays() throws Exception {
        records.desk.assessOnBehalf("MMR", new ProfileDetails(Category.NOT_ASSESSED, false, false, null, null), "test");
        records.entities.flush();
        String mine = page("/universalization/states/MMR", "isu").html();
        String theirs = page("/universalization/states/MMR", "president").html();

        MockHttpServletResponse saved = perform(HtmlForm.on(theirs, "/universalization/states/MMR/profile")
                .set("category", "POLITICAL_AND_SECURITY").set("source", "Presidency's assessment (test)").post()
                .with(csrf()), "president", "en");
        assertThat(saved.getStatus()).isEqualTo(302);
        records.entities.flush();
        MockHttpServletResponse stale = perform(HtmlForm.on(mine, "/universalization/states/MMR/profile")
                .set("category", "ADMINISTRATIVE").set("source", "ISU (test)").post().with(csrf()), "isu", "en");

        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(stale.getContentAsString()).select(".alert-danger").text())
                .startsWith("Someone else saved this record after you opened it.");
        assertThat(page("/universalization/states/MMR", "anonymous").select("#category").text())
                .isEqualTo("Political and security concerns");
    }

    @Test
    void aRecordedVoteIsCorrectedAndACorrectionFromAStaleFormIsAConflict() throws Exception {
        records.desk.voteOnBehalf("MMR", new UniversalizationDesk.VoteDetails(2016, Vote.YES, "Imported (test)"),
                "test");
        records.entities.flush();
        String opened = page("/universalization/states/MMR", "isu").html();

        MvcResult corrected = mvc.perform(HtmlForm.on(opened, "/universalization/states/MMR/votes/2016")
                .set("vote", "ABSTAIN").set("source", "A/71/PV.68 (test)").post().with(csrf())
                .with(user(records.user("isu")))).andReturn();
        assertThat(corrected.getResponse().getStatus()).isEqualTo(302);
        assertThat(corrected.getFlashMap().get("saved")).isEqualTo("universalization.vote.corrected");
        records.entities.flush();
        assertThat(records.votesOf("MMR")).isEqualTo("2016:ABSTAIN");

        MvcResult stale = mvc.perform(HtmlForm.on(opened, "/universalization/states/MMR/votes/2016")
                .set("vote", "NO").post().with(csrf()).with(user(records.user("president")))).andReturn();
        assertThat(stale.getFlashMap().get("refused")).isEqualTo("edit.stale");
        assertThat(records.votesOf("MMR")).isEqualTo("2016:ABSTAIN");
    }

    @Test
    void anAssessmentNeedsItsSource() throws Exception {
        Document refused = form("/universalization/states/VNM/profile", Map.of("category", "ADMINISTRATIVE"), "isu",
                "en");

        assertThat(refused.select("#source-error").text())
                .isEqualTo("Say where this comes from (a document, a meeting, the Monitor).");
        assertThat(page("/universalization/states/VNM", "anonymous").select("#category").text())
                .isEqualTo("Not yet assessed");
    }

    @Test
    void anEngagementIsLoggedButNeverDatedInTheFuture() throws Exception {
        long before = records.count("engagement");
        Map<String, String> letter = Map.of("kind", "LETTER", "engager", "PRESIDENCY", "engagerState", "DEU",
                "day", records.desk.today().plusDays(1).toString(), "what", "Letter to Myanmar (test)");

        Document future = form("/universalization/states/MMR/engagements", letter, "president", "en");
        assertThat(future.select("#day-error").text())
                .isEqualTo("The date cannot be in the future: log what has taken place.");
        assertThat(records.count("engagement")).isEqualTo(before);

        Map<String, String> today = new java.util.HashMap<>(letter);
        today.put("day", records.desk.today().toString());
        assertThat(post("/universalization/states/MMR/engagements", today, "president", "en").getStatus())
                .isEqualTo(302);
        assertThat(records.count("engagement")).isEqualTo(before + 1);
        assertThat(page("/universalization/states/MMR", "observer").select("#log tbody").text())
                .contains("Letter", "Presidency", "(Germany)", "Letter to Myanmar (test)");
    }

    @Test
    void aTargetIsRecordedAndMarkedOnTheChart() throws Exception {
        MockHttpServletResponse saved = post("/universalization/targets", Map.of("targetDate", "2030-12-31", "count",
                "140", "description", "140 States Parties by 2030 (test)", "source", "Test action plan"), "isu", "en");
        Document refused = form("/universalization/targets", Map.of("targetDate", "2030-12-31", "count", "0",
                "description", "None (test)", "source", "Test"), "isu", "en");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(refused.select("#count-error").text()).isEqualTo("Must be between 1 and 250.");
        Document status = page("/universalization", "anonymous");
        assertThat(status.select("svg rect.target")).hasSize(3);
        assertThat(status.select("#targets").text()).contains("140 States Parties by 2030 (test)");
        assertThat(status.select("#over-time tbody").text()).contains("140 by 31 December 2030");
    }

    private Document form(String path, Map<String, String> params, String visitor, String lang) throws Exception {
        MockHttpServletResponse response = post(path, params, visitor, lang);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse post(String path, Map<String, String> params, String visitor, String lang)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        params.forEach(request::param);
        return perform(request, visitor, lang);
    }

    private Document page(String path, String visitor) throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path), visitor, "en");
        assertThat(response.getStatus()).as(path + " for " + visitor).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String visitor, String lang)
            throws Exception {
        request.header("Accept-Language", lang);
        if (!visitor.equals("anonymous")) {
            request.with(user(records.user(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
