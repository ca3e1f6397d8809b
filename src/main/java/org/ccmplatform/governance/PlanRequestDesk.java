package org.ccmplatform.governance;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.meetings.ActionPoint;
import org.ccmplatform.meetings.ActionPointTracker;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action points that ask for operational plans ("turn the concept notes into operational plans by the next
 * meeting"): each is linked to the themes it asks for, and shows which plans exist and which are still missing.
 */
@Service
@Transactional(readOnly = true)
public class PlanRequestDesk {

    private final PlanRequests requests;
    private final ThemePlans plans;
    private final ActionPointTracker actionPoints;
    private final CommitteeRoster roster;
    private final Presidencies presidencies;

    PlanRequestDesk(PlanRequests requests, ThemePlans plans, ActionPointTracker actionPoints,
            CommitteeRoster roster, Presidencies presidencies) {
        this.requests = requests;
        this.plans = plans;
        this.actionPoints = actionPoints;
        this.roster = roster;
        this.presidencies = presidencies;
    }

    /** A request with the plans it asked for: those that exist as operational plans, and the missing themes. */
    public record RequestStatus(PlanRequest request, ActionPoint actionPoint, Map<Theme, ThemePlan> delivered,
            Set<Theme> missing) {}

    @Transactional
    public PlanRequest ask(long actionPointId, long termId, Set<Theme> themes, CurrentUser user) {
        if (!presidencies.mayKeep(user)) {
            throw new AccessDeniedException("Only the ISU and the Presidency link action points to plans");
        }
        actionPoints.readable(actionPointId, user);
        return askOnBehalf(actionPointId, roster.term(termId).orElseThrow(() -> new NotFoundException("Term", termId)),
                themes);
    }

    @Transactional
    public PlanRequest askOnBehalf(long actionPointId, Term term, Set<Theme> themes) {
        if (requests.findByActionPointId(actionPointId).isPresent()) {
            throw new RuleViolation("actionPointId", "plan.request.exists");
        }
        return requests.save(new PlanRequest(actionPointId, term.msp(), themes));
    }

    /** The open action points of the committee's meetings in the term that no request links yet. */
    public List<ActionPoint> unlinked(Term term, List<Long> committeeMeetings) {
        Set<Long> linked = requests.findByTermIdOrderById(term.id()).stream().map(PlanRequest::actionPointId)
                .collect(Collectors.toSet());
        return actionPoints.pendingOf(committeeMeetings).stream().filter(p -> !linked.contains(p.id())).toList();
    }

    /** A term's requests, with the plans delivered and missing; three queries whatever their number. */
    public List<RequestStatus> ofTerm(Term term) {
        List<PlanRequest> asked = requests.findByTermIdOrderById(term.id());
        if (asked.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionPoint> points = actionPoints.byIds(asked.stream().map(PlanRequest::actionPointId).toList())
                .stream().collect(Collectors.toMap(ActionPoint::id, Function.identity()));
        List<ThemePlan> live = plans.ofTermWithActivities(term.id());
        Map<Theme, ThemePlan> operational = live.stream().filter(ThemePlan::isOperational)
                .collect(Collectors.toMap(ThemePlan::theme, Function.identity()));
        return asked.stream().map(r -> {
            Set<Theme> missing = EnumSet.noneOf(Theme.class);
            Map<Theme, ThemePlan> delivered = new EnumMap<>(Theme.class);
            for (Theme theme : r.themes()) {
                if (operational.containsKey(theme)) {
                    delivered.put(theme, operational.get(theme));
                } else {
                    missing.add(theme);
                }
            }
            return new RequestStatus(r, points.get(r.actionPointId()), delivered, missing);
        }).toList();
    }
}
