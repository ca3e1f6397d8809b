package org.ccmplatform.meetings;

/** Who may read a meeting: everyone, or its participants (with the ISU and the Presidency). */
public enum MeetingVisibility {
    PUBLIC,
    PARTICIPANTS
}
