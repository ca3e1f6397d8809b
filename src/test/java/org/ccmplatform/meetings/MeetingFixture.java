package org.ccmplatform.meetings;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateNames;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Meetings, agenda items, owners and people in one line, as the unit tests of the rules need them: never stored, but
 * with ids, as if read from the database. Every meeting is in Geneva time unless said otherwise.
 */
final class MeetingFixture {

    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private static final AtomicLong IDS = new AtomicLong(1000);

    private MeetingFixture() {}

    static MeetingDetails details(MeetingBody body, LocalDateTime startsAt, LocalDateTime endsAt) {
        return new MeetingDetails(body, "Coordination Committee meeting", startsAt, endsAt, GENEVA, "Geneva", false,
                EnumSet.of(Language.EN), null);
    }

    /** A Coordination Committee meeting in Geneva from 10:00 to 11:30 on that day. */
    static Meeting committeeMeeting(LocalDate day) {
        return meeting(details(MeetingBody.COORDINATION_COMMITTEE, day.atTime(10, 0), day.atTime(11, 30)));
    }

    static Meeting meeting(MeetingDetails details) {
        return withId(new Meeting(details));
    }

    /** A top-level agenda item at that position. */
    static AgendaItem item(Meeting meeting, int position, String title) {
        return withId(new AgendaItem(meeting, null, position, title, null));
    }

    static AgendaItem subItem(AgendaItem parent, int position, String title) {
        return withId(new AgendaItem(parent.meeting(), parent, position, title, null));
    }

    /** The item of a later meeting under which it approves the minutes of an earlier one. */
    static AgendaItem approvalItem(Meeting later, Meeting earlier) {
        return withId(new AgendaItem(later, null, 1, "Approval of the minutes", earlier));
    }

    static ActionPoint actionPoint(Meeting meeting, ActionPointOwner owner, LocalDate due) {
        return withId(new ActionPoint(meeting, null, "Turn the concept note into an operational plan", owner, due));
    }

    static State state(String iso3, String englishName) {
        State state = mock(State.class);
        long id = IDS.incrementAndGet();
        when(state.id()).thenReturn(id);
        when(state.iso3()).thenReturn(iso3);
        when(state.names()).thenReturn(new StateNames(englishName, englishName, englishName));
        when(state.name(org.mockito.ArgumentMatchers.any(Locale.class))).thenReturn(englishName);
        return state;
    }

    static Organisation organisation(String name) {
        Organisation organisation = mock(Organisation.class);
        long id = IDS.incrementAndGet();
        when(organisation.id()).thenReturn(id);
        when(organisation.name()).thenReturn(name);
        when(organisation.shortName()).thenReturn(name);
        return organisation;
    }

    /** A signed-in person who acts for that State (or none) and that organisation (or none). */
    static CurrentUser personActingFor(State state, Organisation organisation) {
        return new CurrentUser(IDS.incrementAndGet(), "someone", null, "Someone", Set.of(Role.COORDINATOR),
                state == null ? null : state.id(), organisation == null ? null : organisation.id(), true, false);
    }

    private static <T> T withId(T entity) {
        ReflectionTestUtils.setField(entity, "id", IDS.incrementAndGet());
        return entity;
    }
}
