package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Lebanon Mine Action Forum's page: all of it for members, ISU and Presidency; a summary for others. */
@IntegrationTest
class CoalitionPageIntegrationTest {

    static final Map<String, String> FORUM_MEMBERS = Map.of(
            "Lebanon Mine Action Center", "National authority",
            "Norway", "Champion State",
            "Geneva International Centre for Humanitarian Demining", "Facilitator",
            "United Nations Development Programme", "Secretariat",
            "Norwegian People's Aid", "Operator",
            "Mines Advisory Group", "Operator");

    static final String OPEN_POINT = "Confirm 2026 funding for two additional clearance teams.";
    static final String POINT_IN_PROGRESS = "Propose a prioritisation of 2026 clearance tasks";
    static final String POINT_DONE = "Share the updated map of confirmed hazardous areas";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CoalitionRegister register;

    long forum;

    @BeforeEach
    void findTheForum() {
        forum = TestCoalitions.named(register, TestCoalitions.LEBANON_FORUM).id();
    }

    @ParameterizedTest(name = "{0} sees every member of the Forum in its role")
    @ValueSource(strings = {"lebanon", "norway", "undp", "npa", "gichd", "isu", "president"})
    void membersTheIsuAndThePresidencySeeTheWholeTableOfMembersAndRoles(String username) throws Exception {
        Document page = page(username);

        Map<String, String> table = new LinkedHashMap<>();
        for (Element row : page.select("#members-heading ~ div table tbody tr")) {
            table.put(row.selectFirst("th").text(), row.selectFirst("td").text());
        }
        assertThat(table).isEqualTo(FORUM_MEMBERS);
        assertThat(page.text()).doesNotContain("This is the public summary");
    }

    @ParameterizedTest(name = "{0} sees the public summary only")
    @ValueSource(strings = {"anonymous", "observer", "coordinator", "laos"})
    void othersSeeAPublicSummaryWithoutMembersMeetingsOrActionPoints(String username) throws Exception {
        Document page = page(username);

        assertThat(page.selectFirst("h1").text()).isEqualTo(TestCoalitions.LEBANON_FORUM);
        assertThat(page.text()).contains("This is the public summary", "6 members", "active",
                "CCM Article 4 (clearance and risk reduction education)", "twice a year");
        assertThat(page.select("#members-heading, #coalition-meetings-heading, #coalition-ap-heading")).isEmpty();
        assertThat(page.select("main a[href^=/meetings/], main a[href^=/action-points/]")).isEmpty();
        assertThat(page.html()).doesNotContain("Lebanon Mine Action Center", "Norway", "Geneva International Centre",
                "United Nations Development Programme", "Norwegian People", "Mines Advisory Group",
                "Technical Working Group", OPEN_POINT, POINT_IN_PROGRESS, "Access permits",
                "Next meeting due", "has not met within its rhythm");
    }

    @ParameterizedTest(name = "{0} sees when the Forum was due to meet and that it has not")
    @ValueSource(strings = {"lebanon", "isu"})
    void theForumWasDueSixMonthsAfterItsLastForumNotAfterItsWorkingGroupsAndIsFlagged(String username)
            throws Exception {
        Element due = page(username).selectFirst("dt:containsOwn(Next meeting due) + dd");

        assertThat(due.text()).isEqualTo("12 May 2026 has not met within its rhythm");
        assertThat(due.select(".badge")).hasSize(1);
    }

    @Test
    void theForumShowsItsMeetingsAndWorkingGroups() throws Exception {
        Document page = page("norway");

        assertThat(page.select("#coalition-meetings-heading + ul li a").eachText()).containsExactly(
                "9 December 2026 — Mine Action Forum",
                "20 May 2026 — Technical Working Group on land release",
                "18 February 2026 — Technical Working Group on land release",
                "12 November 2025 — Mine Action Forum",
                "14 May 2025 — Mine Action Forum");
        assertThat(page.text()).contains("4 meetings held");
    }

    @Test
    void theForumShowsItsOpenActionPointsOnly() throws Exception {
        Document page = page("undp");

        assertThat(page.select("#coalition-ap-heading ~ form table tbody tr td:first-child a").eachText())
                .anySatisfy(text -> assertThat(text).isEqualTo(OPEN_POINT))
                .anySatisfy(text -> assertThat(text).startsWith(POINT_IN_PROGRESS))
                .noneSatisfy(text -> assertThat(text).startsWith(POINT_DONE));
    }

    @ParameterizedTest(name = "the page offers {0} to plan a meeting: {1}")
    @CsvSource({"lebanon, true", "gichd, true", "undp, true", "isu, false", "norway, false", "npa, false"})
    void thePageOffersToPlanAMeetingToThoseWhoRunTheCoalitionsMeetingsOnly(String username, boolean offered)
            throws Exception {
        assertThat(page(username).select("form[action=/coalitions/" + forum + "/meetings]").isEmpty())
                .isEqualTo(!offered);
    }

    @Test
    void theProgressOfEachCoveredObligationIsTheObligationsDeadlineStatusAndProjection() throws Exception {
        Document page = page("president");

        assertThat(page.select("#progress-heading ~ div table tbody tr")).extracting(Element::text).containsExactly(
                "CCM Article 4 (clearance and risk reduction education) overdue deadline 1 May 2026 "
                        + "· projected completion 16 October 2032 details",
                "CCM Article 5 (victim assistance) no treaty deadline a dated commitment is late details");
        assertThat(page.select("#progress-heading ~ div table tbody tr a").eachAttr("href"))
                .allMatch(href -> href.matches("/obligations/\\d+"));
    }

    @Test
    void theMidTermUpdateOfTheForumIsListedForItsMembers() throws Exception {
        assertThat(page("npa").select("#coalition-ap-heading ~ ul li").eachText())
                .anySatisfy(line -> assertThat(line).startsWith("2026-02-19 22:00 UTC: lebanon updated 2 action points"));
    }

    @Test
    void theListOfCoalitionsShowsEveryDemoCoalitionIncludingAProposedOneWithoutStartDate() throws Exception {
        String list = mvc.perform(get("/coalitions")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(list).select("tbody th a").eachText()).contains(TestCoalitions.LEBANON_FORUM,
                TestCoalitions.MONTENEGRO, TestCoalitions.BOTSWANA, TestCoalitions.LAOS);
    }

    @Test
    void theListFiltersByStatus() throws Exception {
        String proposed = mvc.perform(get("/coalitions").param("status", "proposed")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(proposed).select("tbody th a").eachText()).contains(TestCoalitions.LAOS)
                .doesNotContain(TestCoalitions.LEBANON_FORUM, TestCoalitions.MONTENEGRO);
    }

    @Test
    void anUnknownCoalitionIsNotFound() throws Exception {
        mvc.perform(get("/coalitions/{id}", 987654321L)).andExpect(status().isNotFound());
    }

    private Document page(String username) throws Exception {
        MockHttpServletRequestBuilder request = get("/coalitions/{id}", forum);
        if (!username.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
