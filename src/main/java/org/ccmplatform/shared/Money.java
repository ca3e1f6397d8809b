package org.ccmplatform.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount in one currency (ISO 4217). Amounts of two currencies are never added: a conversion, with the
 * date of the rate it used, comes first.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** An amount as typed: a known currency, no more decimals than the currency has; refused otherwise. */
    public static Money of(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw new RuleViolation(field, "validation.required");
        }
        Currency known = currency(currency, "currency");
        int digits = known.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new RuleViolation(field, "money.tooManyDecimals", known.getCurrencyCode(), digits);
        }
        return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), known.getCurrencyCode());
    }

    /** A known ISO 4217 currency, given by its code in any case. */
    public static Currency currency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}")) {
            throw new RuleViolation(field, "money.unknownCurrency", code.strip());
        }
        Currency known;
        try {
            known = Currency.getInstance(upper);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(field, "money.unknownCurrency", upper);
        }
        if (known.getDefaultFractionDigits() < 0) {
            // gold, special drawing rights, the "no currency" and test codes are ISO 4217 but not money to pledge
            throw new RuleViolation(field, "money.unknownCurrency", upper);
        }
        return known;
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public int compareAmount(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** "USD 1,250,000.00" in the reader's way of writing numbers. */
    public String format(Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        int digits = fractionDigits(currency);
        number.setMinimumFractionDigits(digits);
        number.setMaximumFractionDigits(digits);
        return currency + " " + number.format(amount);
    }

    public static int fractionDigits(String currency) {
        try {
            return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
