package org.ccmplatform.obligations;

/** Where a State stands on national implementation measures (Article 9). */
public enum Legislation {
    NONE,
    IN_PREPARATION,
    ADOPTED,
    EXISTING_LAW_DEEMED_SUFFICIENT;

    public boolean isInPlace() {
        return this == ADOPTED || this == EXISTING_LAW_DEEMED_SUFFICIENT;
    }
}
