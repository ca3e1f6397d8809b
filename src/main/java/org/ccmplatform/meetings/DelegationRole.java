package org.ccmplatform.meetings;

/** The part a delegation plays in a meeting. */
public enum DelegationRole {
    CHAIR,
    FACILITATOR,
    SECRETARIAT,
    MEMBER,
    OBSERVER;

    /** The chair, the facilitator and the secretariat run the meeting: agenda, participants, minutes. */
    public boolean runsTheMeeting() {
        return this == CHAIR || this == FACILITATOR || this == SECRETARIAT;
    }
}
