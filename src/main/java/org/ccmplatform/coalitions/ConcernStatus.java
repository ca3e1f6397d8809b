package org.ccmplatform.coalitions;

/** What the facilitator did with a concern. */
public enum ConcernStatus {
    RAISED,
    ON_AGENDA,
    CLOSED
}
