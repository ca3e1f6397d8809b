package org.ccmplatform.assistance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Reads the filters of the assistance pages and API; a value that is not allowed is refused with a clear message. */
final class AssistanceParams {

    static final int MAX_PAGE_SIZE = 200;

    private AssistanceParams() {}

    /** A typed filter or field: none when blank, otherwise without its surrounding spaces. */
    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "validation.oneOf", text, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < NeedDetails.FIRST_YEAR || year > NeedDetails.LAST_YEAR) {
                throw new RuleViolation("year", "validation.range", String.valueOf(NeedDetails.FIRST_YEAR),
                        String.valueOf(NeedDetails.LAST_YEAR));
            }
            return year;
        } catch (NumberFormatException e) {
            throw new RuleViolation("year", "validation.year", text);
        }
    }

    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("asOf", "validation.date", text);
        }
    }

    static PageRequest page(int page, int size, Sort sort) {
        if (page < 0) {
            throw new RuleViolation("page", "validation.range", 0, Integer.MAX_VALUE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation("size", "validation.range", 1, MAX_PAGE_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
