package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkPlanTest {

    @Test
    void theFullSetIsTheOneThePerformanceTargetNames() {
        assertThat(BenchmarkPlan.at(1)).isEqualTo(new BenchmarkPlan(200, 5_000, 500, 50_000));
        assertThat(BenchmarkPlan.at(1).pledgesToNeeds()).isEqualTo(45_000);
        assertThat(BenchmarkPlan.at(1).donors()).isEqualTo(100);
    }

    @Test
    void aScaleShrinksNeedsOffersAndPledgesButKeepsTwoHundredStates() {
        assertThat(BenchmarkPlan.at(0.01)).isEqualTo(new BenchmarkPlan(200, 50, 5, 500));
        assertThat(BenchmarkPlan.at(0.0001)).isEqualTo(new BenchmarkPlan(200, 1, 1, 5));
    }

    @Test
    void aScaleOfNothingIsRefused() {
        assertThatThrownBy(() -> BenchmarkPlan.at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
