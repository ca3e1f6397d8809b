package org.ccmplatform.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.obligations.OverdueReport;
import org.ccmplatform.obligations.ReportKind;
import org.ccmplatform.obligations.TransparencyDesk;
import org.ccmplatform.registry.ParticipationStatus;
import org.ccmplatform.registry.StateRegister;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/action-plan/indicators?asOf=: the plan in force and its indicators on a day, computed from the demo
 * data, which reproduces the Coordination Committee's count of 4 November 2016. The expected figures other than the
 * minutes' are read from the registry and the transparency desk, never typed in here.
 */
@IntegrationTest
class ActionPlanApiIntegrationTest {

    static final LocalDate COMMITTEE_MEETING = LocalDate.of(2016, 11, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    StateRegister register;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    ActionPlanDesk desk;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("On 4 November 2016 the Dubrovnik Action Plan was in force and 22 States Parties had an overdue "
            + "initial report, as the Coordination Committee counted")
    void onTheCommitteeMeetingTheDubrovnikPlanCountsTwentyTwoOverdueInitialReports() throws Exception {
        JsonNode answer = indicators("2016-11-04");

        assertThat(answer.get("asOf").asString()).isEqualTo("2016-11-04");
        assertThat(answer.get("plan").get("code").asString()).isEqualTo("DAP");
        assertThat(answer.get("plan").get("name").asString()).isEqualTo("Dubrovnik Action Plan");
        assertThat(answer.get("plan").get("startsOn").asString()).isEqualTo("2016-01-01");
        assertThat(answer.get("plan").get("endsOn").asString()).isEqualTo("2020-12-31");
        JsonNode initial = indicator(answer, "INITIAL_REPORTS_OVERDUE");
        assertThat(initial.get("value").asLong()).isEqualTo(22);
        assertThat(initial.get("theme").asString()).isEqualTo("TRANSPARENCY");
        assertThat(initial.get("target").asLong()).isZero();
        assertThat(initial.get("value").asLong()).isEqualTo(overdueStates(COMMITTEE_MEETING, ReportKind.INITIAL, null)
                .size());
    }

    @Test
    @DisplayName("On 4 November 2016 the annual reports overdue are those covering 2015: all of them as the "
            + "transparency desk lists them, and 20 of States Parties whose initial report was in, as in the minutes")
    void onTheCommitteeMeetingTheOverdueAnnualReportsCover2015() throws Exception {
        JsonNode answer = indicators("2016-11-04");

        JsonNode annual = indicator(answer, "ANNUAL_REPORTS_OVERDUE");
        JsonNode besides = indicator(answer, "ANNUAL_REPORTS_OVERDUE_INITIAL_IN");
        Set<String> late2015 = overdueStates(COMMITTEE_MEETING, ReportKind.ANNUAL, 2015);
        Set<String> lateInitial = overdueStates(COMMITTEE_MEETING, ReportKind.INITIAL, null);

        assertThat(annual.get("yearCovered").asInt()).isEqualTo(2015);
        assertThat(annual.get("value").asLong()).isEqualTo(late2015.size());
        assertThat(besides.get("value").asLong()).isEqualTo(20)
                .isEqualTo(late2015.stream().filter(s -> !lateInitial.contains(s)).count());
        assertThat(annual.get("value").asLong()).isGreaterThan(besides.get("value").asLong());
    }

    @Test
    @DisplayName("The number of States Parties is every State that had deposited and not withdrawn, against the "
            + "Dubrovnik target of 130 by 2020; those for which the Convention was in force are fewer or as many")
    void theStatesPartiesAreCountedFromTheRegisterAgainstTheTargetOf130() throws Exception {
        JsonNode answer = indicators("2016-11-04");

        JsonNode parties = indicator(answer, "STATES_PARTIES");
        JsonNode inForce = indicator(answer, "STATES_PARTIES_IN_FORCE");
        long expected = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.statusOn(COMMITTEE_MEETING) == ParticipationStatus.STATE_PARTY).count();
        long expectedInForce = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.isInForceOn(COMMITTEE_MEETING)).count();

