package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The number of States Parties at the end of each year since the first deposit, and today for the year under way:
 * a State counts from the day it deposited its instrument until the day its withdrawal takes effect, as the
 * registry's status says.
 */
public final class PartiesOverTime {

    private PartiesOverTime() {}

    /** When a State deposited and, if it withdrew, when the withdrawal took effect. */
    public record Membership(LocalDate deposited, LocalDate withdrawalEffective) {

        boolean partyOn(LocalDate day) {
            return deposited != null && !deposited.isAfter(day)
                    && (withdrawalEffective == null || withdrawalEffective.isAfter(day));
        }
    }

    /** The count on a day: the last day of a year, or today. */
    public record Point(LocalDate day, int count) {

        public int year() {
            return day.getYear();
        }
    }

    static List<Point> yearEnds(List<Membership> members, LocalDate today) {
        int first = members.stream().map(Membership::deposited).filter(Objects::nonNull)
                .mapToInt(LocalDate::getYear).min().orElse(today.getYear());
        List<Point> points = new ArrayList<>();
        for (int year = first; year <= today.getYear(); year++) {
            LocalDate day = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            points.add(new Point(day, (int) members.stream().filter(m -> m.partyOn(day)).count()));
        }
        return points;
    }

    /** The count on a day. */
    static int on(List<Membership> members, LocalDate day) {
        return (int) members.stream().filter(m -> m.partyOn(day)).count();
    }
}
