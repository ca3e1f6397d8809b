package org.ccmplatform.assistance;

/** What a donor prefers to fund, beyond theme and place. */
public enum Preference {
    NATIONAL_OWNERSHIP,
    CO_FINANCING,
    MULTI_YEAR,
    CAPACITY_BUILDING,
    GENDER_AND_DIVERSITY
}
