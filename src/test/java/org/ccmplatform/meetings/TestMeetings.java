package org.ccmplatform.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Meetings that an integration test makes for itself, as the ISU and through the services the pages use, with a
 * unique title so that no test reads another's; and the demo Coordination Committee meetings, looked up by date.
 */
final class TestMeetings {

    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    static final LocalDate SEPTEMBER_27_2016 = LocalDate.of(2016, 9, 27);
    static final LocalDate NOVEMBER_4_2016 = LocalDate.of(2016, 11, 4);
    static final LocalDate DECEMBER_7_2016 = LocalDate.of(2016, 12, 7);

    final MeetingPlanner planner;
    final DelegationDesk delegations;
    final MinutesDesk minutes;
    final ActionPointTracker actionPoints;
    final UserDetailsService users;
    final CurrentUser isu;

    TestMeetings(ApplicationContext context) {
        this.planner = context.getBean(MeetingPlanner.class);
        this.delegations = context.getBean(DelegationDesk.class);
        this.minutes = context.getBean(MinutesDesk.class);
        this.actionPoints = context.getBean(ActionPointTracker.class);
        this.users = context.getBean(UserDetailsService.class);
        this.isu = user("isu");
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A workshop in Geneva, 10:00 to 11:30 on that day, read by its participants, the ISU and the Presidency. */
    Meeting workshop(LocalDate day) {
        return plan(MeetingBody.WORKSHOP, unique("Workshop"), day.atTime(10, 0), day.atTime(11, 30));
    }

    Meeting plan(MeetingBody body, String title, LocalDateTime startsAt, LocalDateTime endsAt) {
        return planner.plan(new MeetingDetails(body, title, startsAt, endsAt, GENEVA, "Geneva", false,
                EnumSet.of(Language.EN), MeetingVisibility.PARTICIPANTS), isu);
    }

    Delegation invite(Meeting meeting, String stateIso3, DelegationRole role) {
        return delegations.invite(meeting.id(), stateIso3, null, role, isu);
    }

    Participant person(Delegation delegation, String name, String email, Attendance attendance) {
        return delegations.addPerson(delegation.meeting().id(), delegation.id(), name, null, email, attendance, isu);
    }

    AgendaItem item(Meeting meeting, String title) {
        return minutes.addItem(meeting.id(), null, title, null, isu);
    }

    AgendaItem subItem(AgendaItem parent, String title) {
        return minutes.addItem(parent.meeting().id(), parent.id(), title, null, isu);
    }

    AgendaItem approvalOf(Meeting earlier, Meeting later) {
        return minutes.addItem(later.id(), null, "Approval of the minutes", earlier.id(), isu);
    }

    ActionPoint actionPoint(Meeting meeting, String ownerIso3, String text, LocalDate due) {
        return actionPoints.assign(meeting.id(), null, text, actionPoints.owner(ownerIso3, null, null), due, isu);
    }

    MeetingRecord record(long meetingId) {
        return planner.record(meetingId, isu);
    }

    AgendaItem itemOf(long meetingId, long itemId) {
        return record(meetingId).agenda().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    /** The demo Coordination Committee meeting held on that day. */
    Meeting committeeMeetingOn(LocalDate day) {
        return planner.list(new MeetingFilter(Set.of(MeetingBody.COORDINATION_COMMITTEE), day, day), isu,
                        PageRequest.of(0, 10)).stream()
                .filter(m -> m.title().equals("Coordination Committee meeting"))
                .reduce((a, b) -> {
                    throw new IllegalStateException("More than one Coordination Committee meeting on " + day);
                })
                .orElseThrow();
    }
}
