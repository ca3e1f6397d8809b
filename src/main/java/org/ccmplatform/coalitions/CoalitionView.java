package org.ccmplatform.coalitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmplatform.meetings.ActionPoint;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.registry.StateProfile;

/**
 * A coalition as its page shows it to one reader: the public summary always; members, meetings, action points and
 * updates to those who read everything; concerns to the facilitator (and each member's own to them).
 */
public record CoalitionView(
        Coalition coalition,
        StateProfile.TreatyStanding ccm,
        boolean full,
        boolean manages,
        boolean runsMeetings,
        boolean nationalAuthority,
        boolean facilitator,
        boolean member,
        List<CoalitionMember> members,
        int memberCount,
        List<Meeting> meetings,
        LocalDate lastHeld,
        LocalDate nextDue,
        boolean overdue,
        List<ActionPoint> openActionPoints,
        List<MidTermUpdate> midTermUpdates,
        List<Concern> concerns,
        Map<Long, String> concernAuthors,
        LocalDate today) {

    public long meetingsHeld() {
        return meetings.stream().filter(m -> m.status() == org.ccmplatform.meetings.MeetingStatus.HELD).count();
    }
}
