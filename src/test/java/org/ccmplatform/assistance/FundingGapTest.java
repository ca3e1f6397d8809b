package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.assistance.AssistanceFixture.gap;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import org.ccmplatform.shared.Money;
import org.junit.jupiter.api.Test;

class FundingGapTest {

    @Test
    void theGapIsTheCostLessWhatIsCommitted() {
        FundingGap gap = gap(usd("1000000.00"), usd("250000.00"));

        assertThat(gap.gap()).isEqualTo(usd("750000.00"));
        assertThat(gap.isOverFunded()).isFalse();
        assertThat(gap.percentCommitted()).isEqualTo(25);
    }

    @Test
    void aNegativeGapIsOverFunding() {
        FundingGap gap = gap(usd("1000000.00"), usd("1200000.00"));

        assertThat(gap.gap()).isEqualTo(usd("-200000.00"));
        assertThat(gap.isOverFunded()).isTrue();
        assertThat(gap.percentCommitted()).isEqualTo(120);
    }

    @Test
    void aNeedExactlyFundedIsNotOverFunded() {
        FundingGap gap = gap(usd("1000.00"), usd("1000.00"));

        assertThat(gap.isOverFunded()).isFalse();
        assertThat(gap.percentCommitted()).isEqualTo(100);
    }

    @Test
    void theShareCommittedIsRoundedDownSoThatAlmostFundedNeverReadsAsFunded() {
        assertThat(gap(usd("3.00"), usd("1.00")).percentCommitted()).isEqualTo(33);
        assertThat(gap(usd("1000.00"), usd("999.99")).percentCommitted()).isEqualTo(99);
    }

    @Test
    void withoutACostThereIsNoShareCommitted() {
        assertThat(gap(Money.zero("USD"), usd("10.00")).percentCommitted()).isNull();
    }
}
