package org.ccmplatform.obligations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingStatus;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extension request workflow and who may act at each step: the State (its focal point, or the ISU for it) drafts,
 * completes the work plan, submits, answers and may withdraw; the ISU or the Presidency forms the Analysis Group from
 * the Coordination Committee; its members (and the ISU) ask questions and conclude the analysis; the ISU records the
 * decision of the Meeting of States Parties.
 */
@Service
@Transactional(readOnly = true)
public class ExtensionDesk {

    private final ExtensionRequests requests;
    private final WorkPlans workPlans;
    private final AnalysisExchanges exchanges;
    private final ExtensionSteps steps;
    private final ObligationLedger ledger;
    private final StateRegister states;
    private final MeetingPlanner meetings;
    private final Clock clock;

    ExtensionDesk(ExtensionRequests requests, WorkPlans workPlans, AnalysisExchanges exchanges, ExtensionSteps steps,
            ObligationLedger ledger, StateRegister states, MeetingPlanner meetings, Clock clock) {
        this.requests = requests;
        this.workPlans = workPlans;
        this.exchanges = exchanges;
        this.steps = steps;
        this.ledger = ledger;
        this.states = states;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** An extension request with its work plan and the Analysis Group's questions and answers. */
    public record RequestRecord(ExtensionRequest request, ObligationView obligation, List<WorkPlanYear> workPlan,
            List<AnalysisExchange> exchanges, List<ExtensionStep> steps) {}

    /** The requests a reader may see, newest first: drafts only to their State's focal points and the ISU. */
    public Page<ExtensionRequest> list(CurrentUser user, Pageable pageable) {
        boolean everyDraft = user != null && user.isIsuAdmin();
        Long draftsOfState = user != null && user.has(Role.FOCAL_POINT) ? user.stateId() : null;
        return requests.newestFirst(draftsOfState, everyDraft, pageable);
    }

    public RequestRecord record(long id, CurrentUser user) {
        ExtensionRequest request = get(id);
        if (!mayRead(request, user)) {
            throw new NotFoundException("ExtensionRequest", id);
        }
        return new RequestRecord(request, ledger.view(request.obligation().id()),
                workPlans.findByRequestOrderByPlanYearAsc(request), exchanges.findByRequestOrderByAskedAtAsc(request),
                steps.findByRequestOrderByTakenAtAscIdAsc(request));
    }

    @Transactional
    public ExtensionRequest draft(long obligationId, LocalDate requestedDeadline, String justification,
            CurrentUser user) {
        Obligation obligation = ledger.get(obligationId);
        ObligationAccess.checkKeeps(obligation.state(), user);
        if (requests.findByObligationOrderByIdAsc(obligation).stream().anyMatch(r -> r.status().isOpen())) {
            throw new RuleViolation("requestedDeadline", "extension.alreadyOpen");
        }
        return step(requests.save(new ExtensionRequest(obligation, requestedDeadline, justification)), user);
    }

    @Transactional
    public ExtensionRequest redraft(long id, long version, LocalDate requestedDeadline, String justification,
            CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        StaleEditException.check(version, request.version());
        request.redraft(requestedDeadline, justification);
        return request;
    }

    @Transactional
    public WorkPlanYear planYear(long id, int year, BigDecimal target, WorkPlanYear.Unit unit, BigDecimal budget,
            String currency, CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        if (request.status() != RequestStatus.DRAFT) {
            throw new RuleViolation("status", "extension.wrongStep");
        }
        if (workPlans.existsByRequestAndPlanYear(request, year)) {
            throw new RuleViolation("year", "workPlan.yearTwice", String.valueOf(year));
        }
        if (year < today().getYear() - 1 || year > request.requestedDeadline().getYear()) {
            throw new RuleViolation("year", "workPlan.yearOutside",
                    String.valueOf(request.requestedDeadline().getYear()));
        }
        return workPlans.save(new WorkPlanYear(request, year, target, unit, budget, currency));
    }

    @Transactional
    public ExtensionRequest submit(long id, CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        request.submit(today(), ledger.view(request.obligation().id()).currentDeadline(),
                (int) workPlans.countByRequest(request));
        return step(request, user);
    }

    @Transactional
    public ExtensionRequest openAnalysis(long id, Set<String> memberIso3, CurrentUser user) {
        if (user == null || !(user.isIsuAdmin() || user.has(Role.PRESIDENCY))) {
            throw new AccessDeniedException("The ISU or the Presidency forms the Analysis Group");
        }
        ExtensionRequest request = readable(id, user);
        Set<State> members = new HashSet<>();
        for (String iso3 : memberIso3 == null ? Set.<String>of() : memberIso3) {
            members.add(states.find(iso3).orElseThrow(() -> new RuleViolation("members", "state.unknown", iso3)));
        }
        request.openAnalysis(members);
        return step(request, user);
    }

    @Transactional
    public AnalysisExchange ask(long id, String question, CurrentUser user) {
        ExtensionRequest request = readable(id, user);
        checkAnalyses(request, user);
        request.checkUnderAnalysis();
        return exchanges.save(new AnalysisExchange(request, question, user.getUsername(), clock.instant()));
    }

    @Transactional
    public AnalysisExchange answer(long id, long exchangeId, String answer, CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        request.checkUnderAnalysis();
        AnalysisExchange exchange = exchanges.findByIdAndRequest(exchangeId, request)
                .orElseThrow(() -> new NotFoundException("Question", exchangeId));
        exchange.answer(answer, user.getUsername(), clock.instant());
        return exchange;
    }

    @Transactional
    public ExtensionRequest conclude(long id, String report, CurrentUser user) {
        ExtensionRequest request = readable(id, user);
        checkAnalyses(request, user);
        request.concludeAnalysis(report);
        return step(request, user);
    }

    /** The ISU records the decision of a Meeting of States Parties or a Review Conference held in the platform. */
    @Transactional
    public ExtensionRequest decide(long id, boolean granted, LocalDate grantedDeadline, long meetingId,
            CurrentUser user) {
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("The ISU records the decision of the Meeting of States Parties");
        }
        ExtensionRequest request = get(id);
        Meeting meeting = meetings.byIds(List.of(meetingId)).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("meetingId", "extension.decidedByMsp"));
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolation("meetingId", "extension.meetingCancelled");
        }
        if (meeting.day().isAfter(today())) {
            throw new RuleViolation("meetingId", "extension.meetingNotHeld", meeting.day());
        }
        request.decide(granted, grantedDeadline, meeting, ledger.view(request.obligation().id()).currentDeadline());
        return step(request, user);
    }

    @Transactional
    public ExtensionRequest withdraw(long id, CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        request.withdraw();
        return step(request, user);
    }

    /** Records a decision of the past from the public record, with its source (reference data). */
    @Transactional
    public ExtensionRequest recordEarlierDecision(Obligation obligation, LocalDate requested, LocalDate granted,
            String decidedBy, LocalDate decidedOn, String source) {
        return requests.save(ExtensionRequest.decidedEarlier(obligation, requested, granted, decidedBy, decidedOn,
                source));
    }

    private ExtensionRequest step(ExtensionRequest request, CurrentUser user) {
        steps.save(new ExtensionStep(request, user.getUsername(), clock.instant()));
        return request;
    }

    public boolean mayRead(ExtensionRequest request, CurrentUser user) {
        return request.status() != RequestStatus.DRAFT || ObligationAccess.mayKeep(request.obligation().state(), user);
    }

    /** The questions and answers are for the requesting State, the Analysis Group, the ISU and the Presidency. */
    public boolean readsExchanges(ExtensionRequest request, CurrentUser user) {
        return ObligationAccess.mayKeep(request.obligation().state(), user) || analyses(request, user)
                || (user != null && user.has(Role.PRESIDENCY));
    }

    public boolean keeps(ExtensionRequest request, CurrentUser user) {
        return ObligationAccess.mayKeep(request.obligation().state(), user);
    }

    /** The Analysis Group's members act through coordinators of their State; the ISU supports the group. */
    public boolean analyses(ExtensionRequest request, CurrentUser user) {
        return user != null && (user.isIsuAdmin()
                || (user.has(Role.COORDINATOR) && request.hasAnalysisMember(user.stateId())));
    }

    private void checkAnalyses(ExtensionRequest request, CurrentUser user) {
        if (!analyses(request, user)) {
            throw new AccessDeniedException("Only the Analysis Group and the ISU analyse a request");
        }
    }

    private ExtensionRequest ofTheState(long id, CurrentUser user) {
        ExtensionRequest request = readable(id, user);
        ObligationAccess.checkKeeps(request.obligation().state(), user);
        return request;
    }

    /** A request its reader may see: a draft is not found by those who may not read it, whatever they try on it. */
    private ExtensionRequest readable(long id, CurrentUser user) {
        ExtensionRequest request = get(id);
        if (!mayRead(request, user)) {
            throw new NotFoundException("ExtensionRequest", id);
        }
        return request;
    }

    private ExtensionRequest get(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("ExtensionRequest", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
