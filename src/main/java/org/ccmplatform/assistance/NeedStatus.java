package org.ccmplatform.assistance;

/** A need is open while it seeks funding; the State closes it when met or no longer needed. */
public enum NeedStatus {
    OPEN,
    CLOSED
}
