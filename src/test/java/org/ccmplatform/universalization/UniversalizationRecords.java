package org.ccmplatform.universalization;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.ccmplatform.accounts.AccountService;
import org.ccmplatform.accounts.MemberAccounts;
import org.ccmplatform.governance.CommitteeRoster;
import org.ccmplatform.governance.Term;
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
    final AccountService accounts;
    final UserDetailsService users;
    final JdbcTemplate jdbc;
    final EntityManager entities;

    private UniversalizationRecords(ApplicationContext context) {
        this.desk = context.getBean(UniversalizationDesk.class);
        this.board = context.getBean(UniversalizationBoard.class);
        this.register = context.getBean(StateRegister.class);
        this.roster = context.getBean(CommitteeRoster.class);
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
     * roster's own seat is used when there is one; otherwise the term and the seat are written for this test.
     */
    CurrentUser universalizationCoordinator(String iso3, LocalDate day) {
        State state = register.get(iso3);
        Term term = roster.termOn(day).orElseGet(() -> termAround(day));
        Long seats = jdbc.queryForObject("select count(*) from committee_seat where term_id = ? and seat = "
                + "'COORDINATOR' and theme = 'UNIVERSALIZATION' and state_id = ?", Long.class, term.id(), state.id());
        if (seats == 0) {
            jdbc.update("insert into committee_seat (term_id, seat, theme, state_id, version) values (?, "
                    + "'COORDINATOR', 'UNIVERSALIZATION', ?, 0)", term.id(), state.id());
        }
        return member(Role.COORDINATOR, state, "Universalization coordinator (test)");
    }

    /** A new account of this role acting for the State. */
    CurrentUser member(Role role, State state, String name) {
        return user(MemberAccounts.actingFor(accounts, "univ", name, role, state.id(), null).username());
    }

    private Term termAround(LocalDate day) {
        int ordinal = jdbc.queryForObject("select coalesce(max(ordinal), 0) from states_parties_meeting",
                Integer.class) + 100;
        msp(ordinal, day.minusDays(32), day.minusDays(30));
        msp(ordinal + 1, day.plusDays(300), day.plusDays(302));
        return roster.termOn(day).orElseThrow();
    }

    private void msp(int ordinal, LocalDate start, LocalDate end) {
        jdbc.update("insert into states_parties_meeting (kind, ordinal, start_date, end_date, place, version) values "
                + "('MEETING_OF_STATES_PARTIES', ?, ?, ?, 'Geneva (test)', 0)", ordinal, start, end);
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
