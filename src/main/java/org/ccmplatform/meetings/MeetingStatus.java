package org.ccmplatform.meetings;

/** Whether a meeting is still to come, took place, or will not take place. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
