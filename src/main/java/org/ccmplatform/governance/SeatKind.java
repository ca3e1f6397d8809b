package org.ccmplatform.governance;

/** The seats of the Coordination Committee that are recorded; the President and President-designate follow from the MSPs. */
public enum SeatKind {
    ISU_DIRECTOR,
    COORDINATOR,
    STANDING_INVITEE,
    OCCASIONAL_INVITEE;

    public String messageKey() {
        return "committee.seat." + name();
    }
}
