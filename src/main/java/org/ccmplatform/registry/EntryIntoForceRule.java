package org.ccmplatform.registry;

import java.time.LocalDate;

/** How a treaty enters into force for a State that deposits after the treaty's own entry into force. */
public enum EntryIntoForceRule {

    /** CCM Article 17(2), APMBC Article 17(2): the first day of the sixth month after the month of deposit. */
    FIRST_DAY_OF_SIXTH_MONTH_AFTER_DEPOSIT {
        @Override
        LocalDate forLateDeposit(LocalDate deposit) {
            return deposit.withDayOfMonth(1).plusMonths(6);
        }
    },

    /** CCW Article 5(4): six months after the date of deposit. */
    SIX_MONTHS_AFTER_DEPOSIT {
        @Override
        LocalDate forLateDeposit(LocalDate deposit) {
            return deposit.plusMonths(6);
        }
    };

    abstract LocalDate forLateDeposit(LocalDate deposit);
}
