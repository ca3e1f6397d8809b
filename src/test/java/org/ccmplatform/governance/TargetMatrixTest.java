package org.ccmplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.governance.GovernanceFixture.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccmplatform.governance.PlanSnapshot.ActivitySnapshot;
import org.ccmplatform.registry.State;
import org.junit.jupiter.api.Test;

/** The matrix of States by theme, from the plans' activities. */
class TargetMatrixTest {

    final State lebanon = state("LBN", "Lebanon");
    final State laos = state("LAO", "Lao People's Democratic Republic");
    final State myanmar = state("MMR", "Myanmar");
    final Map<String, State> states = Map.of("LBN", lebanon, "LAO", laos, "MMR", myanmar);

    static PlanSnapshot plan(Theme theme, ActivitySnapshot... activities) {
        return new PlanSnapshot(theme, "Objectives", null, null, null, null, List.of(activities));
    }

    static ActivitySnapshot activity(String title, String... targets) {
        return new ActivitySnapshot(1, title, "owner", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 1),
                ActivityStatus.PLANNED, List.of(targets));
    }

    @Test
    void aStateTargetedByTwoThemesIsSharedSoItsCoordinatorsApproachItTogether() {
        TargetMatrix matrix = TargetMatrix.of(List.of(
                plan(Theme.CLEARANCE, activity("Beirut workshop", "LBN")),
                plan(Theme.VICTIM_ASSISTANCE, activity("Letters", "LBN", "LAO")),
                plan(Theme.UNIVERSALIZATION, activity("Workshop", "MMR"))), states, Locale.ENGLISH);

        assertThat(matrix.rows()).extracting(r -> r.state().iso3()).containsExactly("LAO", "LBN", "MMR");
        TargetMatrix.Row row = matrix.rows().get(1);
        assertThat(row.shared()).isTrue();
        assertThat(row.of(Theme.CLEARANCE)).extracting(ActivitySnapshot::title).containsExactly("Beirut workshop");
        assertThat(row.of(Theme.TRANSPARENCY)).isEmpty();
        assertThat(matrix.sharedCount()).isEqualTo(1);
    }

    @Test
    void everythingPlannedForAStateIsReadThemeByTheme() {
        TargetMatrix matrix = TargetMatrix.of(List.of(
                plan(Theme.CLEARANCE, activity("Beirut workshop", "LBN"), activity("Lessons", "LBN", "LAO")),
                plan(Theme.COOPERATION_AND_ASSISTANCE, activity("Side event", "LBN"))), states, Locale.ENGLISH);

        assertThat(matrix.forState(lebanon)).containsOnlyKeys(Theme.CLEARANCE, Theme.COOPERATION_AND_ASSISTANCE);
        assertThat(matrix.forState(lebanon).get(Theme.CLEARANCE)).hasSize(2);
        assertThat(matrix.forState(myanmar)).isEmpty();
    }

    @Test
    void aStateUnknownToTheRegisterIsLeftOut() {
        TargetMatrix matrix = TargetMatrix.of(List.of(plan(Theme.CLEARANCE, activity("Workshop", "XXX", "LBN"))),
                states, Locale.ENGLISH);

        assertThat(matrix.rows()).extracting(r -> r.state().iso3()).containsExactly("LBN");
    }
}
