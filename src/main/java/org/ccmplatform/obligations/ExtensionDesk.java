package org.ccmplatform.obligations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingPlanner;
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
    private final ObligationLedger ledger;
    private final StateRegister states;
    private final MeetingPlanner meetings;
    private final Clock clock;

    ExtensionDesk(ExtensionRequests requests, WorkPlans workPlans, AnalysisExchanges exchanges, ObligationLedger ledger,
            StateRegister states, MeetingPlanner meetings, Clock clock) {
        this.requests = requests;
        this.workPlans = workPlans;
        this.exchanges = exchanges;
        this.ledger = ledger;
        this.states = states;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** An extension request with its work plan and the Analysis Group's questions and answers. */
    public record RequestRecord(ExtensionRequest request, ObligationView obligation, List<WorkPlanYear> workPlan,
            List<AnalysisExchange> exchanges) {}

    public Page<ExtensionRequest> list(Pageable pageable) {
        return requests.newestFirst(pageable);
    }

    public RequestRecord record(long id) {
        ExtensionRequest request = get(id);
        return new RequestRecord(request, ledger.view(request.obligation().id()),
                workPlans.findByRequestOrderByPlanYearAsc(request), exchanges.findByRequestOrderByAskedAtAsc(request));
    }

    @Transactional
    public ExtensionRequest draft(long obligationId, LocalDate requestedDeadline, String justification,
            CurrentUser user) {
        Obligation obligation = ledger.get(obligationId);
        ObligationAccess.checkKeeps(obligation.state(), user);
        if (requests.findByObligationOrderByIdAsc(obligation).stream().anyMatch(r -> r.status().isOpen())) {
            throw new RuleViolation("requestedDeadline", "extension.alreadyOpen");
        }
        return requests.save(new ExtensionRequest(obligation, requestedDeadline, justification));
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
            throw new RuleViolation("year", "workPlan.yearTwice", year);
        }
        if (year < today().getYear() - 1 || year > request.requestedDeadline().getYear()) {
            throw new RuleViolation("year", "workPlan.yearOutside", request.requestedDeadline().getYear());
        }
        return workPlans.save(new WorkPlanYear(request, year, target, unit, budget, currency));
    }

    @Transactional
    public ExtensionRequest submit(long id, CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        request.submit(today(), ledger.view(request.obligation().id()).currentDeadline(),
                (int) workPlans.countByRequest(request));
        return request;
    }

    @Transactional
    public ExtensionRequest openAnalysis(long id, Set<String> memberIso3, CurrentUser user) {
        if (user == null || !(user.isIsuAdmin() || user.has(Role.PRESIDENCY))) {
            throw new AccessDeniedException("The ISU or the Presidency forms the Analysis Group");
        }
        ExtensionRequest request = get(id);
        Set<State> members = new HashSet<>();
        for (String iso3 : memberIso3 == null ? Set.<String>of() : memberIso3) {
            members.add(states.find(iso3).orElseThrow(() -> new RuleViolation("members", "state.unknown", iso3)));
        }
        request.openAnalysis(members);
        return request;
    }

    @Transactional
    public AnalysisExchange ask(long id, String question, CurrentUser user) {
        ExtensionRequest request = get(id);
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
        ExtensionRequest request = get(id);
        checkAnalyses(request, user);
        request.concludeAnalysis(report);
        return request;
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
        request.decide(granted, grantedDeadline, meeting, ledger.view(request.obligation().id()).currentDeadline());
        return request;
    }

    @Transactional
    public ExtensionRequest withdraw(long id, CurrentUser user) {
        ExtensionRequest request = ofTheState(id, user);
        request.withdraw();
        return request;
    }

    /** Records a decision of the past from the public record, with its source (reference data). */
    @Transactional
    public ExtensionRequest recordEarlierDecision(Obligation obligation, LocalDate requested, LocalDate granted,
            String decidedBy, LocalDate decidedOn, String source) {
        return requests.save(ExtensionRequest.decidedEarlier(obligation, requested, granted, decidedBy, decidedOn,
                source));
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
        ExtensionRequest request = get(id);
        ObligationAccess.checkKeeps(request.obligation().state(), user);
        return request;
    }

    private ExtensionRequest get(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("ExtensionRequest", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
