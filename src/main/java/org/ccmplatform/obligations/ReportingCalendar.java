package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * When Article 7 reports fall due for one State Party: the initial report 180 days after entry into force, then an
 * annual report each 30 April covering the previous calendar year, from the year after the initial report is due,
 * until a withdrawal takes effect.
 */
final class ReportingCalendar {

    static final MonthDay ANNUAL_DUE = MonthDay.of(4, 30);

    private ReportingCalendar() {}

    /** A report due: initial (no year), or annual for a year. */
    record Due(ReportKind kind, Integer yearCovered, LocalDate dueDate) {}

    static LocalDate initialDue(LocalDate entryIntoForce) {
        return Article.ARTICLE_7.deadlineFrom(entryIntoForce);
    }

    /** Every report that fell due before the day, in order. */
    static List<Due> dueBefore(LocalDate entryIntoForce, LocalDate withdrawalEffective, LocalDate day) {
        List<Due> due = new ArrayList<>();
        if (entryIntoForce == null) {
            return due;
        }
        LocalDate initial = initialDue(entryIntoForce);
        if (initial.isBefore(day) && before(initial, withdrawalEffective)) {
            due.add(new Due(ReportKind.INITIAL, null, initial));
        }
        for (int year = initial.getYear() + 1; ; year++) {
            LocalDate annual = ANNUAL_DUE.atYear(year);
            if (!annual.isBefore(day) || !before(annual, withdrawalEffective)) {
                break;
            }
            due.add(new Due(ReportKind.ANNUAL, year - 1, annual));
        }
        return due;
    }

    private static boolean before(LocalDate dueDate, LocalDate withdrawalEffective) {
        return withdrawalEffective == null || dueDate.isBefore(withdrawalEffective);
    }
}
