package org.ccmplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static Money typed(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency, "amount");
    }

    @Test
    void aKnownCurrencyIsAcceptedWithTheDecimalsItHas() {
        Money money = typed("1250000", "USD");

        assertThat(money.currency()).isEqualTo("USD");
        assertThat(money.amount()).isEqualTo(new BigDecimal("1250000.00"));
    }

    @Test
    void aCurrencyCodeTypedInLowerCaseIsReadAsTheIsoCode() {
        assertThat(typed("10", " usd ").currency()).isEqualTo("USD");
        assertThat(typed("10", "chf").currency()).isEqualTo("CHF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "QQQ"})
    void aWellFormedCodeThatIsNoIsoCurrencyIsRefusedWithTheCodeInTheMessage(String code) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> typed("10", code));

        assertThat(refusal.field()).isEqualTo("currency");
        assertThat(refusal.messageCode()).isEqualTo("money.unknownCurrency");
        assertThat(refusal.arguments()).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XAU", "XDR", "XTS"})
    void anIsoCodeThatIsNotMoneyToPledgeIsRefused(String code) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> typed("10", code));

        assertThat(refusal.messageCode()).isEqualTo("money.unknownCurrency");
        assertThat(refusal.arguments()).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US$", "$", "EURO", "U1D", "€"})
    void aSymbolOrAMalformedCodeIsNoCurrency(String code) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> typed("10", code));

        assertThat(refusal.messageCode()).isEqualTo("money.unknownCurrency");
        assertThat(refusal.arguments()).containsExactly(code);
    }

    @Test
    void aMissingAmountOrCurrencyIsRequired() {
        assertThat(catchThrowableOfType(RuleViolation.class, () -> Money.of(null, "USD", "cost")))
                .satisfies(r -> assertThat(r.field()).isEqualTo("cost"))
                .satisfies(r -> assertThat(r.messageCode()).isEqualTo("validation.required"));
        assertThat(catchThrowableOfType(RuleViolation.class, () -> typed("10", " ")).messageCode())
                .isEqualTo("validation.required");
    }

    @ParameterizedTest
    @CsvSource({"JPY, 1500.5, 0", "USD, 10.005, 2", "EUR, 0.001, 2", "BHD, 1.0005, 3", "KWD, 25.1234, 3"})
    void anAmountWithMoreDecimalsThanItsCurrencyHasIsRefused(String currency, String amount, int digits) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> typed(amount, currency));

        assertThat(refusal.field()).isEqualTo("amount");
        assertThat(refusal.messageCode()).isEqualTo("money.tooManyDecimals");
        assertThat(refusal.arguments()).containsExactly(currency, digits);
    }

    @ParameterizedTest
    @CsvSource({"JPY, 1500, 1500", "USD, 10.5, 10.50", "USD, 10.500, 10.50", "BHD, 1.005, 1.005",
            "KWD, 25.123, 25.123", "JPY, 1500.00, 1500"})
    void anAmountWithinItsCurrencysDecimalsIsKeptAtExactlyThatScale(String currency, String amount,
            String expected) {
        assertThat(typed(amount, currency).amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void amountsOfOneCurrencyAddUpAndSubtractExactly() {
        Money cost = typed("1000000.10", "USD");
        Money committed = typed("250000.05", "USD");

        assertThat(cost.plus(committed)).isEqualTo(typed("1250000.15", "USD"));
        assertThat(cost.minus(committed)).isEqualTo(typed("750000.05", "USD"));
        assertThat(committed.minus(cost).isPositive()).isFalse();
        assertThat(cost.compareAmount(committed)).isPositive();
    }

    @Test
    void amountsOfTwoCurrenciesAreNeverAddedSubtractedOrCompared() {
        Money dollars = typed("100", "USD");
        Money euros = typed("100", "EUR");

        assertThatThrownBy(() -> dollars.plus(euros)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.compareAmount(euros)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountIsWrittenTheReadersWayWithItsCurrencyCodeFirst() {
        Money money = typed("1250000.5", "USD");

        assertThat(money.format(Locale.ENGLISH)).isEqualTo("USD 1,250,000.50");
        assertThat(money.format(Locale.FRENCH)).matches("USD 1[\\u00a0\\u202f ]250[\\u00a0\\u202f ]000,50");
        assertThat(money.format(Locale.forLanguageTag("es"))).isEqualTo("USD 1.250.000,50");
    }

    @Test
    void anAmountIsWrittenWithTheDecimalsOfItsCurrency() {
        assertThat(typed("1500000", "JPY").format(Locale.ENGLISH)).isEqualTo("JPY 1,500,000");
        assertThat(typed("12.5", "KWD").format(Locale.ENGLISH)).isEqualTo("KWD 12.500");
        assertThat(typed("12.5", "KWD").format(Locale.FRENCH)).isEqualTo("KWD 12,500");
    }
}
