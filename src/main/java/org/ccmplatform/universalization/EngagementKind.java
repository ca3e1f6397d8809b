package org.ccmplatform.universalization;

/** How a State not party was engaged. */
public enum EngagementKind {
    LETTER,
    VISIT,
    WORKSHOP,
    MEETING;

    public String messageKey() {
        return "universalization.kind." + name();
    }
}
