package org.ccmplatform.registry;

/** The regions of the UN M49 standard. */
public enum UnRegion {
    AFRICA,
    AMERICAS,
    ASIA,
    EUROPE,
    OCEANIA
}
