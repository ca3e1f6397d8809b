package org.ccmplatform.finance;

import org.ccmplatform.shared.RuleViolation;

/** Reads a budget year typed in a filter or a form; anything else is refused with a clear message. */
final class FinanceParams {

    static final int FIRST_YEAR = 2010;
    static final int LAST_YEAR = 2100;

    private FinanceParams() {}

    static int year(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("year", "validation.required");
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new RuleViolation("year", "validation.range", String.valueOf(FIRST_YEAR),
                        String.valueOf(LAST_YEAR));
            }
            return year;
        } catch (NumberFormatException e) {
            throw new RuleViolation("year", "validation.year", text);
        }
    }
}
