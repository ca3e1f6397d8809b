package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.ccmplatform.shared.Money;

/**
 * Adds up costs and pledges in one currency: each amount is converted at the rates of the day, and one that has no
 * rate is kept aside, by currency, rather than mixed in.
 */
final class Tally {

    private final String currency;
    private final Rates rates;
    private BigDecimal cost = BigDecimal.ZERO;
    private BigDecimal committed = BigDecimal.ZERO;
    private BigDecimal pledged = BigDecimal.ZERO;
    private LocalDate rateDate;
    private final Map<String, BigDecimal> unconverted = new TreeMap<>();

    Tally(String currency, Rates rates) {
        this.currency = currency;
        this.rates = rates;
    }

    void add(FundingGap.Part part, Money money) {
        add(new Amount(part, money, rates.convert(money, currency).orElse(null)));
    }

    /**
     * An amount already converted once (or not convertible), to be added to several tallies. A tally reads the
     * original only when there is no conversion.
     */
    record Amount(FundingGap.Part part, Money original, Rates.Converted converted) {

        /**
         * The share of this amount that falls in one year of its span: of the conversion when there is one (the
         * original is then left out, as no tally reads it), of the original otherwise.
         */
        Amount shareIn(int from, int to, int year) {
            return converted == null ? new Amount(part, Tally.shareIn(original, from, to, year), null)
                    : new Amount(part, null, new Rates.Converted(Tally.shareIn(converted.money(), from, to, year),
                            converted.rateDate()));
        }
    }

    Amount convert(FundingGap.Part part, Money money) {
        return new Amount(part, money, rates.convert(money, currency).orElse(null));
    }

    void add(Amount amount) {
        if (amount.converted() == null) {
            Money money = amount.original();
            unconverted.merge(amount.part().name() + " " + money.currency(), money.amount(), BigDecimal::add);
            return;
        }
        BigDecimal value = amount.converted().money().amount();
        switch (amount.part()) {
            case COST -> cost = cost.add(value);
            case COMMITTED -> committed = committed.add(value);
            case PLEDGED -> pledged = pledged.add(value);
        }
        rateDate = Rates.older(rateDate, amount.converted().rateDate());
    }

    /** Adds a pledge's sum as committed or merely pledged. */
    void add(PledgeStatus status, Money money) {
        add(status.isCommitted() ? FundingGap.Part.COMMITTED : FundingGap.Part.PLEDGED, money);
    }

    /** The share of an amount spread evenly over a span of years that falls in one year (nothing outside it). */
    static Money shareIn(Money money, int from, int to, int year) {
        if (year < from || year > to) {
            return Money.zero(money.currency());
        }
        int years = to - from + 1;
        int digits = Money.fractionDigits(money.currency());
        BigDecimal each = money.amount().divide(BigDecimal.valueOf(years), digits, RoundingMode.DOWN);
        BigDecimal share = year == to ? money.amount().subtract(each.multiply(BigDecimal.valueOf(years - 1))) : each;
        return new Money(share, money.currency());
    }

    FundingGap result() {
        return new FundingGap(new Money(cost, currency), new Money(committed, currency), new Money(pledged, currency),
                new Money(cost.subtract(committed), currency), rateDate, rates.day(),
                unconverted.entrySet().stream().map(e -> new FundingGap.Unconverted(
                        FundingGap.Part.valueOf(e.getKey().substring(0, e.getKey().length() - 4)),
                        new Money(e.getValue(), e.getKey().substring(e.getKey().length() - 3)))).toList());
    }
}
