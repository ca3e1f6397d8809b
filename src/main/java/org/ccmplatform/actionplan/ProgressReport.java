package org.ccmplatform.actionplan;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.governance.Theme;

/**
 * The progress of the plan in force on a day, in one language: each theme's actions with their indicators and the
 * figures computed for that day. What the page, the yearly report (PDF and DOCX) and the API show.
 *
 * @param planOver true when the day is after the end of the latest plan recorded (its actions are still shown)
 */
public record ProgressReport(String planCode, String planName, LocalDate planStarts, LocalDate planEnds,
        String adoptedBy, LocalDate asOf, boolean planOver, List<ThemeSection> themes) {

    public record ThemeSection(Theme theme, List<ActionLine> actions) {}

    /** A numbered action, its summary in the report's language, and its indicators (none for some). */
    public record ActionLine(String number, String summary, List<IndicatorLine> indicators) {}

    /**
     * An indicator's figure: {@code value} States out of {@code outOf} (null for a plain count), against the plan's
     * {@code target} (null where it sets none) by {@code targetBy}; {@code yearCovered} for the annual reports.
     */
    public record IndicatorLine(String code, long value, Long outOf, Integer yearCovered, Long target,
            LocalDate targetBy, String nameKey, String sourceKey) {}

    /** Every indicator of the report, in the order of the actions. */
    public List<IndicatorLine> indicators() {
        return themes.stream().flatMap(t -> t.actions().stream()).flatMap(a -> a.indicators().stream()).toList();
    }

    /** The indicator with a code, for the page and the tests. */
    public IndicatorLine indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + code + " in " + planCode));
    }
}
