package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.time.YearMonth;

/** How precisely a date from the public record is known. A month or a year is kept as its last day. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** Reads "2013-09-16", "2013-09" or "2013"; the last day of the month or year stands for a shorter date. */
    static LocalDate lastDayOf(String text, DatePrecision precision) {
        return switch (precision) {
            case DAY -> LocalDate.parse(text);
            case MONTH -> YearMonth.parse(text).atEndOfMonth();
            case YEAR -> LocalDate.of(Integer.parseInt(text), 12, 31);
        };
    }
}
