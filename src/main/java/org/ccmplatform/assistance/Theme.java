package org.ccmplatform.assistance;

import java.util.Set;
import org.ccmplatform.obligations.Article;

/** A thematic area of assistance, and the treaty articles a need of that area may serve. */
public enum Theme {
    SURVEY_AND_CLEARANCE(Set.of(Article.ARTICLE_4)),
    RISK_EDUCATION(Set.of(Article.ARTICLE_4)),
    STOCKPILE_DESTRUCTION(Set.of(Article.ARTICLE_3)),
    VICTIM_ASSISTANCE(Set.of(Article.ARTICLE_5)),
    NATIONAL_CAPACITY(Set.of(Article.ARTICLE_3, Article.ARTICLE_4, Article.ARTICLE_5, Article.ARTICLE_7,
            Article.ARTICLE_9));

    private final Set<Article> serves;

    Theme(Set<Article> serves) {
        this.serves = serves;
    }

    public boolean serves(Article article) {
        return serves.contains(article);
    }
}
