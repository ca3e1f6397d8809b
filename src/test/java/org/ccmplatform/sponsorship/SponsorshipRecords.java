package org.ccmplatform.sponsorship;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.meetings.MeetingDetails;
import org.ccmplatform.meetings.MeetingPlanner;
import org.ccmplatform.meetings.MeetingVisibility;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.sponsorship.SponsorshipDesk.ApplicationDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the sponsorship integration tests build and read, in one line each, over the one shared test context. */
final class SponsorshipRecords {

    final SponsorshipDesk desk;
    final MeetingPlanner meetings;
    final UserDetailsService users;
    final JdbcTemplate jdbc;
    final EntityManager entities;

    private SponsorshipRecords(SponsorshipDesk desk, MeetingPlanner meetings, UserDetailsService users,
            JdbcTemplate jdbc, EntityManager entities) {
        this.desk = desk;
        this.meetings = meetings;
        this.users = users;
        this.jdbc = jdbc;
        this.entities = entities;
    }

    static SponsorshipRecords of(ApplicationContext context) {
        return new SponsorshipRecords(context.getBean(SponsorshipDesk.class), context.getBean(MeetingPlanner.class),
                context.getBean(UserDetailsService.class), context.getBean(JdbcTemplate.class),
                context.getBean(EntityManager.class));
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    /** The demo MSP of a year, found through its sponsored delegates. */
    long demoMsp(int year) {
        return jdbc.queryForObject("select min(meeting_id) from sponsorship_application where programme_year = ?",
                Long.class, year);
    }

    /** A demo application of a State to the MSP of a year. */
    long demoApplication(int year, String iso3) {
        return jdbc.queryForObject("select min(a.id) from sponsorship_application a join state s on s.id = a.state_id "
                + "where a.programme_year = ? and s.iso3 = ?", Long.class, year, iso3);
    }

    /** The names of the delegates of a meeting, some State's only when iso3 is given. */
    List<String> names(long meetingId, String iso3) {
        return jdbc.queryForList("select a.delegate_name from sponsorship_application a join state s on "
                + "s.id = a.state_id where a.meeting_id = ? and (? = '' or s.iso3 = ?)", String.class, meetingId,
                iso3 == null ? "" : iso3, iso3 == null ? "" : iso3);
    }

    /** A public MSP some weeks from now, to apply to. */
    Meeting comingMsp() {
        LocalDate day = desk.today().plusDays(40);
        return meetings.planOnBehalf(new MeetingDetails(MeetingBody.MEETING_OF_STATES_PARTIES,
                "Test Meeting of States Parties", day.atTime(10, 0), day.plusDays(2).atTime(18, 0),
                ZoneId.of("Europe/Zurich"), "Geneva", false, Set.of(Language.EN), MeetingVisibility.PUBLIC));
    }

    SponsorshipApplication application(Meeting meeting, String iso3, String name, String travel, String dsa) {
        return desk.submitOnBehalf(new ApplicationDetails(meeting.id(), iso3, name, "Test delegate",
                Sponsorship.francs(new BigDecimal(travel)), Sponsorship.francs(new BigDecimal(dsa))), desk.today(),
                "test");
    }

    long count(String table) {
        entities.flush();
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** What is stored, once the test's transaction has written what it holds. */
    String status(long applicationId) {
        entities.flush();
        return jdbc.queryForObject("select status from sponsorship_application where id = ?", String.class,
                applicationId);
    }

    BigDecimal sql(String query, Object... args) {
        return jdbc.queryForObject(query, BigDecimal.class, args);
    }

    long number(String query, Object... args) {
        return jdbc.queryForObject(query, Long.class, args);
    }
}
