package org.ccmplatform.registry;

import java.time.LocalDate;

/** The treaties as the migration V1 records them, for tests without a database. */
final class TreatyRules {

    private TreatyRules() {}

    static Treaty ccm() {
        return new Treaty(Treaty.CCM, LocalDate.of(2008, 5, 30), LocalDate.of(2008, 12, 3), LocalDate.of(2010, 7, 31),
                LocalDate.of(2010, 8, 1), LocalDate.of(2010, 2, 16),
                EntryIntoForceRule.FIRST_DAY_OF_SIXTH_MONTH_AFTER_DEPOSIT, 6);
    }
}
