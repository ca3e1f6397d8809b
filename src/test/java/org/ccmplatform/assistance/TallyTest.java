package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.assistance.AssistanceFixture.TODAY;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.rate;
import static org.ccmplatform.assistance.AssistanceFixture.rates;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.ccmplatform.assistance.FundingGap.Part;
import org.ccmplatform.assistance.FundingGap.Unconverted;
import org.ccmplatform.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TallyTest {

    static final LocalDate JANUARY_RATE = LocalDate.of(2026, 1, 30);
    static final LocalDate FEBRUARY_RATE = LocalDate.of(2026, 2, 27);

    private static Tally inDollars() {
        return new Tally("USD", rates(rate("EUR", JANUARY_RATE, "1.10"), rate("NOK", FEBRUARY_RATE, "0.10")));
    }

    @Test
    void costsAndPledgesInSeveralCurrenciesAddUpInTheReportsCurrency() {
        Tally tally = inDollars();
        tally.add(Part.COST, usd("1000000.00"));
        tally.add(Part.COST, money("100000.00", "EUR"));
        tally.add(Part.COMMITTED, money("2000000.00", "NOK"));
        tally.add(Part.PLEDGED, money("50000.00", "EUR"));

        FundingGap gap = tally.result();

        assertThat(gap.cost()).isEqualTo(usd("1110000.00"));
        assertThat(gap.committed()).isEqualTo(usd("200000.00"));
        assertThat(gap.pledged()).isEqualTo(usd("55000.00"));
        assertThat(gap.gap()).isEqualTo(usd("910000.00"));
        assertThat(gap.isComplete()).isTrue();
    }

    @Test
    void theGapSaysTheOldestRateItUsedAndTheDayTheRatesWereReadFor() {
        Tally tally = inDollars();
        tally.add(Part.COST, money("2000000.00", "NOK"));
        tally.add(Part.COMMITTED, money("100.00", "EUR"));

        FundingGap gap = tally.result();

        assertThat(gap.rateDate()).isEqualTo(JANUARY_RATE);
        assertThat(gap.ratesOn()).isEqualTo(TODAY);
    }

    @Test
    void aGapOfAmountsAlreadyInTheReportsCurrencyRestsOnNoRate() {
        Tally tally = inDollars();
        tally.add(Part.COST, usd("1000.00"));
        tally.add(Part.COMMITTED, usd("400.00"));

        assertThat(tally.result().rateDate()).isNull();
    }

    @Test
    void amountsWithoutARateAreKeptApartByPartAndCurrencyAndNotAddedIn() {
        Tally tally = inDollars();
        tally.add(Part.COST, usd("1000.00"));
        tally.add(Part.COST, money("500.00", "CHF"));
        tally.add(Part.COST, money("20.00", "CHF"));
        tally.add(Part.PLEDGED, money("50.00", "CHF"));
        tally.add(Part.COMMITTED, money("300.00", "GBP"));

        FundingGap gap = tally.result();

        assertThat(gap.cost()).isEqualTo(usd("1000.00"));
        assertThat(gap.committed().amount()).isZero();
        assertThat(gap.pledged().amount()).isZero();
        assertThat(gap.isComplete()).isFalse();
        assertThat(gap.unconverted()).containsExactlyInAnyOrder(
                new Unconverted(Part.COST, money("520.00", "CHF")),
                new Unconverted(Part.PLEDGED, money("50.00", "CHF")),
                new Unconverted(Part.COMMITTED, money("300.00", "GBP")));
    }

    @ParameterizedTest
    @CsvSource({"INDICATED, 0, 1000.00", "PLEDGED, 0, 1000.00", "COMMITTED, 1000.00, 0", "DISBURSED, 1000.00, 0"})
    void onlyCommittedAndDisbursedPledgesCloseTheGap(PledgeStatus status, String committed, String pledged) {
        Tally tally = inDollars();
        tally.add(Part.COST, usd("5000.00"));
        tally.add(status, usd("1000.00"));

        FundingGap gap = tally.result();

        assertThat(gap.committed().amount()).isEqualByComparingTo(committed);
        assertThat(gap.pledged().amount()).isEqualByComparingTo(pledged);
        assertThat(gap.gap().amount()).isEqualByComparingTo(new BigDecimal("5000.00").subtract(new BigDecimal(committed)));
    }

    @Test
    void aShareOfAnAmountFallsEvenlyOnEachYearOfItsSpanWithTheRemainderInTheLast() {
        Money hundred = usd("100.00");

        assertThat(Tally.shareIn(hundred, 2026, 2028, 2026)).isEqualTo(usd("33.33"));
        assertThat(Tally.shareIn(hundred, 2026, 2028, 2027)).isEqualTo(usd("33.33"));
        assertThat(Tally.shareIn(hundred, 2026, 2028, 2028)).isEqualTo(usd("33.34"));
    }

    @Test
    void nothingOfAnAmountFallsOutsideItsSpan() {
        Money hundred = usd("100.00");

        assertThat(Tally.shareIn(hundred, 2026, 2028, 2025).amount()).isZero();
        assertThat(Tally.shareIn(hundred, 2026, 2028, 2029).amount()).isZero();
        assertThat(Tally.shareIn(hundred, 2026, 2026, 2026)).isEqualTo(hundred);
    }

    @Test
    void aShareInACurrencyWithoutDecimalsIsWholeAndTheSharesAddUpToTheAmount() {
        Money yen = money("1000000", "JPY");

        assertThat(Tally.shareIn(yen, 2026, 2028, 2026)).isEqualTo(money("333333", "JPY"));
        assertThat(Tally.shareIn(yen, 2026, 2028, 2028)).isEqualTo(money("333334", "JPY"));
        assertThat(IntStream.rangeClosed(2024, 2030).mapToObj(y -> Tally.shareIn(yen, 2026, 2028, y))
                .reduce(Money.zero("JPY"), Money::plus).amount()).isEqualByComparingTo("1000000");
    }

    @Test
    void anAmountConvertedOnceIsSharedOverItsYearsInTheConvertedCurrencyAndOtherwiseInItsOwn() {
        Tally tally = inDollars();
        Tally.Amount pledge = tally.convert(Part.COMMITTED, money("300.00", "EUR"));

        Tally.Amount lastYear = pledge.shareIn(2026, 2028, 2028);

        assertThat(lastYear.converted().money()).isEqualTo(usd("110.00"));
        assertThat(lastYear.converted().rateDate()).isEqualTo(JANUARY_RATE);
        Tally.Amount unconvertible = tally.convert(Part.COMMITTED, money("300.00", "CHF")).shareIn(2026, 2028, 2026);
        assertThat(unconvertible.converted()).isNull();
        assertThat(unconvertible.original()).isEqualTo(money("100.00", "CHF"));
    }
}
