package org.ccmplatform.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.UserAccount;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Action points: given by a meeting to a State, an organisation or a person, followed up to done or dropped. */
@Service
@Transactional(readOnly = true)
public class ActionPointTracker {

    private final MeetingGate gate;
    private final ActionPoints actionPoints;
    private final ActionPointUpdates updates;
    private final AgendaItems agenda;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final AccountService accounts;
    private final Clock clock;

    ActionPointTracker(MeetingGate gate, ActionPoints actionPoints, ActionPointUpdates updates, AgendaItems agenda,
            StateRegister states, OrganisationDirectory organisations, AccountService accounts, Clock clock) {
        this.gate = gate;
        this.actionPoints = actionPoints;
        this.updates = updates;
        this.agenda = agenda;
        this.states = states;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Who an action point is for, as chosen in a form or the API: one of a State, an organisation, a user. */
    public ActionPointOwner owner(String stateIso3, Long organisationId, Long userId) {
        boolean hasState = stateIso3 != null && !stateIso3.isBlank();
        int given = (hasState ? 1 : 0) + (organisationId != null ? 1 : 0) + (userId != null ? 1 : 0);
        if (given == 0) {
            throw new RuleViolation("owner", "actionPoint.ownerRequired");
        }
        if (given > 1) {
            throw new RuleViolation("owner", "actionPoint.oneOwner");
        }
        if (hasState) {
            return ActionPointOwner.of(states.find(stateIso3)
                    .orElseThrow(() -> new RuleViolation("owner", "state.unknown", stateIso3)));
        }
        if (organisationId != null) {
            return ActionPointOwner.of(organisations.find(organisationId)
                    .orElseThrow(() -> new RuleViolation("owner", "organisation.unknown", organisationId)));
        }
        UserAccount person = accounts.find(userId)
                .orElseThrow(() -> new RuleViolation("owner", "actionPoint.unknownPerson", userId));
        return ActionPointOwner.person(person.id(), person.displayName());
    }

    @Transactional
    public ActionPoint assign(long meetingId, Long itemId, String text, ActionPointOwner owner, LocalDate dueDate,
            CurrentUser user) {
        Meeting meeting = gate.forRunning(meetingId, user);
        AgendaItem item = itemId == null ? null : agenda.findByIdAndMeeting(itemId, meeting)
                .orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
        return assignOnBehalf(meeting, item, text, owner, dueDate);
    }

    @Transactional
    public ActionPoint assignOnBehalf(Meeting meeting, AgendaItem item, String text, ActionPointOwner owner,
            LocalDate dueDate) {
        return actionPoints.save(new ActionPoint(meeting, item, text, owner, dueDate));
    }

    /** Its owner, or those who run its meeting, move an action point on, with a dated note. */
    @Transactional
    public ActionPointUpdate update(long actionPointId, Long version, ActionPointStatus status, String note,
            CurrentUser user) {
        ActionPoint point = actionPoints.findById(actionPointId)
                .orElseThrow(() -> new NotFoundException("ActionPoint", actionPointId));
        MeetingGate.Opened opened = openFor(point, user);
        if (!opened.runnable() && !point.isOwnedBy(user)) {
            throw new AccessDeniedException("Only its owner and those who run the meeting update an action point");
        }
        if (version != null) {
            StaleEditException.check(version, point.version());
        }
        return updates.save(point.update(status, note, user.getUsername(), clock.instant(), today(), false));
    }

    /** A mid-term update posted between two meetings, by someone another module has already allowed. */
    @Transactional
    public ActionPointUpdate postMidTermOnBehalf(ActionPoint point, ActionPointStatus status, String note,
            String author) {
        return updates.save(point.update(status, note, author, clock.instant(), today(), true));
    }

    /** The action points of a person, their State and their organisation, across every body. */
    public Page<ActionPoint> mine(CurrentUser user, boolean includeClosed, Pageable pageable) {
        return mine(user, includeClosed ? EnumSet.allOf(ActionPointStatus.class)
                : EnumSet.of(ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS), pageable);
    }

    public Page<ActionPoint> mine(CurrentUser user, Set<ActionPointStatus> statuses, Pageable pageable) {
        return actionPoints.ownedBy(user.id(), user.stateId() == null ? -1 : user.stateId(),
                user.organisationId() == null ? -1 : user.organisationId(), statuses, pageable);
    }

    /** The action points of an owner, in meetings the reader may see. */
    public Page<ActionPoint> ofOwner(ActionPointOwner owner, Set<ActionPointStatus> statuses, CurrentUser reader,
            Pageable pageable) {
        boolean everything = reader.isIsuAdmin() || reader.has(org.ccmplatform.shared.Role.PRESIDENCY);
        return actionPoints.ofOwnerVisibleTo(owner.state() == null ? -1 : owner.state().id(),
                owner.organisation() == null ? -1 : owner.organisation().id(),
                owner.userId() == null ? -1 : owner.userId(), statuses, everything, reader.id(),
                reader.stateId() == null ? -1 : reader.stateId(),
                reader.organisationId() == null ? -1 : reader.organisationId(), pageable);
    }

    /** The pending action points of some meetings (a coalition's), soonest due first. */
    public List<ActionPoint> pendingOf(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of()
                : actionPoints.ofMeetings(meetingIds, EnumSet.of(ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS));
    }

    public Map<Long, List<ActionPointUpdate>> trailOf(Collection<ActionPoint> points) {
        return points.isEmpty() ? Map.of() : updates.findByActionPointInOrderByPostedAtAsc(points).stream()
                .collect(Collectors.groupingBy(u -> u.actionPoint().id()));
    }

    /** Action points by their ids, for another module that links to them (one query). */
    public List<ActionPoint> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : actionPoints.findByIdIn(ids);
    }

    public ActionPoint readable(long actionPointId, CurrentUser user) {
        ActionPoint point = actionPoints.findById(actionPointId)
                .orElseThrow(() -> new NotFoundException("ActionPoint", actionPointId));
        openFor(point, user);
        return point;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private MeetingGate.Opened openFor(ActionPoint point, CurrentUser user) {
        try {
            return gate.forReading(point.meeting().id(), user);
        } catch (NotFoundException hidden) {
            if (point.isOwnedBy(user)) {
                return new MeetingGate.Opened(point.meeting(), List.of(), false);
            }
            throw new NotFoundException("ActionPoint", point.id());
        }
    }
}
