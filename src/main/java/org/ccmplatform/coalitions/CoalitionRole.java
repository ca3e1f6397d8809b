package org.ccmplatform.coalitions;

import org.ccmplatform.meetings.DelegationRole;

/** The part a member plays in a coalition. */
public enum CoalitionRole {
    NATIONAL_AUTHORITY(DelegationRole.CHAIR),
    CHAMPION(DelegationRole.MEMBER),
    DONOR(DelegationRole.MEMBER),
    OPERATOR(DelegationRole.MEMBER),
    FACILITATOR(DelegationRole.FACILITATOR),
    SECRETARIAT(DelegationRole.SECRETARIAT),
    OBSERVER(DelegationRole.OBSERVER);

    private final DelegationRole atMeetings;

    CoalitionRole(DelegationRole atMeetings) {
        this.atMeetings = atMeetings;
    }

    /** The part the member plays at the coalition's meetings: the national authority chairs them. */
    public DelegationRole atMeetings() {
        return atMeetings;
    }

    /** The national authority, the facilitator and the secretariat run the coalition's meetings and minutes. */
    public boolean runsMeetings() {
        return this == NATIONAL_AUTHORITY || this == FACILITATOR || this == SECRETARIAT;
    }
}
