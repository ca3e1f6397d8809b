package org.ccmplatform.meetings;

/** The body that meets. */
public enum MeetingBody {
    MEETING_OF_STATES_PARTIES,
    REVIEW_CONFERENCE,
    COORDINATION_COMMITTEE,
    INTERSESSIONAL_MEETING,
    WORKSHOP,
    COALITION_MEETING,
    TECHNICAL_WORKING_GROUP;

    /** Meetings of a Country Coalition and its working groups, run by the coalition itself. */
    public boolean isCoalitionBody() {
        return this == COALITION_MEETING || this == TECHNICAL_WORKING_GROUP;
    }
}