        assertThat(parties.get("value").asLong()).isEqualTo(expected).isPositive();
        assertThat(parties.get("outOf").isNull()).isTrue();
        assertThat(parties.get("target").asLong()).isEqualTo(130);
        assertThat(parties.get("targetBy").asString()).isEqualTo("2020-12-31");
        assertThat(parties.get("action").asString()).isEqualTo("1.1");
        assertThat(parties.get("theme").asString()).isEqualTo("UNIVERSALIZATION");
        assertThat(inForce.get("value").asLong()).isEqualTo(expectedInForce).isLessThanOrEqualTo(expected);
        assertThat(inForce.get("outOf").asLong()).isEqualTo(expected);
    }

    @Test
    @DisplayName("Lithuania counts as a State Party until its withdrawal takes effect, and no longer from that day")
    void lithuaniaCountsUntilItsWithdrawalTakesEffect() throws Exception {
        LocalDate effective = register.participation(register.get("LTU"), register.ccm()).orElseThrow()
                .withdrawalEffective();

        long before = indicator(indicators(effective.minusDays(1).toString()), "STATES_PARTIES").get("value").asLong();
        long on = indicator(indicators(effective.toString()), "STATES_PARTIES").get("value").asLong();

        assertThat(effective).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(on).isEqualTo(before - 1);
        assertThat(indicator(indicators(effective.toString()), "STATES_PARTIES_IN_FORCE").get("outOf").asLong())
                .isEqualTo(on);
    }

    @Test
    @DisplayName("Every indicator gives its code, theme, action, value, what it is out of, the target and the day")
    void everyIndicatorHasItsParts() throws Exception {
        JsonNode answer = indicators("2019-06-30");

        List<JsonNode> all = StreamSupport.stream(answer.get("indicators").spliterator(), false).toList();
        assertThat(all).hasSize(IndicatorCode.values().length).allSatisfy(i -> {
            assertThat(i.propertyNames()).contains("code", "theme", "action", "value", "outOf", "target", "asOf");
            assertThat(i.get("asOf").asString()).isEqualTo("2019-06-30");
        });
        assertThat(all.stream().map(i -> i.get("code").asString()))
                .containsExactlyInAnyOrder(java.util.Arrays.stream(IndicatorCode.values()).map(Enum::name)
                        .toArray(String[]::new));
    }

    @Test
    @DisplayName("From 2021 the Lausanne Action Plan is in force, and it sets no target of 130 States Parties")
    void from2021TheLausannePlanIsInForce() throws Exception {
        JsonNode answer = indicators("2021-01-01");

        assertThat(answer.get("plan").get("code").asString()).isEqualTo("LAP");
        assertThat(answer.get("plan").get("endsOn").asString()).isEqualTo("2026-12-31");
        assertThat(indicator(answer, "STATES_PARTIES").get("target").isNull()).isTrue();
        assertThat(indicators("2020-12-31").get("plan").get("code").asString()).isEqualTo("DAP");
    }

    @Test
    @DisplayName("A day before the first action plan began is refused with a 400 problem that says so, in the "
            + "caller's language")
    void aDayBeforeTheFirstPlanIsABadRequest() throws Exception {
        String english = mvc.perform(get("/api/v1/action-plan/indicators").param("asOf", "2015-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String french = mvc.perform(get("/api/v1/action-plan/indicators").param("asOf", "2015-12-31")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json.readTree(english).get("status").asInt()).isEqualTo(400);
        assertThat(json.readTree(english).get("detail").asString())
                .isEqualTo("The first action plan began on 2016-01-01: choose a date from then on.");
        assertThat(json.readTree(french).get("detail").asString())
                .isEqualTo("Le premier plan d’action a commencé le 2016-01-01 : choisissez une date à partir de "
                        + "celle-ci.");
        mvc.perform(get("/api/v1/action-plan/indicators").param("asOf", "2016-01-01")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("A malformed day and a day after today are refused with a 400 problem")
    void aMalformedOrFutureDayIsABadRequest() throws Exception {
        String malformed = mvc.perform(get("/api/v1/action-plan/indicators").param("asOf", "2016-13-45"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        String future = mvc.perform(get("/api/v1/action-plan/indicators").param("asOf", desk.today().plusDays(1)
                        .toString()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(malformed).get("detail").asString()).contains("2016-13-45", "YYYY-MM-DD");
        assertThat(json.readTree(future).get("detail").asString()).contains("Figures are known only up to today");
    }

    private JsonNode indicators(String asOf) throws Exception {
        String body = mvc.perform(get("/api/v1/action-plan/indicators").param("asOf", asOf))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    static JsonNode indicator(JsonNode answer, String code) {
        Map<String, JsonNode> byCode = StreamSupport.stream(answer.get("indicators").spliterator(), false)
                .collect(Collectors.toMap(i -> i.get("code").asString(), Function.identity()));
        assertThat(byCode).containsKey(code);
        return byCode.get(code);
    }

    /** The States Parties with a report of that kind (and year) overdue on the day, as the transparency desk says. */
    private Set<String> overdueStates(LocalDate day, ReportKind kind, Integer year) {
        Set<String> parties = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.statusOn(day) == ParticipationStatus.STATE_PARTY)
                .map(p -> p.state().iso3()).collect(Collectors.toSet());
        return transparency.overdue(day).stream()
                .filter(o -> o.kind() == kind && java.util.Objects.equals(o.yearCovered(), year))
                .map((OverdueReport o) -> o.state().iso3()).filter(parties::contains).collect(Collectors.toSet());
    }
}
