package org.ccmplatform.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans meetings, changes their details and status, and reads a meeting with all it holds. */
@Service
@Transactional(readOnly = true)
public class MeetingPlanner {

    private final Meetings meetings;
    private final MeetingGate gate;
    private final Participants participants;
    private final AgendaItems agenda;
    private final Decisions decisions;
    private final ActionPoints actionPoints;
    private final ActionPointUpdates updates;
    private final MinutesRevisions revisions;
    private final Circulations circulations;
    private final Delegations delegations;
    private final org.ccmplatform.registry.StateRegister states;
    private final Clock clock;

    MeetingPlanner(Meetings meetings, MeetingGate gate, Participants participants, AgendaItems agenda,
            Decisions decisions, ActionPoints actionPoints, ActionPointUpdates updates, MinutesRevisions revisions,
            Circulations circulations, Delegations delegations, org.ccmplatform.registry.StateRegister states,
            Clock clock) {
        this.meetings = meetings;
        this.gate = gate;
        this.participants = participants;
        this.agenda = agenda;
        this.decisions = decisions;
        this.actionPoints = actionPoints;
        this.updates = updates;
        this.revisions = revisions;
        this.circulations = circulations;
        this.delegations = delegations;
        this.states = states;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The meetings the reader may see, newest first. */
    public Page<Meeting> list(MeetingFilter filter, CurrentUser user, Pageable pageable) {
        boolean everything = user != null && (user.isIsuAdmin() || user.has(Role.PRESIDENCY));
        long stateId = user == null || user.stateId() == null ? -1 : user.stateId();
        long organisationId = user == null || user.organisationId() == null ? -1 : user.organisationId();
        LocalDate from = filter.from() == null ? MeetingFilter.EARLIEST : filter.from();
        LocalDate to = filter.to() == null ? MeetingFilter.LATEST : filter.to();
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "meeting.filter.toBeforeFrom");
        }
        return meetings.visible(filter.bodies() == null || filter.bodies().isEmpty()
                        ? EnumSet.allOf(MeetingBody.class) : filter.bodies(),
                from.atStartOfDay(), to.plusDays(1).atStartOfDay(), everything, stateId, organisationId, pageable);
    }

    /** Every meeting of the filter, whoever may read it, for another module's own loads (its demo data). */
    public List<Meeting> listOnBehalf(MeetingFilter filter) {
        return meetings.visible(filter.bodies(), filter.from().atStartOfDay(), filter.to().plusDays(1).atStartOfDay(),
                true, -1, -1, Pageable.ofSize(100)).getContent();
    }

    public MeetingRecord record(long id, CurrentUser user) {
        MeetingGate.Opened opened = gate.forReading(id, user);
        Meeting meeting = opened.meeting();
        Map<Long, List<Participant>> people = opened.delegations().isEmpty() ? Map.of()
                : participants.findByDelegationInOrderByPositionAsc(opened.delegations()).stream()
                        .collect(Collectors.groupingBy(p -> p.delegation().id()));
        List<ActionPoint> points = actionPoints.findByMeetingOrderByIdAsc(meeting);
        Map<Long, List<ActionPointUpdate>> trail = points.isEmpty() ? Map.of()
                : updates.findByActionPointInOrderByPostedAtAsc(points).stream()
                        .collect(Collectors.groupingBy(u -> u.actionPoint().id()));
        return new MeetingRecord(meeting, opened.delegations(), people, agenda.findByMeetingOrderByPositionAsc(meeting),
                decisions.findByMeetingOrderByPositionAsc(meeting), points, trail,
                revisions.findByMeetingOrderByRevisionDesc(meeting), circulations.findByMeetingOrderBySentAtDesc(meeting),
                opened.runnable(), today());
    }

    /** Whether the reader may run this meeting (agenda, participants, minutes). */
    public boolean mayRun(long id, CurrentUser user) {
        return gate.forReading(id, user).runnable();
    }

    public boolean mayPlan(MeetingBody body, CurrentUser user) {
        return MeetingAccess.canPlan(body, user);
    }

    /** Plans a meeting; the Presidency chairs the meetings it plans, so that it can go on to run them. */
    @Transactional
    public Meeting plan(MeetingDetails details, CurrentUser user) {
        if (details.body() == null || !MeetingAccess.canPlan(details.body(), user)) {
            throw new AccessDeniedException("Not allowed to plan meetings of this body");
        }
        Meeting meeting = meetings.save(new Meeting(details));
        if (user.has(Role.PRESIDENCY) && user.stateId() != null) {
            states.find(user.stateId()).ifPresent(presidency ->
                    delegations.save(new Delegation(meeting, presidency, null, DelegationRole.CHAIR, 1)));
        }
        return meeting;
    }

    /** Plans a meeting on behalf of another module that has already decided who may (a coalition's meetings). */
    @Transactional
    public Meeting planOnBehalf(MeetingDetails details) {
        return meetings.save(new Meeting(details));
    }

    /** Records that a meeting planned on behalf of another module took place. */
    @Transactional
    public void heldOnBehalf(Meeting meeting) {
        meeting.markHeld();
    }

    @Transactional
    public Meeting describe(long id, long version, MeetingDetails details, CurrentUser user) {
        Meeting meeting = gate.forRunning(id, user);
        StaleEditException.check(version, meeting.version());
        if (details.body() != meeting.body()) {
            throw new RuleViolation("body", "meeting.bodyFixed");
        }
        meeting.describe(details);
        return meeting;
    }

    @Transactional
    public Meeting changeStatus(long id, MeetingStatus status, CurrentUser user) {
        Meeting meeting = gate.forRunning(id, user);
        switch (status) {
            case HELD -> meeting.markHeld();
            case CANCELLED -> meeting.cancel();
            case PLANNED -> meeting.reopen();
        }
        return meeting;
    }

    /** Names the next meeting of the same body (its invitation goes out with the circulated minutes). */
    @Transactional
    public Meeting followedBy(long id, Long nextId, CurrentUser user) {
        Meeting meeting = gate.forRunning(id, user);
        Meeting next = nextId == null ? null : gate.forReading(nextId, user).meeting();
        if (next != null && next.body() != meeting.body()) {
            throw new RuleViolation("nextMeetingId", "meeting.nextOfSameBody");
        }
        meeting.followedBy(next);
        return meeting;
    }

    /** Later meetings of the same body, that could be named the next one. */
    public List<Meeting> laterMeetings(Meeting meeting) {
        return meetings.laterOfTheSameBody(meeting.body(), meeting.startsAt(), PageRequest.of(0, 20));
    }

    /** Earlier meetings of the same body whose minutes this meeting could approve. */
    public List<Meeting> minutesAwaitingApproval(Meeting meeting) {
        return meetings.awaitingApproval(meeting.body(), meeting.startsAt(), PageRequest.of(0, 20));
    }

    public List<Meeting> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : meetings.findByIdIn(ids);
    }

}
