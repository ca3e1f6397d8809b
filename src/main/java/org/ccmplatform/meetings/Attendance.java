package org.ccmplatform.meetings;

/** Whether a person was invited, confirmed, came, or sent apologies. */
public enum Attendance {
    INVITED,
    CONFIRMED,
    PRESENT,
    APOLOGISED
}
