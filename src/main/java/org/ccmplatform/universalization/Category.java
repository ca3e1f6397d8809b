package org.ccmplatform.universalization;

/**
 * Why a State has not joined, in the two categories the President set out to the Coordination Committee on
 * 4 November 2016: administrative reasons, or political and/or security concerns (where the main producers are).
 */
public enum Category {
    ADMINISTRATIVE,
    POLITICAL_AND_SECURITY,
    NOT_ASSESSED;

    public String messageKey() {
        return "universalization.category." + name();
    }
}
