package org.ccmplatform.sponsorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.sponsorship.SponsorshipReports.MeetingLine;
import org.ccmplatform.sponsorship.SponsorshipReports.MeetingReport;
import org.ccmplatform.sponsorship.SponsorshipReports.YearLine;
import org.ccmplatform.sponsorship.SponsorshipReports.YearReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Sponsorship Programme's figures: per meeting, per year and year by year with the balance carried over. Counts
 * and States for everyone; the named applications only for those who may see them.
 */
@Service
@Transactional(readOnly = true)
public class SponsorshipLedger {

    private final SponsorshipContributions contributions;
    private final SponsorshipApplications applications;
    private final MeetingPlanner meetings;
    private final Clock clock;

    SponsorshipLedger(SponsorshipContributions contributions, SponsorshipApplications applications,
            MeetingPlanner meetings, Clock clock) {
        this.contributions = contributions;
        this.applications = applications;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** A public meeting's figures; the named applications are those the reader may see. */
    public MeetingReport meetingReport(long meetingId, CurrentUser user) {
        Meeting meeting = meetings.byIds(List.of(meetingId)).stream()
                .filter(m -> m.visibility() == MeetingVisibility.PUBLIC).findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        List<SponsorshipApplication> all = applications.ofMeeting(meetingId);
        List<SponsorshipApplication> sponsored = all.stream().filter(a -> a.status().isSponsored()).toList();
        Map<Long, State> represented = new LinkedHashMap<>();
        sponsored.stream().map(SponsorshipApplication::state)
                .sorted(Comparator.comparing(State::iso3)).forEach(s -> represented.putIfAbsent(s.id(), s));
        return new MeetingReport(meeting, sponsored.size(), List.copyOf(represented.values()),
                sum(sponsored, SponsorshipApplication::allocated), sum(sponsored, SponsorshipApplication::actual),
                sum(sponsored, SponsorshipApplication::cost),
                all.stream().filter(a -> a.isSeenBy(user)).toList());
    }

    /** A year's figures, with its meetings. */
    public YearReport yearReport(int year) {
        if (year < Sponsorship.FIRST_YEAR || year > today().getYear() + 1) {
            throw new RuleViolation("year", "sponsorship.yearOutOfRange", String.valueOf(Sponsorship.FIRST_YEAR),
                    String.valueOf(today().getYear() + 1));
        }
        List<SponsorshipContribution> received = contributions.ofYear(year);
        Money contributed = received.stream().map(SponsorshipContribution::amount)
                .reduce(Sponsorship.zero(), Money::plus);
        int donors = (int) received.stream().map(c -> c.donor().key()).distinct().count();
        List<SponsorshipApplication> sponsored = applications.ofYear(year, SponsorshipDesk.SPONSORED);
        Map<Long, List<SponsorshipApplication>> byMeeting = sponsored.stream()
                .collect(Collectors.groupingBy(a -> a.meeting().id(), LinkedHashMap::new, Collectors.toList()));
        List<MeetingLine> lines = new ArrayList<>();
        byMeeting.values().forEach(some -> lines.add(new MeetingLine(some.get(0).meeting(), some.size(),
                (int) some.stream().map(a -> a.state().id()).distinct().count(),
                sum(some, SponsorshipApplication::allocated), sum(some, SponsorshipApplication::actual),
                sum(some, SponsorshipApplication::cost))));
        Money carriedIn = carriedInto(year);
        Money cost = sum(sponsored, SponsorshipApplication::cost);
        return new YearReport(year, carriedIn, received, contributed, donors, sponsored.size(),
                (int) sponsored.stream().map(a -> a.state().id()).distinct().count(),
                sum(sponsored, SponsorshipApplication::allocated), sum(sponsored, SponsorshipApplication::actual),
                cost, carriedIn.plus(contributed).minus(cost), lines);
    }

    /** Every year with a contribution or a sponsored delegate, newest first, each with its closing balance. */
    public List<YearLine> years() {
        Map<Integer, Object[]> given = new TreeMap<>();
        contributions.byYear().forEach(row -> given.put(((Number) row[0]).intValue(), row));
        Map<Integer, Object[]> spent = new TreeMap<>();
        applications.byYear().forEach(row -> spent.put(((Number) row[0]).intValue(), row));
        Set<Integer> years = new java.util.TreeSet<>(given.keySet());
        years.addAll(spent.keySet());
        List<YearLine> lines = new ArrayList<>();
        Money balance = Sponsorship.zero();
        for (int year : years) {
            Object[] in = given.get(year);
            Object[] out = spent.get(year);
            Money contributed = Sponsorship.francs(in == null ? null : (BigDecimal) in[1]);
            Money cost = Sponsorship.francs(out == null ? null : (BigDecimal) out[3]);
            balance = balance.plus(contributed).minus(cost);
            lines.add(new YearLine(year, contributed, in == null ? 0 : ((Number) in[2]).intValue(),
                    out == null ? 0 : ((Number) out[1]).intValue(), out == null ? 0 : ((Number) out[2]).intValue(),
                    cost, balance));
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The balance the years before a year leave to it: their contributions less what their delegates cost. */
    Money carriedInto(int year) {
        return Sponsorship.francs(contributions.totalBefore(year)).minus(Sponsorship.francs(
                applications.costBefore(year)));
    }
    private static Money sum(List<SponsorshipApplication> some,
            java.util.function.Function<SponsorshipApplication, Money> amount) {
        return some.stream().map(amount).reduce(Sponsorship.zero(), Money::plus);
    }
}
