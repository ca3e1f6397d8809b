package org.ccmplatform.coalitions;

/** An obligation a coalition works on: the CCM's, or another treaty's where the State has it. */
public enum CoveredObligation {
    CCM_ARTICLE_3("CCM"),
    CCM_ARTICLE_4("CCM"),
    CCM_ARTICLE_5("CCM"),
    APMBC_ARTICLE_4("APMBC"),
    APMBC_ARTICLE_5("APMBC"),
    CCW_P5_ARTICLE_3("CCW_P5");

    private final String treaty;

    CoveredObligation(String treaty) {
        this.treaty = treaty;
    }

    public String treaty() {
        return treaty;
    }

    /** The CCM obligation of an article number, if a coalition may cover it (Articles 3, 4 and 5). */
    public static java.util.Optional<CoveredObligation> ofCcmArticle(int article) {
        return switch (article) {
            case 3 -> java.util.Optional.of(CCM_ARTICLE_3);
            case 4 -> java.util.Optional.of(CCM_ARTICLE_4);
            case 5 -> java.util.Optional.of(CCM_ARTICLE_5);
            default -> java.util.Optional.empty();
        };
    }

    /** The CCM's obligations may be covered by a State not party on its way to joining; others need the treaty. */
    public boolean needsParticipation() {
        return !"CCM".equals(treaty);
    }
}
