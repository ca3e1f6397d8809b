package org.ccmplatform.finance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;

/**
 * Money received from a State: against its invoice of a year, or voluntary (earmarked or not). Kept in Swiss francs,
 * with what was paid and the rate used when it came in another currency, the bank reference that makes recording it
 * twice impossible, and its split over the contribution categories.
 */
@Entity
@Audited
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    private int budgetYear;

    private LocalDate receivedOn;

    private BigDecimal amount;

    private BigDecimal paidAmount;

    private String paidCurrency;

    private BigDecimal rateToChf;

    private String bankReference;

    private boolean voluntary;

    private String earmark;

    private String recordedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "payment_allocation", joinColumns = @JoinColumn(name = "payment_id"))
    private List<CategoryAmount> allocations = new ArrayList<>();

    protected Payment() {}

    Payment(State state, Invoice invoice, int budgetYear, LocalDate receivedOn, Money inFrancs, Money paid,
            BigDecimal rateToChf, String bankReference, boolean voluntary, String earmark,
            List<CategoryAmount> allocations, String recordedBy) {
        this.state = state;
        this.invoice = invoice;
        this.budgetYear = budgetYear;
        this.receivedOn = receivedOn;
        this.amount = inFrancs.amount();
        this.paidAmount = paid.amount();
        this.paidCurrency = paid.currency();
        this.rateToChf = rateToChf;
        this.bankReference = bankReference;
        this.voluntary = voluntary;
        this.earmark = earmark;
        this.allocations = new ArrayList<>(allocations);
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Invoice invoice() {
        return invoice;
    }

    public int year() {
        return budgetYear;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Money amount() {
        return new Money(amount, IsuBudget.CURRENCY);
    }

    public Money paid() {
        return new Money(paidAmount, paidCurrency);
    }

    public BigDecimal rateToChf() {
        return rateToChf;
    }

    public String bankReference() {
        return bankReference;
    }

    public boolean isVoluntary() {
        return voluntary;
    }

    public String earmark() {
        return earmark;
    }

    public List<CategoryAmount> allocations() {
        return List.copyOf(allocations);
    }
}
