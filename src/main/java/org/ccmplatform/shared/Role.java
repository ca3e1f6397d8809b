package org.ccmplatform.shared;

/** What a person does in the implementation machinery; each role opens its own pages and actions. */
public enum Role {
    ISU_ADMIN,
    PRESIDENCY,
    COORDINATOR,
    FOCAL_POINT,
    DONOR,
    OPERATOR,
    FACILITATOR,
    OBSERVER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean needsState() {
        return this == FOCAL_POINT;
    }

    public boolean needsOrganisation() {
        return this == OPERATOR;
    }

    public boolean needsStateOrOrganisation() {
        return this == DONOR;
    }
}
