package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.obligations.ReportingCalendar.Due;
import org.ccmplatform.registry.TreatyFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Article 7: which reports had fallen due before a chosen day. The initial report 180 days after entry into force;
 * then each 30 April the annual report on the previous calendar year, from the year after the initial report is due;
 * none after a withdrawal takes effect.
 */
class ReportingCalendarTest {

    private static final LocalDate LEBANON_IN_FORCE = LocalDate.of(2011, 5, 1);

    @Test
    @DisplayName("Lebanon: nothing is due on the day its initial report falls due, the initial report the day after")
    void theInitialReportFallsDueTheDayAfterItsDueDate() {
        assertThat(entryIntoForceOf("LBN")).isEqualTo(LEBANON_IN_FORCE);

        assertThat(ReportingCalendar.dueBefore(LEBANON_IN_FORCE, null, LocalDate.of(2011, 10, 28))).isEmpty();
        assertThat(ReportingCalendar.dueBefore(LEBANON_IN_FORCE, null, LocalDate.of(2011, 10, 29)))
                .containsExactly(new Due(ReportKind.INITIAL, null, LocalDate.of(2011, 10, 28)));
    }

    @Test
    @DisplayName("Lebanon: the first annual report is due on 30 April 2012 and covers 2011; the 2012 one is due from 1 May 2013")
    void annualReportsFollowTheYearAfterTheInitialOne() {
        assertThat(ReportingCalendar.dueBefore(LEBANON_IN_FORCE, null, LocalDate.of(2013, 4, 30))).containsExactly(
                new Due(ReportKind.INITIAL, null, LocalDate.of(2011, 10, 28)),
                new Due(ReportKind.ANNUAL, 2011, LocalDate.of(2012, 4, 30)));
        assertThat(ReportingCalendar.dueBefore(LEBANON_IN_FORCE, null, LocalDate.of(2013, 5, 1))).containsExactly(
                new Due(ReportKind.INITIAL, null, LocalDate.of(2011, 10, 28)),
                new Due(ReportKind.ANNUAL, 2011, LocalDate.of(2012, 4, 30)),
                new Due(ReportKind.ANNUAL, 2012, LocalDate.of(2013, 4, 30)));
    }

    @Test
    @DisplayName("Bulgaria: initial report due 29 March 2012 (a leap February); no annual report in April 2012, the first on 30 April 2013 for 2012")
    void noAnnualReportInTheYearTheInitialOneIsDue() {
        LocalDate inForce = entryIntoForceOf("BGR");

        List<Due> due = ReportingCalendar.dueBefore(inForce, null, LocalDate.of(2013, 5, 1));

        assertThat(due).containsExactly(
                new Due(ReportKind.INITIAL, null, LocalDate.of(2012, 3, 29)),
                new Due(ReportKind.ANNUAL, 2012, LocalDate.of(2013, 4, 30)));
    }

    @Test
    @DisplayName("States bound from 1 August 2010: initial report due 28 January 2011, the first annual one on 30 April 2012 for 2011")
    void statesBoundWithTheConvention() {
        LocalDate inForce = entryIntoForceOf("DEU");

        assertThat(inForce).isEqualTo(LocalDate.of(2010, 8, 1));
        assertThat(ReportingCalendar.dueBefore(inForce, null, LocalDate.of(2012, 4, 30)))
                .containsExactly(new Due(ReportKind.INITIAL, null, LocalDate.of(2011, 1, 28)));
        assertThat(ReportingCalendar.dueBefore(inForce, null, LocalDate.of(2016, 11, 4)))
                .extracting(Due::yearCovered)
                .containsExactly(null, 2011, 2012, 2013, 2014, 2015);
    }

    @Test
    @DisplayName("Lithuania: no report falls due once its withdrawal takes effect (6 March 2025), whatever the day asked")
    void noReportIsDueAfterAWithdrawalTakesEffect() {
        LocalDate inForce = entryIntoForceOf("LTU");
        LocalDate withdrawal = TreatyFixture.ccm().withdrawalEffectiveFor(LocalDate.of(2024, 9, 6));

        List<Due> due = ReportingCalendar.dueBefore(inForce, withdrawal, ObligationFixture.TODAY);

        assertThat(inForce).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(withdrawal).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(due.get(0)).isEqualTo(new Due(ReportKind.INITIAL, null, LocalDate.of(2012, 2, 28)));
        assertThat(due.get(due.size() - 1)).isEqualTo(new Due(ReportKind.ANNUAL, 2023, LocalDate.of(2024, 4, 30)));
        assertThat(due).hasSize(1 + 12);
        // Without the withdrawal, the report on 2024 and the one on 2025 would have been due.
        assertThat(ReportingCalendar.dueBefore(inForce, null, ObligationFixture.TODAY)).hasSize(1 + 14);
    }

    @Test
    @DisplayName("A State whose instrument is not in force owes no report")
    void nothingIsDueWithoutEntryIntoForce() {
        assertThat(ReportingCalendar.dueBefore(null, null, ObligationFixture.TODAY)).isEmpty();
    }

    @Test
    @DisplayName("A State that deposited recently: Vanuatu, bound from 1 March 2026, owes its initial report from 28 August 2026, and no annual report before 30 April 2027")
    void aRecentDeposit() {
        LocalDate inForce = entryIntoForceOf("VUT");

        assertThat(inForce).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ReportingCalendar.dueBefore(inForce, null, ObligationFixture.TODAY))
                .containsExactly(new Due(ReportKind.INITIAL, null, LocalDate.of(2026, 8, 28)));
        assertThat(ReportingCalendar.dueBefore(inForce, null, LocalDate.of(2027, 5, 1)))
                .extracting(Due::yearCovered).containsExactly(null, 2026);
    }

    @Test
    @DisplayName("For every deposit of the reference data: the initial report first, then each 30 April a report on the year before, never on a year before entry into force")
    void everyReferenceDepositFollowsTheRules() {
        for (CSVRecord row : ObligationFixture.reference("ccm-participation.csv")) {
            LocalDate inForce = ObligationFixture.entryIntoForceFor(LocalDate.parse(row.get("deposit_date")));

            List<Due> due = ReportingCalendar.dueBefore(inForce, null, ObligationFixture.TODAY);

            if (due.isEmpty()) {
                assertThat(inForce.plusDays(180)).as(row.get("state")).isAfterOrEqualTo(ObligationFixture.TODAY);
                continue;
            }
            assertThat(due.get(0)).as(row.get("state"))
                    .isEqualTo(new Due(ReportKind.INITIAL, null, inForce.plusDays(180)));
            List<Due> annual = due.subList(1, due.size());
            for (int i = 0; i < annual.size(); i++) {
                Due report = annual.get(i);
                assertThat(MonthDay.from(report.dueDate())).as(row.get("state"))
                        .isEqualTo(MonthDay.of(4, 30));
                assertThat(report.yearCovered()).as(row.get("state")).isEqualTo(report.dueDate().getYear() - 1)
                        .isGreaterThanOrEqualTo(inForce.getYear());
                assertThat(report.dueDate().getYear()).as(row.get("state"))
                        .isEqualTo(due.get(0).dueDate().getYear() + 1 + i);
            }
        }
    }
}
