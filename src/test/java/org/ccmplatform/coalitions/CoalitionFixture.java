package org.ccmplatform.coalitions;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;

/** Coalitions, their details and their members, each built in one line, for the tests of the model. */
final class CoalitionFixture {

    static final LocalDate START = LocalDate.of(2024, 1, 15);

    private CoalitionFixture() {}

    static CoalitionDetails details(CoalitionStatus status, LocalDate start, Cadence cadence,
            Set<CoveredObligation> obligations) {
        return new CoalitionDetails("Test Coalition", status, start, cadence, obligations, null, null);
    }

    static CoalitionDetails activeDetails(Cadence cadence) {
        return details(CoalitionStatus.ACTIVE, START, cadence, EnumSet.of(CoveredObligation.CCM_ARTICLE_4));
    }

    static Coalition activeCoalition() {
        return new Coalition(aState(), activeDetails(Cadence.TWICE_A_YEAR));
    }

    static Coalition coalition(CoalitionStatus status, Cadence cadence) {
        return new Coalition(aState(), details(status, START, cadence, EnumSet.of(CoveredObligation.CCM_ARTICLE_4)));
    }

    /** A State as the model sees it; which one does not matter to the rules under test. */
    static State aState() {
        return new State() {};
    }

    static Organisation anOrganisation() {
        return new Organisation() {};
    }
}
