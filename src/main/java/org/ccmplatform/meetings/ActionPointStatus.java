package org.ccmplatform.meetings;

/** Where an action point stands. */
public enum ActionPointStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** Still to be done: open or in progress. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
