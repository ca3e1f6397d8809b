package org.ccmplatform.meetings;

import java.util.List;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Opens a meeting for a reader or for someone who runs it. A meeting the reader may not see is "not found", so that
 * its existence does not leak; one they may read but not run is a refusal.
 */
@Component
class MeetingGate {

    private final Meetings meetings;
    private final Delegations delegations;

    MeetingGate(Meetings meetings, Delegations delegations) {
        this.meetings = meetings;
        this.delegations = delegations;
    }

    /** A meeting with its delegations, once the reader is known to be allowed to see it. */
    record Opened(Meeting meeting, List<Delegation> delegations, boolean runnable) {}

    Opened forReading(long id, CurrentUser user) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
        List<Delegation> attending = delegations.findByMeetingOrderByPositionAsc(meeting);
        if (!MeetingAccess.canRead(meeting, attending, user)) {
            throw new NotFoundException("Meeting", id);
        }
        return new Opened(meeting, attending, MeetingAccess.canRun(meeting, attending, user));
    }

    Meeting forRunning(long id, CurrentUser user) {
        Opened opened = forReading(id, user);
        if (!opened.runnable()) {
            throw new AccessDeniedException("Only the chair, the facilitator and the secretariat run this meeting");
        }
        return opened.meeting();
    }
}
