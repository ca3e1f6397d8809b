package org.ccmplatform.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.ui.Model;

/** Reads the filters of a meetings list as typed in a URL; a bad value is reported and ignored on pages. */
final class MeetingQuery {

    private MeetingQuery() {}

    static MeetingBody body(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MeetingBody.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("body", "filter.unknownValue", text, java.util.Arrays.toString(MeetingBody.values()));
        }
    }

    static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "validation.date", text);
        }
    }

    static MeetingBody body(String text, Model model) {
        try {
            return body(text);
        } catch (RuleViolation bad) {
            model.addAttribute("filterProblem", "filter.ignored");
            return null;
        }
    }

    static LocalDate day(String text, Model model) {
        try {
            return day(text, "date");
        } catch (RuleViolation bad) {
            model.addAttribute("filterProblem", "filter.ignored");
            return null;
        }
    }
}
