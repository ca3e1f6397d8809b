package org.ccmplatform.assistance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;

/** A tranche paid on a pledge, in the pledge's currency; recorded once and never edited. */
@Entity
@Audited
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    private LocalDate paidOn;

    private BigDecimal amount;

    private String reference;

    private String recordedBy;

    protected Disbursement() {}

    Disbursement(Pledge pledge, LocalDate paidOn, BigDecimal amount, String reference, String recordedBy) {
        this.pledge = pledge;
        this.paidOn = paidOn;
        this.amount = amount;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public Pledge pledge() {
        return pledge;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public Money amount() {
        return new Money(amount, pledge.amount().currency());
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
