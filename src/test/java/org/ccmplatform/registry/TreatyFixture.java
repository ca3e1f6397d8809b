package org.ccmplatform.registry;

import static org.ccmplatform.registry.EntryIntoForceRule.FIRST_DAY_OF_SIXTH_MONTH_AFTER_DEPOSIT;
import static org.ccmplatform.registry.EntryIntoForceRule.SIX_MONTHS_AFTER_DEPOSIT;

import java.time.LocalDate;

/** The treaties exactly as V1__registry.sql inserts them (TreatiesIntegrationTest checks that they stay equal). */
public final class TreatyFixture {

    private TreatyFixture() {}

    /** CCM: adopted 30 May 2008, open for signature 3 December 2008 until its entry into force on 1 August 2010. */
    public static Treaty ccm() {
        return new Treaty("CCM", LocalDate.of(2008, 5, 30), LocalDate.of(2008, 12, 3), LocalDate.of(2010, 7, 31),
                LocalDate.of(2010, 8, 1), LocalDate.of(2010, 2, 16), FIRST_DAY_OF_SIXTH_MONTH_AFTER_DEPOSIT, 6);
    }

    /** APMBC: open for signature 3 December 1997, in force 1 March 1999 after the 40th deposit on 16 September 1998. */
    static Treaty apmbc() {
        return new Treaty("APMBC", LocalDate.of(1997, 9, 18), LocalDate.of(1997, 12, 3), LocalDate.of(1999, 2, 28),
                LocalDate.of(1999, 3, 1), LocalDate.of(1998, 9, 16), FIRST_DAY_OF_SIXTH_MONTH_AFTER_DEPOSIT, 6);
    }

    /** CCW Protocol V: no signature; in force 12 November 2006, six months after the 20th consent on 12 May 2006. */
    static Treaty ccwProtocolV() {
        return new Treaty("CCW_P5", LocalDate.of(2003, 11, 28), null, null, LocalDate.of(2006, 11, 12),
                LocalDate.of(2006, 5, 12), SIX_MONTHS_AFTER_DEPOSIT, 12);
    }
}
