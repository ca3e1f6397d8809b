package org.ccmplatform.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which plan was in force on a day: the one whose period holds it; after the last one, the last one. */
class PlanInForceTest {

    static final ActionPlan DUBROVNIK = new ActionPlan("DAP", "Dubrovnik Action Plan", "Plan d’action de Dubrovnik",
            "Plan de Acción de Dubrovnik", LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), "1RC");
    static final ActionPlan LAUSANNE = new ActionPlan("LAP", "Lausanne Action Plan", "Plan d’action de Lausanne",
            "Plan de Acción de Lausana", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31), "2RC");
    static final List<ActionPlan> PLANS = List.of(DUBROVNIK, LAUSANNE);

    @Test
    @DisplayName("No plan was in force before the first began; each is in force from its first to its last day")
    void eachPlanIsInForceOverItsPeriod() {
        assertThat(ActionPlanDesk.planFor(PLANS, LocalDate.of(2015, 12, 31))).isEmpty();
        assertThat(ActionPlanDesk.planFor(PLANS, LocalDate.of(2016, 1, 1))).contains(DUBROVNIK);
        assertThat(ActionPlanDesk.planFor(PLANS, LocalDate.of(2020, 12, 31))).contains(DUBROVNIK);
        assertThat(ActionPlanDesk.planFor(PLANS, LocalDate.of(2021, 1, 1))).contains(LAUSANNE);
    }

    @Test
    @DisplayName("After the latest plan's end, that plan is still the one shown, and says it is over")
    void afterTheLatestPlanItIsStillShown() {
        Optional<ActionPlan> after = ActionPlanDesk.planFor(PLANS, LocalDate.of(2027, 3, 1));

        assertThat(after).contains(LAUSANNE);
        assertThat(LAUSANNE.isInForceOn(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(ActionPlanDesk.planFor(List.of(), LocalDate.of(2027, 3, 1))).isEmpty();
    }
}
