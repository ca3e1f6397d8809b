package org.ccmplatform.governance;

/** The formal meetings of the States Parties that carry a Presidency (Article 11 and Article 12). */
public enum MeetingKind {
    MEETING_OF_STATES_PARTIES,
    REVIEW_CONFERENCE;

    public String messageKey() {
        return "msp.kind." + name();
    }
}
