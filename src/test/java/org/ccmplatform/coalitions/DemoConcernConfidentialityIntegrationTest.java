package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.registry.OrganisationDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo concern of the Lebanon Mine Action Forum, raised by Norwegian People's Aid ("npa"): its words and its
 * author reach GICHD, the facilitator, and "npa" itself, and nobody else, wherever they look. Reads only.
 */
@IntegrationTest
class DemoConcernConfidentialityIntegrationTest {

    static final String WORDS = "Access permits for the teams in the South";
    static final String MORE_WORDS = "several weeks to be issued";
    static final String AUTHOR = "Operator, NPA (demo)";

    static final List<String> EVERYWHERE = List.of(
            "/coalitions/{forum}", "/coalitions", "/meetings/{planned}", "/meetings/{held}", "/meetings",
            "/meetings/{held}/minutes.pdf", "/meetings/{planned}/minutes.pdf", "/meetings/{planned}/invitation.ics",
            "/action-points/mine?all=true", "/states/LBN", "/states?q=permits", "/organisations?q=permits",
            "/contacts?q=permits", "/states/export.csv", "/api/v1/coalitions", "/api/v1/coalitions/{forum}",
            "/api/v1/meetings", "/api/v1/meetings/{planned}", "/api/v1/meetings/{held}", "/api/v1/action-points",
            "/api/v1/action-points?owner=LBN", "/api/v1/contacts?q=permits", "/api/v1/organisations?q=permits",
            "/api/v1/states", "/admin/audit?entityType=Concern");

    /** Pages where the author's account has its own place, but never the concern. */
    static final List<String> ACCOUNT_PAGES = List.of("/admin/users", "/admin/audit", "/admin/audit?actor=npa");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    @Autowired
    OrganisationDirectory organisations;

    long forum;
    long planned;
    long held;

    @BeforeEach
    void findTheForumAndItsMeetings() {
        forum = TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM).id();
        List<Meeting> meetings = register.view(forum, new TestCoalitions(register, organisations, users).user("isu"))
                .meetings();
        planned = dayOf(meetings, LocalDate.of(2026, 12, 9));
        held = dayOf(meetings, LocalDate.of(2025, 11, 12));
    }

    @ParameterizedTest(name = "nothing shows the demo concern or its author to {0}")
    @ValueSource(strings = {"lebanon", "norway", "undp", "isu", "president", "coordinator", "observer", "laos",
        "anonymous"})
    void nothingShowsTheDemoConcernOrItsAuthorToAnyoneButTheFacilitator(String viewer) throws Exception {
        LeakCheck check = new LeakCheck(mvc, users);

        for (String path : EVERYWHERE) {
            check.noneOf(viewer, resolve(path), WORDS, MORE_WORDS, AUTHOR);
        }
        for (String path : ACCOUNT_PAGES) {
            check.noneOf(viewer, resolve(path), WORDS, MORE_WORDS);
        }
        check.verify();
    }

    @Test
    void theFacilitatorReadsTheDemoConcernAndWhoRaisedIt() throws Exception {
        String page = new LeakCheck(mvc, users).read("gichd", resolve("/coalitions/{forum}"));

        assertThat(Jsoup.parse(page).select("#concerns-heading ~ article").eachText())
                .anySatisfy(c -> assertThat(c).contains(WORDS, "raised by " + AUTHOR));
    }

    @Test
    void theOperatorWhoRaisedItReadsItAsTheirOwn() throws Exception {
        String page = new LeakCheck(mvc, users).read("npa", resolve("/coalitions/{forum}"));

        assertThat(Jsoup.parse(page).select("#concerns-heading").text()).isEqualTo("Your concerns");
        assertThat(Jsoup.parse(page).select("#concerns-heading ~ article").eachText())
                .anySatisfy(c -> assertThat(c).contains(WORDS).doesNotContain("raised by"));
    }

    @Test
    void theNationalAuthorityOfTheForumDoesNotReadIt() throws Exception {
        String page = new LeakCheck(mvc, users).read("lebanon", resolve("/coalitions/{forum}"));

        assertThat(Jsoup.parse(page).select("#concerns-heading").text()).isEqualTo("Your concerns");
        assertThat(Jsoup.parse(page).select("#concerns-heading ~ article")).isEmpty();
    }

    private String resolve(String path) {
        return path.replace("{forum}", String.valueOf(forum)).replace("{planned}", String.valueOf(planned))
                .replace("{held}", String.valueOf(held));
    }

    private static long dayOf(List<Meeting> meetings, LocalDate day) {
        return meetings.stream().filter(m -> m.day().equals(day)).findFirst().orElseThrow().id();
    }
}
