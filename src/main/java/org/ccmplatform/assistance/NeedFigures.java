package org.ccmplatform.assistance;

import java.math.BigDecimal;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.shared.Money;

/** A need's figures as the funding gaps read them. */
public record NeedFigures(long id, String title, long stateId, long obligationId, Article article, Theme theme, BigDecimal costAmount,
        String currency, int startYear, int endYear, NeedStatus status) {

    Money cost() {
        return new Money(costAmount, currency);
    }
}
