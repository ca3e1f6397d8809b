package org.ccmplatform.finance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/** The ISU's budget for a year, in Swiss francs, as adopted by a Meeting of States Parties. */
@Entity
@Audited
public class IsuBudget {

    public static final String CURRENCY = "CHF";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int budgetYear;

    private BigDecimal amount;

    private LocalDate adoptedOn;

    private Long adoptedAtMeeting;

    private String source;

    @Version
    private long version;

    protected IsuBudget() {}

    IsuBudget(int budgetYear, Money amount, LocalDate adoptedOn, Long adoptedAtMeeting, String source) {
        if (!CURRENCY.equals(amount.currency())) {
            throw new RuleViolation("amount", "budget.inFrancs", CURRENCY);
        }
        if (!amount.isPositive()) {
            throw new RuleViolation("amount", "budget.notPositive");
        }
        if (adoptedOn == null) {
            throw new RuleViolation("adoptedOn", "validation.required");
        }
        if (source == null || source.isBlank()) {
            throw new RuleViolation("source", "validation.required");
        }
        this.budgetYear = budgetYear;
        this.amount = amount.amount();
        this.adoptedOn = adoptedOn;
        this.adoptedAtMeeting = adoptedAtMeeting;
        this.source = source.strip();
    }

    public Long id() {
        return id;
    }

    public int year() {
        return budgetYear;
    }

    public Money amount() {
        return new Money(amount, CURRENCY);
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public Long adoptedAtMeeting() {
        return adoptedAtMeeting;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
