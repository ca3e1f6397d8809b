package org.ccmplatform.registry;

/** Where a State stands under a treaty on a given day. */
public enum ParticipationStatus {
    STATE_PARTY,
    SIGNATORY,
    NOT_PARTY
}
