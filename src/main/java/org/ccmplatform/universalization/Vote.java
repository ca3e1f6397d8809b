package org.ccmplatform.universalization;

/** A State's vote on the year's General Assembly resolution on the Convention. */
public enum Vote {
    YES,
    NO,
    ABSTAIN,
    ABSENT;

    public String messageKey() {
        return "universalization.vote." + name();
    }
}
