package org.ccmplatform.assistance;

/** How many of each the set holds: States in the register in all; needs, offers and pledges added. */
record BenchmarkPlan(int states, int needs, int offers, int pledges) {

    static final BenchmarkPlan FULL = new BenchmarkPlan(200, 5_000, 500, 50_000);

    /** The full set scaled down (or up) for everything but the States, at least one of each. */
    static BenchmarkPlan at(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        return new BenchmarkPlan(FULL.states, atLeastOne(FULL.needs * scale), atLeastOne(FULL.offers * scale),
                atLeastOne(FULL.pledges * scale));
    }

    private static int atLeastOne(double count) {
        return Math.max(1, (int) Math.round(count));
    }

    /** Pledges to a need (nine in ten); the rest are general support to a State's programme. */
    int pledgesToNeeds() {
        return pledges - generalSupport();
    }

    int generalSupport() {
        return pledges / 10;
    }

    /** The donors: one for every five offers, at least one. */
    int donors() {
        return Math.max(1, offers / 5);
    }
}
