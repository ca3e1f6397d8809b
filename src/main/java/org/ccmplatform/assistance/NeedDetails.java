package org.ccmplatform.assistance;

import java.math.BigDecimal;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/** What a need says, checked as a whole: a positive cost in a known currency, a period that ends after it starts. */
public record NeedDetails(Theme theme, String place, String title, BigDecimal quantity, String unit, Money cost,
        int startYear, int endYear, Priority priority, String evidence, boolean publicNeed) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public NeedDetails {
        if (theme == null) {
            throw new RuleViolation("theme", "validation.required");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        if (priority == null) {
            throw new RuleViolation("priority", "validation.required");
        }
        if (!cost.isPositive()) {
            throw new RuleViolation("cost", "need.costNotPositive");
        }
        if (quantity != null && quantity.signum() <= 0) {
            throw new RuleViolation("quantity", "need.quantityNotPositive");
        }
        if (quantity != null && (unit == null || unit.isBlank())) {
            throw new RuleViolation("unit", "need.unitRequired");
        }
        checkPeriod(startYear, endYear, "endYear");
        title = title.strip();
        place = AssistanceParams.text(place);
        unit = quantity == null ? null : unit.strip();
        evidence = AssistanceParams.text(evidence);
    }

    /** Checks that a need's theme fits the obligation it serves (clearance serves Article 4, and so on). */
    void checkServes(Article article) {
        if (!theme.serves(article)) {
            throw new RuleViolation("theme", "need.themeDoesNotServe", theme.name(), article.number());
        }
    }

    /** Checks a span of years; the years go into messages as text, never formatted as numbers ("2,026"). */
    static void checkPeriod(int from, int to, String field) {
        if (from < FIRST_YEAR || from > LAST_YEAR || to < FIRST_YEAR || to > LAST_YEAR) {
            throw new RuleViolation(field, "validation.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (to < from) {
            throw new RuleViolation(field, "period.endsBeforeStart", String.valueOf(from), String.valueOf(to));
        }
    }

    int years() {
        return endYear - startYear + 1;
    }
}
