package org.ccmplatform.universalization;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.governance.CommitteeDesk;
import org.ccmplatform.governance.CommitteeDesk.SeatDetails;
import org.ccmplatform.governance.CommitteeRoster;
import org.ccmplatform.governance.MeetingKind;
import org.ccmplatform.governance.Presidencies;
import org.ccmplatform.governance.Presidencies.MspDetails;
import org.ccmplatform.governance.SeatKind;
import org.ccmplatform.governance.StatesPartiesMeeting;
import org.ccmplatform.governance.Term;
import org.ccmplatform.governance.Theme;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.ccmplatform.universalization.UniversalizationDesk.EngagementDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the universalization integration tests build and read, in one line each, over the one shared test context.
 * Everything they build is undone with the test's transaction.
 */
final class UniversalizationRecords {

    final UniversalizationDesk desk;
    final UniversalizationBoard board;
    final StateRegister register;
    final CommitteeRoster roster;
    final CommitteeDesk committee;
    final Presidencies presidencies;
    final AccountService accounts;
    final UserDetailsService users;
    final JdbcTemplate jdbc;
    final EntityManager entities;

    private UniversalizationRecords(ApplicationContext context) {
        this.desk = context.getBean(UniversalizationDesk.class);
        this.board = context.getBean(UniversalizationBoard.class);
        this.register = context.getBean(StateRegister.class);
        this.roster = context.getBean(CommitteeRoster.class);
        this.committee = context.getBean(CommitteeDesk.class);
        this.presidencies = context.getBean(Presidencies.class);
        this.accounts = context.getBean(AccountService.class);
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.entities = context.getBean(EntityManager.class);
    }

    static UniversalizationRecords of(ApplicationContext context) {
        return new UniversalizationRecords(context);
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /**
     * A coordinator acting for the State, which coordinates universalization in the term in which the day falls. The
     * roster's own seat is used when there is one (France's in the 7MSP term of the demo); otherwise the term and the
     * seat are made for this test through the Presidency's and the committee's own use cases.
     */
    CurrentUser universalizationCoordinator(String iso3, LocalDate day) {
        State state = register.get(iso3);
        Term term = roster.termOn(day).orElseGet(() -> termAround(day));
        boolean seated = committee.committee(term).coordinators().get(Theme.UNIVERSALIZATION).stream()
                .anyMatch(s -> s.state().iso3().equals(state.iso3()));
        if (!seated) {
            committee.seatOnBehalf(term, new SeatDetails(SeatKind.COORDINATOR, Theme.UNIVERSALIZATION, iso3, null,
                    null));
        }
        return member(Role.COORDINATOR, state, "Universalization coordinator (test)");
    }

    /** A new account of this role acting for the State. */
    CurrentUser member(Role role, State state, String name) {
        return user(MemberAccounts.actingFor(accounts, "univ", name, role, state.id(), null).username());
    }

    /** Two Meetings of States Parties around the day, numbered after the last one before it. */
    private Term termAround(LocalDate day) {
        int last = roster.terms().stream().map(Term::msp)
                .filter(m -> m.kind() == MeetingKind.MEETING_OF_STATES_PARTIES && m.endDate().isBefore(day))
                .mapToInt(StatesPartiesMeeting::ordinal).max().orElse(0);
        msp(last + 1, day.minusDays(32), day.minusDays(30));
        msp(last + 2, day.plusDays(300), day.plusDays(302));
        return roster.termOn(day).orElseThrow();
    }

    private void msp(int ordinal, LocalDate start, LocalDate end) {
        presidencies.recordOnBehalf(new MspDetails(MeetingKind.MEETING_OF_STATES_PARTIES, ordinal, start, end,
                "Geneva (test)", null, null));
    }

    Engagement engagement(String iso3, LocalDate day, String what, boolean confidential) {
        return desk.engageOnBehalf(iso3, new EngagementDetails(EngagementKind.LETTER, Engager.PRESIDENCY, "DEU", null,
                null, day, what, null, confidential), "test");
    }

    long count(String table) {
        entities.flush();
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    String votesOf(String iso3) {
        entities.flush();
        return String.join(",", jdbc.queryForList("select v.vote_year || ':' || v.vote from unga_vote v join state s "
                + "on s.id = v.state_id where s.iso3 = ? order by v.vote_year", String.class, iso3));
    }
}
