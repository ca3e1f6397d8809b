package org.ccmplatform.coalitions;

/** Where a coalition stands. */
public enum CoalitionStatus {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    DORMANT
}
