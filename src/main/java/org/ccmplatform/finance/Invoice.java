package org.ccmplatform.finance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/** A State's individual invoice for its indicative contribution of one budget year, in its language. */
@Entity
@Audited
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_number")
    private String number;

    private int budgetYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private Language language;

    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    private LocalDate cancelledOn;

    private String cancelReason;

    private java.time.Instant sentAt;

    private String sentTo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    private List<CategoryAmount> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {}

    Invoice(String number, int budgetYear, State state, LocalDate issuedOn, Language language,
            List<CategoryAmount> lines) {
        this.number = number;
        this.budgetYear = budgetYear;
        this.state = state;
        this.issuedOn = issuedOn;
        this.language = language;
        this.lines = new ArrayList<>(lines);
        this.total = lines.stream().map(CategoryAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.status = InvoiceStatus.ISSUED;
    }

    void cancel(LocalDate on, String reason) {
        if (status == InvoiceStatus.CANCELLED) {
            throw new RuleViolation("status", "invoice.alreadyCancelled", number);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "validation.required");
        }
        status = InvoiceStatus.CANCELLED;
        cancelledOn = on;
        cancelReason = reason.strip();
    }

    void sent(java.time.Instant at, java.util.Collection<String> recipients) {
        this.sentAt = at;
        this.sentTo = String.join(", ", recipients);
    }

    public java.time.Instant sentAt() {
        return sentAt;
    }

    public String sentTo() {
        return sentTo;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public int year() {
        return budgetYear;
    }

    public State state() {
        return state;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Language language() {
        return language;
    }

    public Money total() {
        return new Money(total, IsuBudget.CURRENCY);
    }

    public InvoiceStatus status() {
        return status;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<CategoryAmount> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
