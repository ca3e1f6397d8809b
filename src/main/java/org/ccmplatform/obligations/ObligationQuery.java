package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.RuleViolation;

/** Reads the filters of an obligations list as typed in a URL, refusing unknown values. */
final class ObligationQuery {

    private ObligationQuery() {}

    static ObligationFilter filter(String article, String state, String status, String region) {
        return new ObligationFilter(article(article), blank(state) ? null : state.strip().toUpperCase(Locale.ROOT),
                value(ObligationStatus.class, status, "status"), value(UnRegion.class, region, "region"));
    }

    static ObligationSort sort(String text) {
        ObligationSort sort = value(ObligationSort.class, text, "sort");
        return sort == null ? ObligationSort.STATE : sort;
    }

    static Article article(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Article.of(Integer.parseInt(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("article", "filter.unknownValue", text, "3, 4, 5, 7, 9");
        }
    }

    static LocalDate day(String text, LocalDate otherwise) {
        if (blank(text)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("asOf", "validation.date", text);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "filter.unknownValue", text,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
