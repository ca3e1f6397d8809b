package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.shared.Money;

/**
 * The exchange rates in force on a day (for each currency the latest one on or before it), through the US dollar.
 * A conversion says which rate dates it used; an amount with no rate is not converted, never guessed.
 */
public final class Rates {

    private final LocalDate day;
    private final Map<String, ExchangeRate> latest;

    Rates(LocalDate day, List<ExchangeRate> latest) {
        this.day = day;
        this.latest = latest.stream().collect(Collectors.toMap(ExchangeRate::currency, Function.identity()));
    }

    /** A conversion: the amount in the target currency and the oldest rate date it rests on (none if exact). */
    public record Converted(Money money, LocalDate rateDate) {}

    public LocalDate day() {
        return day;
    }

    public boolean knows(String currency) {
        return ExchangeRate.BASE.equals(currency) || latest.containsKey(currency);
    }

    public Optional<Converted> convert(Money money, String target) {
        if (money.currency().equals(target)) {
            return Optional.of(new Converted(money, null));
        }
        if (!knows(money.currency()) || !knows(target)) {
            return Optional.empty();
        }
        BigDecimal usd = money.amount().multiply(usdPer(money.currency()));
        BigDecimal amount = usd.divide(usdPer(target), MathContext.DECIMAL64)
                .setScale(Money.fractionDigits(target), RoundingMode.HALF_EVEN);
        return Optional.of(new Converted(new Money(amount, target), older(dateOf(money.currency()), dateOf(target))));
    }

    private BigDecimal usdPer(String currency) {
        return ExchangeRate.BASE.equals(currency) ? BigDecimal.ONE : latest.get(currency).usdPerUnit();
    }

    private LocalDate dateOf(String currency) {
        return ExchangeRate.BASE.equals(currency) ? null : latest.get(currency).rateDate();
    }

    static LocalDate older(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    /** The currencies a report may be shown in: the dollar and every currency with a rate by the day. */
    public List<String> currencies() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ExchangeRate.BASE), latest.keySet().stream())
                .sorted().toList();
    }
}
