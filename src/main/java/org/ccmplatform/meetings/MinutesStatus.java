package org.ccmplatform.meetings;

/** The life of a meeting's minutes: drafted by the secretariat, circulated, then approved at a later meeting. */
public enum MinutesStatus {
    DRAFT,
    CIRCULATED,
    APPROVED
}
