package org.ccmplatform.coalitions;

import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coalition's meetings and Technical Working Groups: planned by those who run the coalition, with every member
 * invited in its role, and then run through the meetings module like any other meeting.
 */
@Service
public class CoalitionCalendar {

    private final CoalitionRegister register;
    private final CoalitionMembers members;
    private final CoalitionMeetings links;
    private final MeetingPlanner planner;
    private final DelegationDesk delegations;

    CoalitionCalendar(CoalitionRegister register, CoalitionMembers members, CoalitionMeetings links,
            MeetingPlanner planner, DelegationDesk delegations) {
        this.register = register;
        this.members = members;
        this.links = links;
        this.planner = planner;
        this.delegations = delegations;
    }

    @Transactional
    public Meeting plan(long coalitionId, MeetingDetails details, CurrentUser user) {
        Coalition coalition = register.get(coalitionId);
        if (!new CoalitionAccess(members.ofCoalition(coalition), user).runsMeetings()) {
            throw new AccessDeniedException("Only the national authority, the facilitator and the secretariat plan "
                    + "the coalition's meetings");
        }
        return planFor(coalition, details);
    }

    @Transactional
    Meeting planFor(Coalition coalition, MeetingDetails details) {
        if (details.body() == null || !details.body().isCoalitionBody()) {
            throw new RuleViolation("body", "coalition.meeting.body");
        }
        Meeting meeting = planner.planOnBehalf(new MeetingDetails(details.body(), details.title(), details.startsAt(),
                details.endsAt(), details.timeZone(), details.place(), details.online(), details.languages(),
                MeetingVisibility.PARTICIPANTS));
        for (CoalitionMember member : members.ofCoalition(coalition)) {
            delegations.inviteOnBehalf(meeting, member.state() == null ? null : member.state().iso3(),
                    member.organisation() == null ? null : member.organisation().id(), member.role().atMeetings());
        }
        links.save(new CoalitionMeeting(coalition.id(), meeting.id()));
        return meeting;
    }

}
