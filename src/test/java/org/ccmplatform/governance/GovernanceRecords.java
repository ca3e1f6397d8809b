package org.ccmplatform.governance;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccmplatform.shared.CurrentUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the governance tests read and make: the demo's 7MSP term, and terms of their own far in the future (one
 * Review Conference each, numbered from 100 and dated from 2100 in the order they are made), so that no test reads
 * another's records nor changes the current term.
 */
final class GovernanceRecords {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    final Presidencies presidencies;
    final CommitteeDesk committee;
    final CommitteeRoster roster;
    final PlanDesk plans;
    final UserDetailsService users;

    private GovernanceRecords(ApplicationContext context) {
        presidencies = context.getBean(Presidencies.class);
        committee = context.getBean(CommitteeDesk.class);
        roster = context.getBean(CommitteeRoster.class);
        plans = context.getBean(PlanDesk.class);
        users = context.getBean(UserDetailsService.class);
    }

    static GovernanceRecords of(ApplicationContext context) {
        return new GovernanceRecords(context);
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    Term seventhMsp() {
        return roster.terms().stream().filter(t -> t.msp().shortName().equals("7MSP")).findFirst().orElseThrow();
    }

    /** A Review Conference of its own, three days long, in a year after every other test's. */
    Term newTerm() {
        int n = NEXT.getAndIncrement();
        LocalDate start = LocalDate.of(2000 + n, 9, 1);
        StatesPartiesMeeting rc = presidencies.recordOnBehalf(new Presidencies.MspDetails(
                MeetingKind.REVIEW_CONFERENCE, n, start, start.plusDays(2), null, "DEU", "Test President"));
        return roster.term(rc.id()).orElseThrow();
    }

    /** A term with a concept note on the theme, written by the ISU. */
    ThemePlan noteIn(Term term, Theme theme) {
        return plans.write(term.id(), theme, new ConceptNote("Objectives " + UUID.randomUUID(), null, null, null),
                user("isu"));
    }
}
