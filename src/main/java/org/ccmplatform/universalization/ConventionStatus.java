package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.universalization.PartiesOverTime.Point;

/**
 * The Convention's status on a day, for the public page: how many States Parties, which States signed without
 * ratifying, which States are not party by UN region (with their category), the count at each year's end and the
 * targets.
 */
public record ConventionStatus(LocalDate day, int statesParties, List<NotPartyRow> signatories,
        Map<UnRegion, List<NotPartyRow>> notPartyByRegion, List<Point> overTime,
        List<UniversalizationTarget> targets, String chart) {

    public int notPartyCount() {
        return notPartyByRegion.values().stream().mapToInt(List::size).sum();
    }

    /** The targets whose day falls in a year, for the table beside the chart. */
    public List<UniversalizationTarget> targetsIn(int year) {
        return targets.stream().filter(t -> t.targetDate().getYear() == year).toList();
    }

    /** The years of targets after the last counted year, to show them in the table too. */
    public List<UniversalizationTarget> laterTargets() {
        int last = overTime.isEmpty() ? day.getYear() : overTime.get(overTime.size() - 1).year();
        return targets.stream().filter(t -> t.targetDate().getYear() > last).toList();
    }
}
