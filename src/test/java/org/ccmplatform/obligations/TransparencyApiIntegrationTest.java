package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.StateRegister;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/transparency-reports/overdue?asOf=: the reports due before a day and not received by it. The demo
 * reports reproduce the Coordination Committee's count of 4 November 2016; the other days are chosen around the
 * due dates that the register's entry-into-force dates give.
 */
@IntegrationTest
class TransparencyApiIntegrationTest {

    static final LocalDate COMMITTEE_MEETING = LocalDate.of(2016, 11, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    StateRegister register;

    @Autowired
    ObligationLedger ledger;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("On 4 November 2016, 22 States Parties had an overdue initial report, as the Coordination "
            + "Committee counted")
    void twentyTwoStatesHadAnOverdueInitialReportOn4November2016() throws Exception {
        List<JsonNode> overdue = overdue(COMMITTEE_MEETING);

        Set<String> lateInitial = overdue.stream().filter(o -> o.get("type").asString().equals("INITIAL"))
                .map(o -> o.get("state").asString()).collect(Collectors.toSet());
        assertThat(lateInitial).hasSize(22);
        assertThat(overdue.stream().filter(o -> o.get("type").asString().equals("INITIAL"))).hasSize(22);
    }

    @Test
    @DisplayName("On 4 November 2016, 20 States Parties whose initial report was in had an overdue annual report "
            + "for 2015")
    void twentyStatesHadAnOverdue2015AnnualReportOn4November2016() throws Exception {
        List<JsonNode> overdue = overdue(COMMITTEE_MEETING);
        Set<String> lateInitial = states(overdue, "INITIAL", null);

        Set<String> late2015 = states(overdue, "ANNUAL", 2015);

        assertThat(late2015.stream().filter(s -> !lateInitial.contains(s))).hasSize(20);
        overdue.stream().filter(o -> o.get("type").asString().equals("ANNUAL")).forEach(o -> {
            int year = o.get("yearCovered").asInt();
            assertThat(o.get("dueDate").asString()).isEqualTo((year + 1) + "-04-30");
            assertThat(year).isLessThanOrEqualTo(2015);
        });
    }

    @Test
    @DisplayName("Each overdue report gives the State, the type, the year covered and the due date; an initial "
            + "report is due 180 days after entry into force and covers no year")
    void eachOverdueReportGivesStateTypeYearAndDueDate() throws Exception {
        List<JsonNode> overdue = overdue(COMMITTEE_MEETING);

        assertThat(overdue).isNotEmpty().allSatisfy(o -> assertThat(o.propertyNames())
                .containsExactlyInAnyOrder("state", "type", "yearCovered", "dueDate"));
        for (JsonNode initial : overdue.stream().filter(o -> o.get("type").asString().equals("INITIAL")).toList()) {
            LocalDate inForce = entryIntoForce(initial.get("state").asString());
            assertThat(initial.get("yearCovered").isNull()).isTrue();
            assertThat(LocalDate.parse(initial.get("dueDate").asString())).isEqualTo(inForce.plusDays(180))
                    .isBefore(COMMITTEE_MEETING);
        }
    }

    @Test
    @DisplayName("An initial report due on a day is not overdue that day, and is overdue the next")
    void anInitialReportIsOverdueFromTheDayAfterItIsDue() throws Exception {
        JsonNode late = overdue(COMMITTEE_MEETING).stream()
                .filter(o -> o.get("type").asString().equals("INITIAL")).findFirst().orElseThrow();
        String iso3 = late.get("state").asString();
        LocalDate due = entryIntoForce(iso3).plusDays(180);

        assertThat(states(overdue(due), "INITIAL", null)).doesNotContain(iso3);
        assertThat(states(overdue(due.plusDays(1)), "INITIAL", null)).contains(iso3);
        assertThat(states(overdue(due.minusDays(1)), "INITIAL", null)).doesNotContain(iso3);
    }

    @Test
    @DisplayName("Lebanon's initial report falls due on 28 October 2011, 180 days after its entry into force on "
            + "1 May 2011: nothing of Lebanon is overdue before then")
    void lebanonsInitialReportFallsDue180DaysAfterEntryIntoForce() throws Exception {
        assertThat(entryIntoForce("LBN")).isEqualTo(LocalDate.of(2011, 5, 1));

        assertThat(overdue(LocalDate.of(2011, 10, 28))).noneMatch(o -> o.get("state").asString().equals("LBN"));
        assertThat(overdue(LocalDate.of(2011, 4, 30))).noneMatch(o -> o.get("state").asString().equals("LBN"));
    }

    @Test
    @DisplayName("Nothing is overdue on 28 January 2011, the day the first initial reports fell due (180 days after "
            + "the Convention entered into force on 1 August 2010), nor before")
    void nothingIsOverdueBeforeTheFirstReportsFellDue() throws Exception {
        assertThat(overdue(LocalDate.of(2010, 7, 31))).isEmpty();
        assertThat(overdue(LocalDate.of(2010, 8, 1))).isEmpty();
        assertThat(overdue(LocalDate.of(2011, 1, 28))).isEmpty();
    }

    @Test
    @DisplayName("Vanuatu (deposit 5 September 2025, in force 1 March 2026) owes nothing before its entry into force")
    void aStateOwesNothingBeforeItsEntryIntoForce() throws Exception {
        assertThat(entryIntoForce("VUT")).isEqualTo(LocalDate.of(2026, 3, 1));

        assertThat(overdue(LocalDate.of(2026, 2, 28))).noneMatch(o -> o.get("state").asString().equals("VUT"));
        assertThat(overdue(LocalDate.of(2026, 3, 1))).noneMatch(o -> o.get("state").asString().equals("VUT"));
    }

    @Test
    @DisplayName("An annual report missing today is not overdue on 30 April, and is overdue from 1 May")
    void anAnnualReportIsOverdueFrom1May() throws Exception {
        int lastYear = ledger.today().getYear() - 1;
        LocalDate due = LocalDate.of(lastYear + 1, 4, 30);
        List<JsonNode> today = overdue(ledger.today());
        if (ledger.today().isAfter(due)) {
            Set<String> missing = states(today, "ANNUAL", lastYear);
            assertThat(missing).as("the demo leaves a few annual reports for %s missing", lastYear).isNotEmpty();

            assertThat(states(overdue(due), "ANNUAL", lastYear)).isEmpty();
            assertThat(states(overdue(due.plusDays(1)), "ANNUAL", lastYear)).containsAll(missing);
        }
        assertThat(states(today, "ANNUAL", ledger.today().getYear())).isEmpty();
    }

    @Test
    @DisplayName("Without a day, the list is as at today")
    void withoutADayTheListIsAsAtToday() throws Exception {
        JsonNode withoutDay = json.readTree(mvc.perform(get("/api/v1/transparency-reports/overdue"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(withoutDay).isEqualTo(json.valueToTree(overdue(ledger.today())));
    }

    @ParameterizedTest(name = "asOf={0}")
    @ValueSource(strings = {"2016-13-01", "04/11/2016", "yesterday", "2016-02-30"})
    @DisplayName("A day that is not a date (YYYY-MM-DD) is a 400 problem, never an error")
    void aDayThatIsNotADateIsA400Problem(String asOf) throws Exception {
        String body = mvc.perform(get("/api/v1/transparency-reports/overdue").param("asOf", asOf))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains(asOf, "YYYY-MM-DD");
    }

    private List<JsonNode> overdue(LocalDate asOf) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/transparency-reports/overdue")
                        .param("asOf", asOf.toString()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.isArray()).isTrue();
        return new ArrayList<>(StreamSupport.stream(list.spliterator(), false).toList());
    }

    private static Set<String> states(List<JsonNode> overdue, String type, Integer year) {
        return overdue.stream()
                .filter(o -> o.get("type").asString().equals(type))
                .filter(o -> year == null || o.get("yearCovered").asInt() == year)
                .map(o -> o.get("state").asString())
                .collect(Collectors.toSet());
    }

    private LocalDate entryIntoForce(String iso3) {
        return register.participation(register.get(iso3), register.ccm()).map(Participation::entryIntoForce)
                .orElseThrow();
    }
}
