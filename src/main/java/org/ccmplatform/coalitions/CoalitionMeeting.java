package org.ccmplatform.coalitions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** A meeting (or Technical Working Group) held by a coalition. */
@Entity
@IdClass(CoalitionMeeting.Key.class)
class CoalitionMeeting {

    record Key(Long coalitionId, Long meetingId) implements Serializable {}

    @Id
    private Long coalitionId;

    @Id
    private Long meetingId;

    protected CoalitionMeeting() {}

    CoalitionMeeting(long coalitionId, long meetingId) {
        this.coalitionId = coalitionId;
        this.meetingId = meetingId;
    }

    Long meetingId() {
        return meetingId;
    }
}
