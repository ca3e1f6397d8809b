package org.ccmplatform.coalitions;

import java.time.LocalDate;

/** How often a coalition meets: in the country at least twice a year, or each quarter where needed. */
public enum Cadence {
    TWICE_A_YEAR(6),
    QUARTERLY(3);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    /** When the next meeting is due after one held on this day. */
    public LocalDate nextAfter(LocalDate held) {
        return held.plusMonths(months);
    }

    public int months() {
        return months;
    }
}
