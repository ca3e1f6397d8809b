package org.ccmplatform.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.actionplan.PlanFactsFixture.on;

import java.time.LocalDate;
import org.ccmplatform.obligations.Legislation;
import org.ccmplatform.obligations.ObligationStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each indicator computed from the facts of a day, with the boundaries of its rule. */
class IndicatorsTest {

    static final LocalDate DAY = LocalDate.of(2016, 11, 4);
    static final LocalDate FOCAL_POINT_DUE = LocalDate.of(2016, 12, 31);

    @Test
    @DisplayName("States Parties are those that deposited and have not withdrawn; those in force are counted apart")
    void statesPartiesAreDepositedAndNotWithdrawn() {
        PlanFactsFixture facts = on(DAY).party("FRA", "NOR").depositedNotInForce("BEN").withdrawn("LTU");

        assertThat(facts.figure(IndicatorCode.STATES_PARTIES)).isEqualTo(new Figure(3, null, null));
        assertThat(facts.figure(IndicatorCode.STATES_PARTIES_IN_FORCE)).isEqualTo(Figure.of(2, 3));
    }

    @Test
    @DisplayName("An initial report due the day before and not received is overdue; one received is not")
    void anInitialReportDueTheDayBeforeIsOverdue() {
        PlanFactsFixture facts = on(DAY).party("BEN", "GHA")
                .initialReport("BEN", DAY.minusDays(1), false)
                .initialReport("GHA", DAY.minusDays(1), true);

        assertThat(facts.figure(IndicatorCode.INITIAL_REPORTS_OVERDUE)).isEqualTo(Figure.of(1, 2));
    }

    @Test
    @DisplayName("An initial report due on the day itself is neither overdue nor counted as due")
    void anInitialReportDueOnTheDayIsNotYetOverdue() {
        PlanFactsFixture facts = on(DAY).party("BEN").initialReport("BEN", DAY, false);

        assertThat(facts.figure(IndicatorCode.INITIAL_REPORTS_OVERDUE)).isEqualTo(Figure.of(0, 0));
    }

    @Test
    @DisplayName("The reports of a State whose withdrawal has taken effect no longer count, overdue or not")
    void aWithdrawnStatesReportsNoLongerCount() {
        PlanFactsFixture facts = on(DAY).party("FRA").withdrawn("LTU")
                .initialReport("LTU", DAY.minusYears(2), false)
                .annualReport("LTU", 2015, false)
                .initialReport("FRA", DAY.minusYears(5), true)
                .annualReport("FRA", 2015, true);

        assertThat(facts.figure(IndicatorCode.INITIAL_REPORTS_OVERDUE)).isEqualTo(Figure.of(0, 1));
        assertThat(facts.figure(IndicatorCode.ANNUAL_REPORTS_OVERDUE)).isEqualTo(new Figure(0, 1L, 2015));
    }

    @Test
    @DisplayName("Annual reports are counted for the latest year due; a State late for an older year only is not")
    void annualReportsCountTheLatestYearDue() {
        PlanFactsFixture facts = on(DAY).party("FRA", "NOR", "BEN")
                .annualReport("FRA", 2014, false).annualReport("FRA", 2015, true)
                .annualReport("NOR", 2014, true).annualReport("NOR", 2015, false)
                .initialReport("BEN", LocalDate.of(2015, 3, 1), false).annualReport("BEN", 2015, false);

        assertThat(facts.figure(IndicatorCode.ANNUAL_REPORTS_OVERDUE)).isEqualTo(new Figure(2, 3L, 2015));
        assertThat(facts.figure(IndicatorCode.ANNUAL_REPORTS_OVERDUE_INITIAL_IN)).isEqualTo(new Figure(1, 3L, 2015));
    }

    @Test
    @DisplayName("A focal point designated on its due date counts as done on that day and is never overdue")
    void aFocalPointDoneOnTheDueDateCounts() {
        PlanFactsFixture onTheDueDate = on(FOCAL_POINT_DUE).party("LBN")
                .victimAssistance("LBN", FOCAL_POINT_DUE, null);
        PlanFactsFixture theDayAfter = on(FOCAL_POINT_DUE.plusDays(1)).party("LBN")
                .victimAssistance("LBN", FOCAL_POINT_DUE, null);
        PlanFactsFixture theDayBefore = on(FOCAL_POINT_DUE.minusDays(1)).party("LBN")
                .victimAssistance("LBN", FOCAL_POINT_DUE, null);

        assertThat(onTheDueDate.figure(IndicatorCode.VA_FOCAL_POINT)).isEqualTo(Figure.of(1, 1));
        assertThat(onTheDueDate.figure(IndicatorCode.VA_FOCAL_POINT_OVERDUE)).isEqualTo(Figure.of(0, 1));
        assertThat(theDayAfter.figure(IndicatorCode.VA_FOCAL_POINT_OVERDUE)).isEqualTo(Figure.of(0, 1));
        assertThat(theDayBefore.figure(IndicatorCode.VA_FOCAL_POINT)).isEqualTo(Figure.of(0, 1));
    }

