package org.ccmplatform.universalization;

/** Who engaged the State: the Presidency, a coordinator, the CMC, the ICRC, the ISU or someone else. */
public enum Engager {
    PRESIDENCY,
    COORDINATOR,
    CMC,
    ICRC,
    ISU,
    OTHER;

    public String messageKey() {
        return "universalization.engager." + name();
    }
}
