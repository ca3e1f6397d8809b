package org.ccmplatform.obligations;

/**
 * What a progress figure counts. Stock and area figures are as at a date; destruction and release figures are for a
 * calendar year.
 */
public enum FigureKind {
    STOCKPILE_DECLARED(Article.ARTICLE_3, false),
    SUBMUNITIONS_DECLARED(Article.ARTICLE_3, false),
    MUNITIONS_DESTROYED(Article.ARTICLE_3, true),
    SUBMUNITIONS_DESTROYED(Article.ARTICLE_3, true),
    RETAINED(Article.ARTICLE_3, false),
    CONFIRMED_AREA(Article.ARTICLE_4, false),
    SUSPECTED_AREA(Article.ARTICLE_4, false),
    CANCELLED_BY_NON_TECHNICAL_SURVEY(Article.ARTICLE_4, true),
    REDUCED_BY_TECHNICAL_SURVEY(Article.ARTICLE_4, true),
    CLEARED(Article.ARTICLE_4, true),
    REMNANTS_DESTROYED(Article.ARTICLE_4, true);

    private final Article article;
    private final boolean yearly;

    FigureKind(Article article, boolean yearly) {
        this.article = article;
        this.yearly = yearly;
    }

    public Article article() {
        return article;
    }

    /** A figure for a calendar year (destroyed, released), rather than as at a date (declared, remaining). */
    public boolean yearly() {
        return yearly;
    }

    /** Land released in a year: cancelled, reduced or cleared. */
    public boolean releasesLand() {
        return this == CANCELLED_BY_NON_TECHNICAL_SURVEY || this == REDUCED_BY_TECHNICAL_SURVEY || this == CLEARED;
    }
}
