package org.ccmplatform.governance;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.ccmplatform.governance.PlanActivity.ActivityTerms;
import org.ccmplatform.registry.State;
import org.springframework.test.util.ReflectionTestUtils;

/** Domain objects of the governance tests in one line each. */
final class GovernanceFixture {

    private static final AtomicLong IDS = new AtomicLong(10_000);
    static final Instant NOW = Instant.parse("2016-11-04T10:00:00Z");

    private GovernanceFixture() {}

    static State state(String iso3, String englishName) {
        State state = mock(State.class);
        when(state.id()).thenReturn(IDS.incrementAndGet());
        when(state.iso3()).thenReturn(iso3);
        when(state.name(org.mockito.ArgumentMatchers.any(Locale.class))).thenReturn(englishName);
        return state;
    }

    static ThemePlan conceptNote(Theme theme) {
        StatesPartiesMeeting msp = new StatesPartiesMeeting(MeetingKind.MEETING_OF_STATES_PARTIES, 7,
                LocalDate.of(2017, 9, 4), LocalDate.of(2017, 9, 6), null);
        return new ThemePlan(msp, theme, new ConceptNote("Objectives", null, "8 new States Parties", null), "isu",
                NOW);
    }

    static ActivityTerms activity(String title, LocalDate start, LocalDate end, State... targets) {
        return new ActivityTerms(title, "France and Zambia", start, end, ActivityStatus.PLANNED, List.of(targets));
    }

    /** Gives the plan's activities ids, as saving would. */
    static ThemePlan saved(ThemePlan plan) {
        plan.activities().forEach(a -> {
            if (a.id() == null) {
                ReflectionTestUtils.setField(a, "id", IDS.incrementAndGet());
            }
        });
        return plan;
    }
}
