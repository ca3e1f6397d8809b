package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkPlanTest {

    @Test
    void theFullSetIsTheOneThePerformanceTargetNames() {
        assertThat(BenchmarkData.Plan.at(1)).isEqualTo(new BenchmarkData.Plan(200, 5_000, 500, 50_000));
        assertThat(BenchmarkData.Plan.at(1).pledgesToNeeds()).isEqualTo(45_000);
        assertThat(BenchmarkData.Plan.at(1).donors()).isEqualTo(100);
    }

    @Test
    void aScaleShrinksNeedsOffersAndPledgesButKeepsTwoHundredStates() {
        assertThat(BenchmarkData.Plan.at(0.01)).isEqualTo(new BenchmarkData.Plan(200, 50, 5, 500));
        assertThat(BenchmarkData.Plan.at(0.0001)).isEqualTo(new BenchmarkData.Plan(200, 1, 1, 5));
    }

    @Test
    void aScaleOfNothingIsRefused() {
        assertThatThrownBy(() -> BenchmarkData.Plan.at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
