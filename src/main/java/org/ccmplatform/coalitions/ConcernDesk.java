package org.ccmplatform.coalitions;

import java.time.Clock;
import org.ccmplatform.meetings.AgendaItem;
import org.ccmplatform.meetings.MinutesDesk;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidential concerns: any member raises one with the facilitator; the facilitator alone reads it, and may put the
 * issue on a coalition meeting's agenda in neutral words, with no link to who raised it.
 */
@Service
public class ConcernDesk {

    private final CoalitionRegister register;
    private final CoalitionMembers members;
    private final CoalitionMeetings links;
    private final Concerns concerns;
    private final MinutesDesk minutes;
    private final org.ccmplatform.meetings.MeetingPlanner planner;
    private final Clock clock;

    ConcernDesk(CoalitionRegister register, CoalitionMembers members, CoalitionMeetings links, Concerns concerns,
            MinutesDesk minutes, org.ccmplatform.meetings.MeetingPlanner planner, Clock clock) {
        this.register = register;
        this.members = members;
        this.links = links;
        this.concerns = concerns;
        this.minutes = minutes;
        this.planner = planner;
        this.clock = clock;
    }

    @Transactional
    public Concern raise(long coalitionId, String text, CurrentUser user) {
        Coalition coalition = register.get(coalitionId);
        if (!new CoalitionAccess(members.ofCoalition(coalition), user).isMember()) {
            throw new AccessDeniedException("Only members raise concerns");
        }
        return concerns.save(new Concern(coalition, text, user.id(), clock.instant()));
    }

    /** The facilitator puts the issue on a coalition meeting's agenda under a neutral title of their own. */
    @Transactional
    public AgendaItem putOnAgenda(long coalitionId, long concernId, long meetingId, String neutralTitle, String note,
            CurrentUser user) {
        Concern concern = facilitated(coalitionId, concernId, user);
        if (!links.meetingIdsOf(coalitionId).contains(meetingId) || planner.byIds(java.util.List.of(meetingId))
                .stream().noneMatch(m -> m.status() == org.ccmplatform.meetings.MeetingStatus.PLANNED)) {
            throw new RuleViolation("meetingId", "concern.meetingOfCoalition");
        }
        if (neutralTitle == null || neutralTitle.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        AgendaItem item = minutes.addItem(meetingId, null, neutralTitle, null, user);
        concern.putOnAgenda(item.id(), note);
        return item;
    }

    @Transactional
    public void close(long coalitionId, long concernId, String note, CurrentUser user) {
        facilitated(coalitionId, concernId, user).close(note);
    }

    private Concern facilitated(long coalitionId, long concernId, CurrentUser user) {
        Coalition coalition = register.get(coalitionId);
        if (!new CoalitionAccess(members.ofCoalition(coalition), user).isFacilitator()) {
            throw new NotFoundException("Concern", concernId);
        }
        return concerns.findByIdAndCoalition(concernId, coalition)
                .orElseThrow(() -> new NotFoundException("Concern", concernId));
    }
}
