package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The German Presidency of the 7MSP and its Coordination Committee as the minutes of 4 November 2016 record them,
 * read through the pages: the term computed from the 6MSP and 7MSP, the coordinators of each theme, the invited
 * organisations, the committee's meetings, the concept notes turned into the plans the meeting asked for, and the
 * published plans on the themes' public pages.
 */
@IntegrationTest
class GermanPresidencyDemoIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    GovernancePages pages;
    GovernanceRecords records;
    Term seventh;

    @BeforeEach
    void demo() {
        pages = new GovernancePages(mvc);
        records = GovernanceRecords.of(context);
        seventh = records.seventhMsp();
    }

    @Test
    void germanysTermRunsFromTheLastDayOfTheSixthMspToTheLastDayOfTheSeventh() {
        assertThat(seventh.from()).isEqualTo(LocalDate.of(2016, 9, 7));
        assertThat(seventh.to()).isEqualTo(LocalDate.of(2017, 9, 6));
        assertThat(seventh.msp().presidentState().iso3()).isEqualTo("DEU");
        assertThat(records.roster.termOn(LocalDate.of(2016, 11, 4))).map(Term::id).contains(seventh.id());
        assertThat(records.roster.termOn(LocalDate.of(2016, 9, 7))).map(t -> t.msp().shortName()).contains("6MSP");
        assertThat(records.roster.termOn(LocalDate.of(2016, 9, 8))).map(Term::id).contains(seventh.id());
    }

    @Test
    void theCalendarShowsGermanyPresidingOverTheSeventhMsp() throws Exception {
        Document page = pages.open("/presidency", null);

        Element row = page.select("tr").stream().filter(r -> r.text().startsWith("7MSP")).findFirst().orElseThrow();
        assertThat(row.text()).contains("4 Sep", "Geneva", "Germany", "H.E. Michael Biontino", "7 Sep", "2016",
                "6 Sep", "2017");
        assertThat(page.select("tr").stream().filter(r -> r.text().startsWith("8MSP")).findFirst().orElseThrow()
                .text()).contains("Not recorded");
    }

    @Test
    void theCommitteeOfTheTermHasTheCoordinatorsNamedInTheMinutes() throws Exception {
        Document page = pages.open("/committee?term=" + seventh.id(), null);

        assertThat(rowOf(page, "Coordinators: Universalization")).contains("France", "Zambia");
        assertThat(rowOf(page, "Coordinators: Victim assistance")).contains("Italy", "Chile");
        assertThat(rowOf(page, "Coordinators: Stockpile destruction and retention")).contains("Croatia", "Mexico");
        assertThat(rowOf(page, "Coordinators: Clearance and risk reduction education")).contains("Norway",
                "Netherlands");
        assertThat(rowOf(page, "Coordinators: International cooperation and assistance")).contains("Iraq",
                "Australia");
        assertThat(rowOf(page, "Coordinators: Transparency measures")).contains("Costa Rica");
        assertThat(rowOf(page, "Coordinators: National implementation measures")).contains("New Zealand");
        assertThat(rowOf(page, "Coordinators: General status and operation")).contains("Bosnia and Herzegovina",
                "Switzerland");
        assertThat(rowOf(page, "President")).contains("Germany", "Biontino");
        assertThat(rowOf(page, "Director of the ISU")).contains("Sheila Mweemba");
        assertThat(page.text()).contains("Cluster Munition Coalition", "International Committee of the Red Cross",
                "United Nations Office for Disarmament Affairs", "Geneva International Centre for Humanitarian Demining");
    }

    @Test
    void theCommitteesMeetingsAreThoseOfTheMeetingsModuleForThoseWhoMayReadThem() throws Exception {
        Document asPresident = pages.open("/committee?term=" + seventh.id(), records.user("president"));
        Document anonymous = pages.open("/committee?term=" + seventh.id(), null);

        assertThat(asPresident.select("#meetings-heading + ul li").eachText())
                .anyMatch(t -> t.startsWith("4 November 2016"))
                .anyMatch(t -> t.startsWith("7 December 2016"));
        assertThat(anonymous.select("#meetings-heading + ul li").eachText()).containsExactly(
                "None that you may read.");
    }

    @Test
    void everyPlanThatTheMeetingAskedForIsThereAndThreeArePublished() throws Exception {
        Document page = pages.open("/committee/plans?term=" + seventh.id(), records.user("president"));

        assertThat(page.select("#requests-heading + ul > li")).hasSize(7);
        assertThat(page.select("#requests-heading + ul > li").eachText())
                .allMatch(t -> t.contains("Every plan asked for is there."));
        assertThat(rowOf(page, "Universalization")).contains("Published");
        assertThat(rowOf(page, "Transparency measures")).contains("Operational plan (draft)");
        assertThat(rowOf(page, "General status and operation")).contains("No concept note yet");
    }

    @Test
    void theUniversalizationPlanIsOnItsThemesPublicPageWithItsSummaryAndTarget() throws Exception {
        Document page = pages.open("/themes/universalization", null);

        assertThat(page.text()).contains("Plan up to the 7MSP", "Eight new States Parties by the 7MSP",
                "8 new States Parties by the 7MSP.", "Workshop on universalization in South-East Asia");
        assertThat(pages.open("/themes/transparency", null).text()).contains("No plan has been published");
    }

    @Test
    void lebanonIsTargetedByMoreThanOneThemeSoTheMatrixShadesIt() throws Exception {
        Document page = pages.open("/committee/targets?term=" + seventh.id(), records.user("coordinator"));

        Element lebanon = page.select("tbody tr").stream().filter(r -> r.text().startsWith("Lebanon")).findFirst()
                .orElseThrow();
        assertThat(lebanon.hasClass("table-warning")).isTrue();
        Document planned = pages.open("/committee/states/LBN?term=" + seventh.id(), records.user("coordinator"));
        assertThat(planned.select("section h2").eachText()).contains("Victim assistance",
                "Clearance and risk reduction education", "International cooperation and assistance");
    }

    @Test
    void transparencyTargetsTheStatesWhoseInitialReportWasOverdueOnTheDayOfTheMeeting() {
        ThemePlan plan = records.plans.ofTerm(seventh).get(Theme.TRANSPARENCY);
        List<String> targets = records.plans.plan(plan.id(), records.user("isu")).activities().get(0).targets()
                .stream().map(s -> s.iso3()).toList();

        assertThat(targets).hasSize(12).isSorted();
    }

    @Test
    void thePagesSpeakFrenchAndSpanish() throws Exception {
        assertThat(pages.open("/committee?term=" + seventh.id(), null, Locale.FRENCH).select("h1").text())
                .isEqualTo("Comité de coordination");
        assertThat(pages.open("/presidency", null, Locale.forLanguageTag("es")).text())
                .contains("7ª REP", "Presidencia y Reuniones de los Estados Partes");
        assertThat(pages.open("/themes/victim-assistance", null, Locale.FRENCH).text())
                .contains("Plan jusqu’à la 7e AEP");
    }

    private static String rowOf(Document page, String heading) {
        return page.select("tr").stream().filter(r -> r.child(0).text().equals(heading)).map(Element::text)
                .reduce((a, b) -> a + " | " + b).orElseThrow(() -> new AssertionError("no row " + heading));
    }
}
