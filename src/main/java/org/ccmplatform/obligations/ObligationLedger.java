package org.ccmplatform.obligations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.Treaty;
import org.ccmplatform.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads obligations with everything derived from them. The whole set is bounded (States Parties times articles), so a
 * list is computed in a handful of queries and then filtered, sorted and paged: its status depends on today's date
 * and on the figures, not on a stored column.
 */
@Service
@Transactional(readOnly = true)
public class ObligationLedger {

    private final Obligations obligations;
    private final ExtensionRequests requests;
    private final ProgressFigures figures;
    private final AssistanceCommitments commitments;
    private final ExtensionSteps steps;
    private final StateRegister register;
    private final Clock clock;

    ObligationLedger(Obligations obligations, ExtensionRequests requests, ProgressFigures figures,
            AssistanceCommitments commitments, ExtensionSteps steps, StateRegister register, Clock clock) {
        this.obligations = obligations;
        this.requests = requests;
        this.figures = figures;
        this.commitments = commitments;
        this.steps = steps;
        this.register = register;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Obligations by the filter, in the reader's order: State name, then article. */
    public Page<ObligationView> list(ObligationFilter filter, Locale locale, Pageable pageable) {
        return list(filter, ObligationSort.STATE, locale, pageable);
    }

    public Page<ObligationView> list(ObligationFilter filter, ObligationSort sort, Locale locale, Pageable pageable) {
        List<ObligationView> all = all(filter, sort, locale);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /** Every obligation the filter keeps, in the given order (for an export; the set is bounded). */
    public List<ObligationView> all(ObligationFilter filter, ObligationSort sort, Locale locale) {
        return views(filter.stateIso3() == null ? obligations.everyOne()
                        : register.find(filter.stateIso3()).map(s -> obligations.ofState(s.id())).orElse(List.of()))
                .stream()
                .filter(v -> filter.article() == null || v.obligation().article() == filter.article())
                .filter(v -> filter.status() == null || v.status() == filter.status())
                .filter(v -> filter.region() == null || v.obligation().state().region() == filter.region())
                .sorted(sort.comparator(locale))
                .toList();
    }

    /** Every obligation of a State, with its derived dates and status. */
    public List<ObligationView> ofState(State state) {
        return views(obligations.ofState(state.id()));
    }

    public ObligationView view(long id) {
        return views(List.of(get(id))).get(0);
    }

    /** The views of some obligations by id, in a few queries whatever their number (unknown ids are left out). */
    public Map<Long, ObligationView> viewsOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : views(obligations.withIds(ids)).stream()
                .collect(Collectors.toMap(v -> v.obligation().id(), v -> v));
    }

    public Obligation get(long id) {
        return obligations.findById(id).orElseThrow(() -> new NotFoundException("Obligation", id));
    }

    public List<ProgressFigure> figuresOf(Obligation obligation) {
        return figures.findByObligationOrderByIdAsc(obligation);
    }

    /** The figures of some obligations, by obligation id, in one query. */
    public Map<Long, List<ProgressFigure>> figuresOf(List<Obligation> some) {
        return some.isEmpty() ? Map.of() : figures.findByObligationInOrderByIdAsc(some).stream()
                .collect(Collectors.groupingBy(f -> f.obligation().id()));
    }

    public List<ExtensionRequest> requestsOf(Obligation obligation) {
        return requests.findByObligationOrderByIdAsc(obligation);
    }

    /** Every step of the obligation, oldest first. */
    public List<ObligationHistory.Event> history(ObligationView view) {
        List<ExtensionRequest> all = requestsOf(view.obligation());
        Map<Long, List<ExtensionStep>> stepsByRequest = all.isEmpty() ? Map.of()
                : steps.findByRequestInOrderByTakenAtAscIdAsc(all).stream()
                        .collect(Collectors.groupingBy(s -> s.request().id()));
        return ObligationHistory.of(view, all, stepsByRequest);
    }

    /**
     * Where every obligation under an article stood on a past day, in four queries: only those begun by the day, with
     * the extensions decided by then (see {@link #deadlineOn}), the figures known by then (a year's figures from the next year, dated ones
     * from their day) and a completion only if it came by the day.
     */
    public List<ObligationStanding> standingsOn(LocalDate day, Article article) {
        List<Obligation> some = obligations.everyOne().stream().filter(o -> o.article() == article).toList();
        if (some.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> entryIntoForce = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.entryIntoForce() != null)
                .collect(Collectors.toMap(p -> p.state().id(), Participation::entryIntoForce, (a, b) -> a));
        Map<Long, List<ExtensionRequest>> granted = requests.grantedFor(some).stream()
                .collect(Collectors.groupingBy(r -> r.obligation().id()));
        Map<Long, List<ProgressFigure>> known = figures.findByObligationInOrderByIdAsc(some).stream()
                .filter(f -> f.year() != null ? f.year() < day.getYear() : !f.date().isAfter(day))
                .collect(Collectors.groupingBy(f -> f.obligation().id()));
        return some.stream()
                .filter(o -> o.startFrom(entryIntoForce.get(o.state().id())) != null
                        && !o.startFrom(entryIntoForce.get(o.state().id())).isAfter(day))
                .map(o -> {
                    LocalDate start = o.startFrom(entryIntoForce.get(o.state().id()));
                    LocalDate deadline = deadlineOn(day, article.deadlineFrom(start),
                            granted.getOrDefault(o.id(), List.of()));
                    ObligationStatus status = o.completedOn() != null && !o.completedOn().isAfter(day)
                            ? ObligationStatus.COMPLETED
                            : ObligationView.pending(deadline, Projection.of(article,
                                    known.getOrDefault(o.id(), List.of())), day);
                    return new ObligationStanding(o, deadline, status);
                })
                .toList();
    }

    /**
     * The deadline on a day after the extensions decided by then, in the order of their deadlines. One whose decision
     * day is not recorded (a grant from the public record) counts as decided by the deadline it extended, since an
     * extension is decided before the deadline runs out.
     */
    static LocalDate deadlineOn(LocalDate day, LocalDate original, List<ExtensionRequest> granted) {
        LocalDate deadline = original;
        for (ExtensionRequest extension : granted.stream()
                .sorted(java.util.Comparator.comparing(ExtensionRequest::grantedDeadline)).toList()) {
            LocalDate decided = extension.decidedOn() != null ? extension.decidedOn() : deadline;
            if (decided.isAfter(day)) {
                break;
            }
            deadline = extension.grantedDeadline();
        }
        return deadline;
    }

    /** The views of some obligations, in four queries whatever their number. */
    List<ObligationView> views(List<Obligation> some) {
        if (some.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Treaty ccm = register.ccm();
        State first = some.get(0).state();
        boolean oneState = some.stream().allMatch(o -> o.state().id().equals(first.id()));
        Map<Long, LocalDate> entryIntoForce = (oneState ? register.participation(first, ccm).stream()
                : register.participationsIn(ccm).stream())
                .filter(p -> p.entryIntoForce() != null)
                .collect(Collectors.toMap(p -> p.state().id(), Participation::entryIntoForce, (a, b) -> a));
        Map<Long, List<ExtensionRequest>> granted = requests.grantedFor(some).stream()
                .collect(Collectors.groupingBy(r -> r.obligation().id()));
        List<Obligation> measured = some.stream()
                .filter(o -> o.article() == Article.ARTICLE_3 || o.article() == Article.ARTICLE_4).toList();
        Map<Long, List<ProgressFigure>> reported = measured.isEmpty() ? Map.of()
                : figures.findByObligationInOrderByIdAsc(measured).stream()
                        .collect(Collectors.groupingBy(f -> f.obligation().id()));
        List<Obligation> assistance = some.stream().filter(o -> o.article() == Article.ARTICLE_5).toList();
        Map<Long, List<AssistanceCommitment>> committed = assistance.isEmpty() ? Map.of()
                : commitments.findByObligationIn(assistance).stream()
                        .collect(Collectors.groupingBy(c -> c.obligation().id()));
        return some.stream().map(o -> ObligationView.of(o, entryIntoForce.get(o.state().id()),
                granted.getOrDefault(o.id(), List.of()), reported.getOrDefault(o.id(), List.of()),
                committed.getOrDefault(o.id(), List.of()), today)).toList();
    }

}
