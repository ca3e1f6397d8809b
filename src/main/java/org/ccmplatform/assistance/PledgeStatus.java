package org.ccmplatform.assistance;

/**
 * How firm a pledge is. Indicated and pledged amounts are shown but do not close a gap; committed ones do, and
 * disbursed follows from the tranches paid.
 */
public enum PledgeStatus {
    INDICATED,
    PLEDGED,
    COMMITTED,
    DISBURSED;

    public boolean isCommitted() {
        return this == COMMITTED || this == DISBURSED;
    }
}
