package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the forms refuse, each with a message next to its field and nothing stored: a Presidency whose term would
 * overlap another, a coordinator who is not a State Party, an activity that ends before it starts, a target State
 * that does not exist.
 */
@IntegrationTest
class GovernanceBadInputIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    GovernancePages pages;
    GovernanceRecords records;
    CurrentUser isu;

    @BeforeEach
    void setUp() {
        pages = new GovernancePages(mvc);
        records = GovernanceRecords.of(context);
        isu = records.user("isu");
    }

    @Test
    void aMeetingWithinTheGermanTermIsRefusedAsOverlappingItsPresidency() throws Exception {
        int before = records.roster.terms().size();

        Document page = pages.postShownAgain(post("/presidency/meetings").param("kind", "MEETING_OF_STATES_PARTIES")
                .param("ordinal", "77").param("startDate", "2017-09-05").param("endDate", "2017-09-08")
                .param("place", "Geneva"), isu);

        assertThat(page.select("#startDate-error").text()).isEqualTo("This meeting would overlap the term of the "
                + "7MSP Presidency: meetings follow one another and their numbers follow their dates.");
        assertThat(records.roster.terms()).hasSize(before);
    }

    @Test
    void aNumberOutOfOrderWithTheDatesIsRefused() throws Exception {
        int before = records.roster.terms().size();

        Document page = pages.postShownAgain(post("/presidency/meetings").param("kind", "MEETING_OF_STATES_PARTIES")
                .param("ordinal", "5").param("startDate", "2018-11-05").param("endDate", "2018-11-07"), isu);

        assertThat(page.select("#startDate-error").text()).contains("would overlap the term of the");
        assertThat(records.roster.terms()).hasSize(before);
    }

    @Test
    void aPresidentWhoIsNotAStatePartyIsRefused() throws Exception {
        Document page = pages.postShownAgain(post("/presidency/meetings").param("kind", "REVIEW_CONFERENCE")
                .param("ordinal", "90").param("startDate", "2090-09-01").param("endDate", "2090-09-03")
                .param("presidentIso3", "USA"), isu);

        assertThat(page.select("#presidentIso3-error").text()).isEqualTo("USA is not a State Party on the first day "
                + "of the meeting, so it cannot preside over it.");
        assertThat(records.roster.terms()).noneMatch(t -> t.msp().shortName().equals("90RC"));
    }

    @Test
    void aCoordinatorWhoIsNotAStatePartyIsRefused() throws Exception {
        Term term = records.newTerm();

        Document page = pages.postShownAgain(post("/committee/" + term.id() + "/seats").param("kind", "COORDINATOR")
                .param("theme", "UNIVERSALIZATION").param("stateIso3", "USA"), isu);

        assertThat(page.select("#stateIso3-error").text()).startsWith("USA was not a State Party on");
        assertThat(records.committee.committee(term).coordinators().get(Theme.UNIVERSALIZATION)).isEmpty();
    }

    @Test
    void anActivityThatEndsBeforeItStartsIsRefusedAndThePlanKeepsItsVersion() throws Exception {
        ThemePlan plan = records.noteIn(records.newTerm(), Theme.CLEARANCE);

        Document page = pages.postShownAgain(activity(plan, "2017-05-31", "2017-03-01", "LBN"), isu);

        assertThat(page.select("#endDate-error").text()).isEqualTo("An activity cannot end before it starts.");
        ThemePlan after = records.plans.plan(plan.id(), isu);
        assertThat(after.activities()).isEmpty();
        assertThat(after.revision()).isEqualTo(plan.revision());
        assertThat(records.plans.revisionsOf(after)).hasSize(1);
    }

    @Test
    void aTargetStateThatDoesNotExistIsRefusedByItsCode() throws Exception {
        ThemePlan plan = records.noteIn(records.newTerm(), Theme.CLEARANCE);

        Document page = pages.postShownAgain(activity(plan, "2017-03-01", "2017-05-31", "LBN XYZ"), isu);

        assertThat(page.select("#targets + .form-text + .invalid-feedback, .invalid-feedback").eachText())
                .contains("There is no State with the code XYZ.");
        assertThat(records.plans.plan(plan.id(), isu).activities()).isEmpty();
    }

    @Test
    void aSecondConceptNoteForTheSameThemeAndTermIsRefused() throws Exception {
        Term term = records.newTerm();
        records.noteIn(term, Theme.TRANSPARENCY);

        Document page = pages.postShownAgain(post("/committee/plans").param("term", String.valueOf(term.id()))
                .param("theme", "TRANSPARENCY").param("objectives", "Again"), isu);

        assertThat(page.select("#theme-error").text()).startsWith("This theme already has a concept note");
    }

    @Test
    void aSlotOutsideTheMeetingsDaysIsRefused() throws Exception {
        Term term = records.newTerm();
        LocalDate after = term.to().plusDays(1);

        Document page = pages.postShownAgain(post("/presidency/meetings/" + term.id() + "/slots")
                .param("stateIso3", "LBN").param("theme", "CLEARANCE").param("day", after.toString())
                .param("topic", "Article 4"), isu);

        assertThat(page.select("#day-error").text()).startsWith("The day must be within the meeting");
        assertThat(records.presidencies.slotsOf(term.msp())).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder activity(
            ThemePlan plan, String start, String end, String targets) {
        return post("/committee/plans/" + plan.id() + "/activities").param("version", String.valueOf(plan.version()))
                .param("title", "Workshop").param("owner", "Norway").param("startDate", start).param("endDate", end)
                .param("status", "PLANNED").param("targets", targets);
    }
}
