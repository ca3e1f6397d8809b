package org.ccmplatform.assistance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A funding-gap report laid out as rows for a spreadsheet, grouped by level (the total and general support, then per
 * need, State, thematic area and year). Each row carries the converted figures; every amount left unconverted for
 * want of a rate gets a row of its own, with its own part, amount and currency, never added to the others.
 */
final class GapRows {

    static final String[] COLUMNS = {"level", "key", "name", "state_iso3", "theme", "report_year", "currency", "cost",
        "committed", "pledged_not_committed", "gap", "rate_date", "rates_on", "not_converted_part",
        "not_converted_amount", "not_converted_currency"};

    enum Level { TOTAL, GENERAL_SUPPORT, NEED, STATE, THEME, YEAR }

    /** One line of the report: which level and key, and its gap. */
    record Line(Level level, String key, String name, String stateIso3, Theme theme, FundingGap gap) {}

    private GapRows() {}

    /** The lines of each level, in the order of the sheets: total, by need, by State, by theme, by year. */
    static Map<String, List<Line>> bySheet(GapReport report, Locale locale) {
        Map<String, List<Line>> sheets = new LinkedHashMap<>();
        sheets.put("total", List.of(new Line(Level.TOTAL, null, null, null, null, report.total()),
                new Line(Level.GENERAL_SUPPORT, null, null, null, null, report.generalSupport())));
        sheets.put("by_need", report.needs().stream().limit(AssistanceExports.MAX_ROWS)
                .map(l -> new Line(Level.NEED, String.valueOf(l.needId()), l.title(),
                        l.state() == null ? null : l.state().iso3(), l.theme(), l.gap()))
                .toList());
        sheets.put("by_state", report.states().stream()
                .map(l -> new Line(Level.STATE, l.state().iso3(), l.state().name(locale), l.state().iso3(), null,
                        l.gap()))
                .toList());
        sheets.put("by_theme", report.themes().stream()
                .map(l -> new Line(Level.THEME, l.theme().name(), null, null, l.theme(), l.gap())).toList());
        sheets.put("by_year", report.years().stream()
                .map(l -> new Line(Level.YEAR, String.valueOf(l.year()), null, null, null, l.gap())).toList());
        return sheets;
    }

    static boolean truncated(GapReport report) {
        return report.needs().size() > AssistanceExports.MAX_ROWS;
    }

    static List<Line> all(GapReport report, Locale locale) {
        List<Line> all = new ArrayList<>();
        bySheet(report, locale).values().forEach(all::addAll);
        return all;
    }
}
