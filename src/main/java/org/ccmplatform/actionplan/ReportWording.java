package org.ccmplatform.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ccmplatform.actionplan.ProgressReport.IndicatorLine;
import org.ccmplatform.governance.Theme;
import org.ccmplatform.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the yearly progress report in one language, the same in the PDF and the DOCX. */
@Component
class ReportWording {

    private final MessageSource messages;

    ReportWording(MessageSource messages) {
        this.messages = messages;
    }

    String title(Locale locale) {
        return message("actionplan.report.title", locale);
    }

    String plan(ProgressReport report, Locale locale) {
        return message("actionplan.report.plan", locale, report.planName(), date(report.planStarts(), locale),
                date(report.planEnds(), locale));
    }

    String asOf(ProgressReport report, Locale locale) {
        return message("actionplan.report.asOf", locale, date(report.asOf(), locale));
    }

    /** Said only when the day is after the end of the latest plan; null otherwise. */
    String planOver(ProgressReport report, Locale locale) {
        return report.planOver()
                ? message("actionplan.planOver", locale, report.planName(), date(report.planEnds(), locale)) : null;
    }

    String summariesNote(Locale locale) {
        return message("actionplan.summariesNote", locale);
    }

    String figuresNote(Locale locale) {
        return message("actionplan.figuresNote", locale);
    }

    String prepared(Locale locale) {
        return message("actionplan.report.prepared", locale);
    }

    String sourcesHeading(Locale locale) {
        return message("actionplan.report.sources", locale);
    }

    String theme(Theme theme, Locale locale) {
        return message(theme.messageKey(), locale);
    }

    String column(String name, Locale locale) {
        return message("actionplan.col." + name, locale);
    }

    String noIndicator(Locale locale) {
        return message("actionplan.noIndicator", locale);
    }

    /** The indicator's name, with the year the latest annual report due covers where it applies. */
    String indicator(IndicatorLine line, Locale locale) {
        String name = message(line.nameKey(), locale);
        return line.yearCovered() == null ? name
                : name + " " + message("actionplan.yearCovered", locale, String.valueOf(line.yearCovered()));
    }

    String outOf(IndicatorLine line) {
        return line.outOf() == null ? "" : String.valueOf(line.outOf());
    }

    String target(IndicatorLine line, Locale locale) {
        if (line.target() == null) {
            return message("actionplan.target.notSet", locale);
        }
        String target = String.valueOf(line.target());
        return line.targetBy() == null ? target
                : message("actionplan.target.by", locale, target, date(line.targetBy(), locale));
    }

    String source(IndicatorLine line, Locale locale) {
        return message(line.sourceKey(), locale);
    }

    /** The file's name without extension: action-plan-progress-2016-11-04-en. */
    String fileName(ProgressReport report, Locale locale) {
        return message("actionplan.report.fileName", locale) + "-" + report.asOf() + "-" + Language.of(locale).tag();
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(Language.of(locale) == Language.ES ? "d 'de' MMMM 'de' yyyy"
                : "d MMMM yyyy", locale).format(day);
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
