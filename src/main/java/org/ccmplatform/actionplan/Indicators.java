package org.ccmplatform.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ccmplatform.actionplan.PlanFacts.Commitment;
import org.ccmplatform.actionplan.PlanFacts.Party;
import org.ccmplatform.actionplan.PlanFacts.Report;
import org.ccmplatform.actionplan.PlanFacts.Standing;
import org.ccmplatform.obligations.AssistanceCommitment;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ReportKind;

/**
 * Every indicator's figure computed from the facts of a day. Only States Parties on that day count: a State whose
 * withdrawal had taken effect drops out of every figure, and one that had not yet deposited is not in the facts.
 */
final class Indicators {

    private Indicators() {}

    static Map<IndicatorCode, Figure> of(PlanFacts facts) {
        LocalDate day = facts.day();
        Set<String> parties = iso3s(facts.parties(), Party::party);
        Set<String> inForce = iso3s(facts.parties(), Party::inForce);
        Map<IndicatorCode, Figure> figures = new EnumMap<>(IndicatorCode.class);
        figures.put(IndicatorCode.STATES_PARTIES, Figure.count(parties.size()));
        figures.put(IndicatorCode.STATES_PARTIES_IN_FORCE, Figure.of(inForce.size(), parties.size()));
        transparency(facts.reports(), parties, day, figures);
        victimAssistance(facts, inForce, figures);
        Set<String> measuresInPlace = facts.measures().stream().filter(m -> m.inPlaceOn(day))
                .map(PlanFacts.Measures::iso3).filter(inForce::contains).collect(Collectors.toSet());
        figures.put(IndicatorCode.LEGISLATION_IN_PLACE, Figure.of(measuresInPlace.size(), inForce.size()));
        standings(facts.stockpiles(), inForce, figures, IndicatorCode.STOCKPILES_COMPLETED,
                IndicatorCode.STOCKPILES_ON_TRACK, IndicatorCode.STOCKPILES_AT_RISK, IndicatorCode.STOCKPILES_OVERDUE);
        standings(facts.clearance(), inForce, figures, IndicatorCode.CLEARANCE_COMPLETED,
                IndicatorCode.CLEARANCE_ON_TRACK, IndicatorCode.CLEARANCE_AT_RISK, IndicatorCode.CLEARANCE_OVERDUE);
        return figures;
    }

    /**
     * Initial reports: States Parties whose report was due before the day and not received by it, out of those whose
     * report had fallen due. Annual reports: the same for the latest year that a report had fallen due for.
     */
    private static void transparency(List<Report> all, Set<String> parties, LocalDate day,
            Map<IndicatorCode, Figure> figures) {
        List<Report> due = all.stream().filter(r -> parties.contains(r.iso3()) && r.dueDate().isBefore(day)).toList();
        List<Report> initial = due.stream().filter(r -> r.kind() == ReportKind.INITIAL).toList();
        Set<String> lateInitial = iso3s(initial, r -> r.overdueOn(day), Report::iso3);
        figures.put(IndicatorCode.INITIAL_REPORTS_OVERDUE,
                Figure.of(lateInitial.size(), iso3s(initial, r -> true, Report::iso3).size()));
        Integer latest = due.stream().filter(r -> r.kind() == ReportKind.ANNUAL).map(Report::yearCovered)
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        List<Report> annual = due.stream()
                .filter(r -> r.kind() == ReportKind.ANNUAL && Objects.equals(r.yearCovered(), latest)).toList();
        Set<String> lateAnnual = iso3s(annual, r -> r.overdueOn(day), Report::iso3);
        long owing = iso3s(annual, r -> true, Report::iso3).size();
        figures.put(IndicatorCode.ANNUAL_REPORTS_OVERDUE, new Figure(lateAnnual.size(), owing, latest));
        figures.put(IndicatorCode.ANNUAL_REPORTS_OVERDUE_INITIAL_IN, new Figure(
                lateAnnual.stream().filter(s -> !lateInitial.contains(s)).count(), owing, latest));
    }

    /** Out of the States Parties (in force on the day) with an Article 5 obligation. */
    private static void victimAssistance(PlanFacts facts, Set<String> inForce, Map<IndicatorCode, Figure> figures) {
        LocalDate day = facts.day();
        Set<String> concerned = facts.victimAssistance().stream().filter(inForce::contains)
                .collect(Collectors.toSet());
        List<Commitment> theirs = facts.commitments().stream().filter(c -> concerned.contains(c.iso3())).toList();
        commitment(theirs, AssistanceCommitment.Kind.FOCAL_POINT, day, concerned.size(), figures,
                IndicatorCode.VA_FOCAL_POINT, IndicatorCode.VA_FOCAL_POINT_OVERDUE);
        commitment(theirs, AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN, day, concerned.size(), figures,
                IndicatorCode.VA_ACTION_PLAN, IndicatorCode.VA_ACTION_PLAN_OVERDUE);
    }

    private static void commitment(List<Commitment> commitments, AssistanceCommitment.Kind kind, LocalDate day,
            long concerned, Map<IndicatorCode, Figure> figures, IndicatorCode done, IndicatorCode overdue) {
        List<Commitment> ofKind = commitments.stream().filter(c -> c.kind() == kind).toList();
        figures.put(done, Figure.of(iso3s(ofKind, c -> c.doneBy(day), Commitment::iso3).size(), concerned));
        figures.put(overdue, Figure.of(iso3s(ofKind, c -> c.overdueOn(day), Commitment::iso3).size(), concerned));
    }

    /** Obligations (one per State and article), by their status on the day, out of those begun by then. */
    private static void standings(List<Standing> all, Set<String> inForce, Map<IndicatorCode, Figure> figures,
            IndicatorCode completed, IndicatorCode onTrack, IndicatorCode atRisk, IndicatorCode overdue) {
        List<Standing> counted = all.stream().filter(s -> inForce.contains(s.iso3())).toList();
        long outOf = counted.size();
        figures.put(completed, Figure.of(count(counted, ObligationStatus.COMPLETED), outOf));
        figures.put(onTrack, Figure.of(count(counted, ObligationStatus.ON_TRACK), outOf));
        figures.put(atRisk, Figure.of(count(counted, ObligationStatus.AT_RISK), outOf));
        figures.put(overdue, Figure.of(count(counted, ObligationStatus.OVERDUE), outOf));
    }

    private static long count(Collection<Standing> standings, ObligationStatus status) {
        return standings.stream().filter(s -> s.status() == status).count();
    }

    private static Set<String> iso3s(List<Party> parties, Predicate<Party> keep) {
        return iso3s(parties, keep, Party::iso3);
    }

    private static <T> Set<String> iso3s(List<T> items, Predicate<T> keep, java.util.function.Function<T, String> iso3) {
        return items.stream().filter(keep).map(iso3).collect(Collectors.toSet());
    }
}
