package org.ccmplatform.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.shared.Language;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code #day} in templates: dates written as each language writes them (24 March 2011, 24 de marzo de 2011). */
@Component
class DayDialect extends AbstractDialect implements IExpressionObjectDialect {

    DayDialect() {
        super("ccm-day");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("day");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Days(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }

    /** Formats dates in the reader's language; empty text for no date. */
    public static final class Days {

        private final Locale locale;
        private final Language language;

        Days(Locale locale) {
            this.locale = locale;
            this.language = Language.of(locale);
        }

        /** 24 March 2011 · 24 mars 2011 · 24 de marzo de 2011 */
        public String longDate(TemporalAccessor date) {
            return format(date, language == Language.ES ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy");
        }

        /** 24 Mar 2011 · 24 mars 2011 · 24 mar 2011 */
        public String shortDate(TemporalAccessor date) {
            return format(date, "d MMM yyyy");
        }

        /** March 2011 · mars 2011 · marzo de 2011 */
        public String monthYear(TemporalAccessor date) {
            return format(date, language == Language.ES ? "LLLL 'de' yyyy" : "LLLL yyyy");
        }

        /** A date from the public record as precisely as it is known: "DAY", "MONTH" or "YEAR". */
        public String asKnown(TemporalAccessor date, Object precision) {
            String known = precision == null ? "DAY" : precision.toString();
            return switch (known) {
                case "YEAR" -> format(date, "yyyy");
                case "MONTH" -> monthYear(date);
                default -> shortDate(date);
            };
        }

        private String format(TemporalAccessor date, String pattern) {
            return date == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(date);
        }
    }
}
