package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.assistance.AssistanceFixture.TODAY;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.rate;
import static org.ccmplatform.assistance.AssistanceFixture.rates;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesTest {

    static final LocalDate END_OF_JANUARY = LocalDate.of(2026, 1, 30);
    static final LocalDate END_OF_FEBRUARY = LocalDate.of(2026, 2, 27);

    /** One euro is worth 1.10 dollars (January), one pound 1.25 (February), one yen 0.0065, one dinar 2.65. */
    private static Rates ratesOfTheDay() {
        return rates(rate("EUR", END_OF_JANUARY, "1.10"), rate("GBP", END_OF_FEBRUARY, "1.25"),
                rate("JPY", END_OF_FEBRUARY, "0.0065"), rate("BHD", END_OF_FEBRUARY, "2.65"));
    }

    @Test
    void anAmountIsConvertedThroughTheDollarAndSaysTheOldestRateDateItUsed() {
        Rates.Converted converted = ratesOfTheDay().convert(money("100.00", "EUR"), "GBP").orElseThrow();

        assertThat(converted.money()).isEqualTo(money("88.00", "GBP"));
        assertThat(converted.rateDate()).isEqualTo(END_OF_JANUARY);
    }

    @Test
    void aConversionToOrFromTheDollarRestsOnTheOtherCurrencysRateOnly() {
        Rates rates = ratesOfTheDay();

        Rates.Converted toDollars = rates.convert(money("100.00", "EUR"), "USD").orElseThrow();
        Rates.Converted fromDollars = rates.convert(usd("125.00"), "GBP").orElseThrow();

        assertThat(toDollars.money()).isEqualTo(usd("110.00"));
        assertThat(toDollars.rateDate()).isEqualTo(END_OF_JANUARY);
        assertThat(fromDollars.money()).isEqualTo(money("100.00", "GBP"));
        assertThat(fromDollars.rateDate()).isEqualTo(END_OF_FEBRUARY);
    }

    @Test
    void anAmountInTheTargetCurrencyIsKeptExactlyAndRestsOnNoRate() {
        Money francs = money("52800.00", "CHF");

        Rates.Converted same = rates().convert(francs, "CHF").orElseThrow();

        assertThat(same.money()).isSameAs(francs);
        assertThat(same.rateDate()).isNull();
    }

    @Test
    void anAmountWithoutARateIsNotConvertedRatherThanGuessed() {
        Rates rates = ratesOfTheDay();

        assertThat(rates.convert(money("400000.00", "CHF"), "USD")).isEmpty();
        assertThat(rates.convert(usd("400000.00"), "CHF")).isEmpty();
        assertThat(rates.convert(money("400000.00", "CHF"), "EUR")).isEmpty();
        assertThat(rates.knows("CHF")).isFalse();
        assertThat(rates.knows("USD")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0.25, 0.12", "0.35, 0.18", "0.45, 0.22", "0.55, 0.28"})
    void aConvertedAmountIsRoundedHalfToEvenToTheTargetCurrencysDecimals(String dollars, String euros) {
        Rates rates = rates(rate("EUR", END_OF_JANUARY, "2"));

        assertThat(rates.convert(usd(dollars), "EUR").orElseThrow().money())
                .isEqualTo(new Money(new BigDecimal(euros), "EUR"));
    }

    @Test
    void aConvertedAmountHasExactlyTheDecimalsOfItsTargetCurrency() {
        Rates rates = ratesOfTheDay();

        Money yen = rates.convert(usd("100.00"), "JPY").orElseThrow().money();
        Money dinars = rates.convert(usd("100.00"), "BHD").orElseThrow().money();

        assertThat(yen.amount()).isEqualTo(new BigDecimal("15385"));
        assertThat(dinars.amount()).isEqualTo(new BigDecimal("37.736"));
    }

    @Test
    void aReportMayBeShownInTheDollarAndInEveryCurrencyWithARate() {
        assertThat(ratesOfTheDay().currencies()).containsExactly("BHD", "EUR", "GBP", "JPY", "USD");
        assertThat(rates().currencies()).containsExactly("USD");
        assertThat(ratesOfTheDay().day()).isEqualTo(TODAY);
    }

    @Test
    void aRateIsNeverRecordedForTheDollarItselfNorAtZero() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
                () -> rate("USD", END_OF_JANUARY, "1")).messageCode()).isEqualTo("rate.baseCurrency");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
                () -> rate("EUR", END_OF_JANUARY, "0")).messageCode()).isEqualTo("rate.notPositive");
    }
}
