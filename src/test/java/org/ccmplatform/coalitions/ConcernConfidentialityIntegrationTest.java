package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.registry.OrganisationDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A concern raised by an operator and put on an agenda by the facilitator: no page, API response, export or search
 * result shows its words or who raised it to anyone but the facilitator (and the one who raised it).
 */
@IntegrationTest
@Transactional
class ConcernConfidentialityIntegrationTest {

    /** Where the words or the author of a concern could show, for everyone who is not the facilitator. */
    static final List<String> EVERYWHERE = List.of(
            "/coalitions/{coalition}", "/coalitions", "/meetings/{meeting}", "/meetings",
            "/meetings?body=COALITION_MEETING", "/meetings/{meeting}/minutes.pdf", "/meetings/{meeting}/invitation.ics",
            "/action-points/mine", "/action-points/mine?all=true", "/profile",
            "/states?q={word}", "/organisations?q={word}", "/contacts?q={word}", "/states/export.csv",
            "/api/v1/coalitions", "/api/v1/coalitions/{coalition}", "/api/v1/meetings", "/api/v1/meetings/{meeting}",
            "/api/v1/action-points", "/api/v1/contacts?q={word}", "/api/v1/organisations?q={word}",
            "/api/v1/states", "/admin/audit?entityType=Concern");

    /** The accounts the ISU administers: the author's account has its own place there, but no word of a concern. */
    static final List<String> ACCOUNT_PAGES = List.of("/admin/users", "/admin/users/{raiserId}");

    /**
     * The whole audit trail, where the author's account was created (by the test) and where the Concern records have
     * their lines: it must not hold the concern's words; who changed the concern is checked on its own below.
     */
    static final List<String> AUDIT_PAGES = List.of("/admin/audit", "/admin/audit?actor={raiser}");

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    ConcernScenario scenario;

    @BeforeEach
    void aConcernIsRaisedAndPutOnTheAgenda() throws Exception {
        scenario = new ConcernScenario(mvc, context).raised().onTheAgenda();
    }

    static Stream<String> everyoneButTheFacilitator() {
        return Stream.of("lebanon", "norway", "undp", "npa", "colleague", "isu", "president", "observer",
                "anonymous");
    }

    @ParameterizedTest(name = "nothing shows the concern or its author to {0}")
    @MethodSource("everyoneButTheFacilitator")
    void nothingShowsTheConcernOrWhoRaisedItToAnyoneButTheFacilitator(String viewer) throws Exception {
        String who = viewer.equals("colleague") ? scenario.colleague.username() : viewer;
        LeakCheck check = new LeakCheck(mvc, users);

        for (String path : EVERYWHERE) {
            check.noneOf(who, resolve(path), scenario.secrets());
        }
        for (String path : ACCOUNT_PAGES) {
            check.noneOf(who, resolve(path), scenario.secretWord, "Checkpoint delays", "concern");
        }
        for (String path : AUDIT_PAGES) {
            check.noneOf(who, resolve(path), scenario.secretWord, "Checkpoint delays");
        }
        check.verify();
    }

    @Test
    void theFacilitatorReadsTheConcernAndWhoRaisedIt() throws Exception {
        String page = new LeakCheck(mvc, users).read("gichd", resolve("/coalitions/{coalition}"));

        assertThat(Jsoup.parse(page).select("#concerns-heading ~ article").eachText()).singleElement()
                .satisfies(c -> assertThat(c).contains(scenario.text, "raised by " + scenario.raiser.displayName(),
                        "on an agenda"));
    }

    @Test
    void theOperatorWhoRaisedItReadsTheirOwnConcernWithoutTheFacilitatorsTools() throws Exception {
        String page = new LeakCheck(mvc, users).read(scenario.raiser.username(), resolve("/coalitions/{coalition}"));

        assertThat(Jsoup.parse(page).select("#concerns-heading ~ article").eachText()).singleElement()
                .satisfies(c -> assertThat(c).contains(scenario.text).doesNotContain("raised by"));
        assertThat(page).doesNotContain("/concerns/" + scenario.concern.id() + "/");
    }

    @Test
    void theAuditTrailKeepsThatAConcernChangedButNeitherWhoNorWhat() throws Exception {
        List<Concern> raised = List.of(scenario.concern);
        var rows = Jsoup.parse(new LeakCheck(mvc, users).read("isu", "/admin/audit?entityType=Concern"))
                .select("table tbody tr");

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.child(1).text()).isEqualTo("confidential");
            assertThat(row.child(3).text()).isEqualTo("Concern");
            assertThat(row.child(5).text()).isEmpty();
        });
        assertThat(rows.eachText()).filteredOn(r -> r.contains(" Concern " + raised.get(0).id() + " ")
                || r.endsWith(" Concern " + raised.get(0).id())).hasSize(2);
        assertThat(Jsoup.parse(new LeakCheck(mvc, users).read("isu", resolve("/admin/audit?actor={raiser}")))
                .select("table tbody tr").eachText()).containsExactly("Nothing recorded for these filters.");
    }

    private String resolve(String path) {
        return path.replace("{coalition}", String.valueOf(scenario.coalition.id()))
                .replace("{meeting}", String.valueOf(scenario.meeting))
                .replace("{word}", ConcernScenario.SEARCHED_WORD)
                .replace("{raiserId}", String.valueOf(scenario.raiser.id()))
                .replace("{raiser}", scenario.raiser.username());
    }
}
