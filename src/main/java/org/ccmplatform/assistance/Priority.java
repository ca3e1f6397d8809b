package org.ccmplatform.assistance;

/** How urgent the affected State says a need is. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
