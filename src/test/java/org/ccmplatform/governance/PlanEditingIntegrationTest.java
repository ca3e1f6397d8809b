package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccmplatform.IntegrationTest;
import org.ccmplatform.governance.CommitteeDesk.SeatDetails;
import org.ccmplatform.shared.CurrentUser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Coordinators at work on their plans: a coordinator edits its own theme and no other, two coordinators saving the
 * same plan get a conflict that shows both versions with nothing lost, every save is a version with who and when,
 * publishing puts one version on the public page and later drafts stay off it, and an action point shows the plans
 * still missing.
 */
@IntegrationTest
class PlanEditingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    GovernancePages pages;
    GovernanceRecords records;
    CurrentUser isu;
    CurrentUser italy;
    Term term;

    @BeforeEach
    void setUp() {
        pages = new GovernancePages(mvc);
        records = GovernanceRecords.of(context);
        isu = records.user("isu");
        italy = records.user("coordinator");
        term = records.newTerm();
        records.committee.seatOnBehalf(term, new SeatDetails(SeatKind.COORDINATOR, Theme.VICTIM_ASSISTANCE, "ITA",
                null, null));
    }

    @Test
    void aCoordinatorWritesItsOwnThemesConceptNoteButNotAnothers() throws Exception {
        MvcResult own = pages.post(post("/committee/plans").param("term", String.valueOf(term.id()))
                .param("theme", "VICTIM_ASSISTANCE").param("objectives", "A focal point by the end of 2016"), italy);
        MvcResult other = pages.post(post("/committee/plans").param("term", String.valueOf(term.id()))
                .param("theme", "UNIVERSALIZATION").param("objectives", "More States Parties"), italy);

        assertThat(own.getResponse().getStatus()).isEqualTo(302);
        assertThat(other.getResponse().getStatus()).isEqualTo(403);
        assertThat(records.plans.ofTerm(term)).containsOnlyKeys(Theme.VICTIM_ASSISTANCE);
        Document plans = pages.open("/committee/plans?term=" + term.id(), italy);
        assertThat(plans.select("#theme option").eachAttr("value")).containsExactly("", "VICTIM_ASSISTANCE");
    }

    @Test
    void thePresidencyEditsEveryThemesPlan() throws Exception {
        ThemePlan plan = records.noteIn(term, Theme.UNIVERSALIZATION);

        MvcResult saved = pages.post(post("/committee/plans/" + plan.id() + "/note")
                .param("version", String.valueOf(plan.version())).param("objectives", "Eight new States Parties"),
                records.user("president"));

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(records.plans.plan(plan.id(), isu).note().objectives()).isEqualTo("Eight new States Parties");
    }

    @Test
    void theSecondOfTwoCoordinatorsSavingThePlanSeesBothVersionsAndNothingIsLost() throws Exception {
        ThemePlan plan = records.plans.write(term.id(), Theme.VICTIM_ASSISTANCE,
                new ConceptNote("First objectives", null, null, null), italy);
        long opened = plan.version();
        pages.post(post("/committee/plans/" + plan.id() + "/note").param("version", String.valueOf(opened))
                .param("objectives", "Chile's objectives"), records.user("isu"));

        Document page = pages.postShownAgain(post("/committee/plans/" + plan.id() + "/note")
                .param("version", String.valueOf(opened)).param("objectives", "Italy's objectives"), italy);

        assertThat(page.select(".alert-warning").text()).contains("isu saved this plan (version 2)");
        assertThat(page.select(".alert-warning pre").eachText()).containsExactly("Chile's objectives",
                "Italy's objectives");
        assertThat(page.select("textarea#objectives").text()).isEqualTo("Italy's objectives");
        ThemePlan now = records.plans.plan(plan.id(), isu);
        assertThat(now.note().objectives()).isEqualTo("Chile's objectives");
        assertThat(page.select("#note-edit + form input[name=version]").attr("value"))
                .isEqualTo(String.valueOf(now.version()));

        MvcResult again = pages.post(post("/committee/plans/" + plan.id() + "/note")
                .param("version", String.valueOf(now.version())).param("objectives", "Italy's objectives"), italy);
        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(records.plans.revisionsOf(now)).extracting(r -> r.snapshot().objectives())
                .containsExactly("Italy's objectives", "Chile's objectives", "First objectives");
        assertThat(records.plans.revisionsOf(now)).extracting(PlanRevision::savedBy)
                .containsExactly("coordinator", "isu", "coordinator");
    }

    @Test
    void publishingPutsThatVersionOnTheThemesPageAndLaterDraftsStayOff() throws Exception {
        ThemePlan plan = records.noteIn(term, Theme.STOCKPILE_DESTRUCTION);
        pages.post(post("/committee/plans/" + plan.id() + "/activities").param("version",
                String.valueOf(plan.version())).param("title", "Letters on upcoming deadlines").param("owner",
                "Croatia and Mexico").param("startDate", "2100-10-01").param("endDate", "2100-12-31")
                .param("status", "PLANNED").param("targets", "BWA PER"), isu);
        ThemePlan withActivity = records.plans.plan(plan.id(), isu);
        pages.post(post("/committee/plans/" + plan.id() + "/publish").param("version",
                String.valueOf(withActivity.version())).param("executiveSummary", "Deadlines kept"), isu);
        ThemePlan published = records.plans.plan(plan.id(), isu);
        pages.post(post("/committee/plans/" + plan.id() + "/note").param("version",
                String.valueOf(published.version())).param("objectives", "A draft nobody approved"), isu);

        Document publicPage = pages.open("/themes/stockpile-destruction", null);
        assertThat(publicPage.text()).contains("Deadlines kept", "Letters on upcoming deadlines")
                .doesNotContain("A draft nobody approved");
        Document anonymous = pages.open("/committee/plans/" + plan.id(), null);
        assertThat(anonymous.text()).contains("Deadlines kept").doesNotContain("A draft nobody approved");
        Document committee = pages.open("/committee/plans/" + plan.id(), italy);
        assertThat(committee.text()).contains("A draft nobody approved", "changed since it was published");
    }

    @Test
    void draftsAreForTheCommitteeAlone() throws Exception {
        ThemePlan draft = records.noteIn(term, Theme.TRANSPARENCY);

        assertThat(pages.status("/committee/plans/" + draft.id(), null)).isEqualTo(404);
        assertThat(pages.status("/committee/plans/" + draft.id(), records.user("norway"))).isEqualTo(404);
        assertThat(pages.status("/committee/plans/" + draft.id(), italy)).isEqualTo(200);
        assertThat(pages.open("/committee/plans?term=" + term.id(), null).text())
                .contains("Only published plans are shown");
    }

    @Test
    void anActionPointAskingForPlansShowsWhichAreStillMissing() {
        var meetings = context.getBean(org.ccmplatform.meetings.MeetingPlanner.class);
        var points = context.getBean(org.ccmplatform.meetings.ActionPointTracker.class);
        var requests = context.getBean(PlanRequestDesk.class);
        var meeting = meetings.plan(new org.ccmplatform.meetings.MeetingDetails(
                org.ccmplatform.meetings.MeetingBody.COORDINATION_COMMITTEE, "Committee", term.from().atTime(10, 0),
                term.from().atTime(11, 0), java.time.ZoneId.of("Europe/Zurich"), "Geneva", false,
                java.util.Set.of(org.ccmplatform.shared.Language.EN),
                org.ccmplatform.meetings.MeetingVisibility.PARTICIPANTS), isu);
        var point = points.assign(meeting.id(), null, "Turn the concept notes into operational plans",
                points.owner("DEU", null, null), term.from().plusDays(30), isu);
        ThemePlan clearance = records.noteIn(term, Theme.CLEARANCE);
        records.plans.addActivity(clearance.id(), clearance.version(), new PlanDesk.ActivityDetails("Workshop",
                "Norway", term.from(), term.from().plusDays(1), ActivityStatus.PLANNED, "LBN"), isu);
        records.noteIn(term, Theme.TRANSPARENCY);

        requests.ask(point.id(), term.id(), java.util.EnumSet.of(Theme.CLEARANCE, Theme.TRANSPARENCY,
                Theme.UNIVERSALIZATION), isu);

        PlanRequestDesk.RequestStatus status = requests.ofTerm(term).get(0);
        assertThat(status.delivered()).containsOnlyKeys(Theme.CLEARANCE);
        assertThat(status.missing()).containsExactly(Theme.UNIVERSALIZATION, Theme.TRANSPARENCY);
        assertThat(status.actionPoint().text()).isEqualTo("Turn the concept notes into operational plans");
    }
}
