package org.ccmplatform.obligations;

/** How an obligation stands today. */
public enum ObligationStatus {
    ON_TRACK,
    AT_RISK,
    OVERDUE,
    COMPLETED,
    NO_DEADLINE
}
