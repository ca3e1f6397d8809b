package org.ccmplatform.obligations;

/** The steps of an extension request, from the State's draft to the decision of a Meeting of States Parties. */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    UNDER_ANALYSIS,
    ANALYSED,
    GRANTED,
    NOT_GRANTED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == UNDER_ANALYSIS || this == ANALYSED;
    }
}