    @Test
    @DisplayName("A focal point not designated is overdue from the day after its due date, not on it")
    void aFocalPointNotDesignatedIsOverdueFromTheDayAfter() {
        assertThat(on(FOCAL_POINT_DUE).party("IRQ").victimAssistance("IRQ", null, null)
                .figure(IndicatorCode.VA_FOCAL_POINT_OVERDUE)).isEqualTo(Figure.of(0, 1));
        assertThat(on(FOCAL_POINT_DUE.plusDays(1)).party("IRQ").victimAssistance("IRQ", null, null)
                .figure(IndicatorCode.VA_FOCAL_POINT_OVERDUE)).isEqualTo(Figure.of(1, 1));
    }

    @Test
    @DisplayName("A national action plan adopted after the day is not yet counted, and counts once the day comes")
    void aNationalActionPlanCountsFromTheDayItIsAdopted() {
        LocalDate adopted = LocalDate.of(2017, 9, 1);

        assertThat(on(adopted.minusDays(1)).party("LAO").victimAssistance("LAO", null, adopted)
                .figure(IndicatorCode.VA_ACTION_PLAN)).isEqualTo(Figure.of(0, 1));
        assertThat(on(adopted).party("LAO").victimAssistance("LAO", null, adopted)
                .figure(IndicatorCode.VA_ACTION_PLAN)).isEqualTo(Figure.of(1, 1));
        assertThat(on(LocalDate.of(2019, 1, 1)).party("IRQ").victimAssistance("IRQ", null, null)
                .figure(IndicatorCode.VA_ACTION_PLAN_OVERDUE)).isEqualTo(Figure.of(1, 1));
    }

    @Test
    @DisplayName("Victim assistance counts only States Parties with Article 5 obligations, in force on the day")
    void victimAssistanceIsOutOfTheStatesPartiesWithArticle5Obligations() {
        PlanFactsFixture facts = on(DAY).party("LBN", "FRA").withdrawn("LTU")
                .victimAssistance("LBN", DAY.minusDays(30), null)
                .victimAssistance("LTU", DAY.minusDays(30), null);

        assertThat(facts.figure(IndicatorCode.VA_FOCAL_POINT)).isEqualTo(Figure.of(1, 1));
    }

    @Test
    @DisplayName("Legislation counts once in place since a day not after the day asked; in preparation never does")
    void legislationCountsOnceInPlaceSinceTheDay() {
        PlanFactsFixture facts = on(DAY).party("NOR", "DEU", "LBN", "NZL", "FRA")
                .legislation("NOR", Legislation.ADOPTED, DAY)
                .legislation("DEU", Legislation.EXISTING_LAW_DEEMED_SUFFICIENT, DAY.plusDays(1))
                .legislation("LBN", Legislation.IN_PREPARATION, DAY.minusYears(1))
                .legislation("NZL", Legislation.ADOPTED, null);

        assertThat(facts.figure(IndicatorCode.LEGISLATION_IN_PLACE)).isEqualTo(Figure.of(1, 5));
    }

    @Test
    @DisplayName("Article 3 and 4 obligations are counted by their status on the day, out of those of States in force")
    void obligationsAreCountedByTheirStatus() {
        PlanFactsFixture facts = on(DAY).party("DEU", "BGR", "HRV", "LAO").withdrawn("LTU")
                .stockpile("DEU", ObligationStatus.COMPLETED).stockpile("BGR", ObligationStatus.ON_TRACK)
                .stockpile("LTU", ObligationStatus.OVERDUE)
                .clearance("HRV", ObligationStatus.AT_RISK).clearance("LAO", ObligationStatus.OVERDUE)
                .clearance("LAO", ObligationStatus.ON_TRACK);

        assertThat(facts.figure(IndicatorCode.STOCKPILES_COMPLETED)).isEqualTo(Figure.of(1, 2));
        assertThat(facts.figure(IndicatorCode.STOCKPILES_ON_TRACK)).isEqualTo(Figure.of(1, 2));
        assertThat(facts.figure(IndicatorCode.STOCKPILES_OVERDUE)).isEqualTo(Figure.of(0, 2));
        assertThat(facts.figure(IndicatorCode.CLEARANCE_AT_RISK)).isEqualTo(Figure.of(1, 3));
        assertThat(facts.figure(IndicatorCode.CLEARANCE_OVERDUE)).isEqualTo(Figure.of(1, 3));
        assertThat(facts.figure(IndicatorCode.CLEARANCE_ON_TRACK)).isEqualTo(Figure.of(1, 3));
        assertThat(facts.figure(IndicatorCode.CLEARANCE_COMPLETED)).isEqualTo(Figure.of(0, 3));
    }
}
