package org.ccmplatform.coalitions;

import java.util.List;
import org.ccmplatform.meetings.DelegationDesk;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps a coalition's planned meetings in step with its membership: a member who joins is invited in its role, one
 * who leaves is withdrawn, a new role applies. Meetings already held keep who attended them.
 */
@Component
class MembershipAtMeetings {

    private final CoalitionMeetings links;
    private final MeetingPlanner planner;
    private final DelegationDesk delegations;

    MembershipAtMeetings(CoalitionMeetings links, MeetingPlanner planner, DelegationDesk delegations) {
        this.links = links;
        this.planner = planner;
        this.delegations = delegations;
    }

    void joined(CoalitionMember member) {
        planned(member.coalition()).forEach(meeting -> delegations.ensureOnBehalf(meeting, iso3(member),
                organisationId(member), member.role().atMeetings()));
    }

    void left(CoalitionMember member) {
        planned(member.coalition()).forEach(meeting -> delegations.withdrawOnBehalf(meeting, iso3(member),
                organisationId(member)));
    }

    private List<Meeting> planned(Coalition coalition) {
        return planner.byIds(links.meetingIdsOf(coalition.id())).stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED)
                .toList();
    }

    private static String iso3(CoalitionMember member) {
        return member.state() == null ? null : member.state().iso3();
    }

    private static Long organisationId(CoalitionMember member) {
        return member.organisation() == null ? null : member.organisation().id();
    }
}
