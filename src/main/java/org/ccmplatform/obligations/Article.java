package org.ccmplatform.obligations;

import java.time.LocalDate;
import java.time.Period;

/**
 * The obligations of the Convention on Cluster Munitions that carry dates, with the rules of their deadlines and of
 * their extensions.
 */
public enum Article {

    /** Article 3: destroy stockpiles within 8 years; extensions of up to 4 years each (Article 3(3) and (4)). */
    ARTICLE_3(3, Period.ofYears(8), Period.ofYears(4)),

    /** Article 4: clear contaminated areas within 10 years; extensions of up to 5 years each (Article 4(5) and (6)). */
    ARTICLE_4(4, Period.ofYears(10), Period.ofYears(5)),

    /** Article 5: victim assistance; no treaty deadline, dated commitments of the action plan instead. */
    ARTICLE_5(5, null, null),

    /** Article 7: the initial transparency report within 180 days, then an annual report by 30 April. */
    ARTICLE_7(7, Period.ofDays(180), null),

    /** Article 9: national implementation measures; no deadline. */
    ARTICLE_9(9, null, null);

    private final int number;
    private final Period time;
    private final Period longestExtension;

    Article(int number, Period time, Period longestExtension) {
        this.number = number;
        this.time = time;
        this.longestExtension = longestExtension;
    }

    public int number() {
        return number;
    }

    public boolean hasDeadline() {
        return time != null;
    }

    public boolean isExtendable() {
        return longestExtension != null;
    }

    /** The treaty's deadline counted from the start of the obligation (entry into force, or end of hostilities). */
    public LocalDate deadlineFrom(LocalDate start) {
        return time == null ? null : start.plus(time);
    }

    /** The latest deadline one extension may grant beyond the current one. */
    public LocalDate latestExtensionOf(LocalDate currentDeadline) {
        return currentDeadline.plus(longestExtension);
    }

    public Period longestExtension() {
        return longestExtension;
    }

    public static Article of(int number) {
        for (Article article : values()) {
            if (article.number == number) {
                return article;
            }
        }
        throw new IllegalArgumentException("No article " + number);
    }
}
