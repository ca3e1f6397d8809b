package org.ccmplatform.assistance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/** How many US dollars one unit of a currency was worth on a day, and where that figure comes from. */
@Entity
@Audited
public class ExchangeRate {

    public static final String BASE = "USD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String currency;

    private LocalDate rateDate;

    private BigDecimal usdPerUnit;

    private String source;

    @Version
    private long version;

    protected ExchangeRate() {}

    ExchangeRate(String currency, LocalDate rateDate, BigDecimal usdPerUnit, String source) {
        if (BASE.equals(currency)) {
            throw new RuleViolation("currency", "rate.baseCurrency", BASE);
        }
        if (rateDate == null) {
            throw new RuleViolation("rateDate", "validation.required");
        }
        if (usdPerUnit == null || usdPerUnit.signum() <= 0) {
            throw new RuleViolation("usdPerUnit", "rate.notPositive");
        }
        if (source == null || source.isBlank()) {
            throw new RuleViolation("source", "validation.required");
        }
        this.currency = currency;
        this.rateDate = rateDate;
        this.usdPerUnit = usdPerUnit;
        this.source = source.strip();
    }

    public Long id() {
        return id;
    }

    public String currency() {
        return currency;
    }

    public LocalDate rateDate() {
        return rateDate;
    }

    public BigDecimal usdPerUnit() {
        return usdPerUnit;
    }

    public String source() {
        return source;
    }
}
