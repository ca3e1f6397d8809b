package org.ccmplatform.assistance;

/** One part of a match's score: which factor, the points it gave out of its weight, and why (a message key). */
public record ScorePart(Factor factor, int points, String reason, Object... arguments) {

    /** The factors of a match and their weights, which add up to 100. */
    public enum Factor {
        THEME(30),
        PLACE(25),
        SIZE(20),
        ENGAGEMENT(15),
        URGENCY(10);

        private final int weight;

        Factor(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    public int outOf() {
        return factor.weight();
    }
}
