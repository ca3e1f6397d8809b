package org.ccmplatform.governance;

/** Where a planned activity stands. */
public enum ActivityStatus {
    PLANNED,
    UNDERWAY,
    DONE,
    POSTPONED,
    CANCELLED;

    public String messageKey() {
        return "plan.activity.status." + name();
    }
}
