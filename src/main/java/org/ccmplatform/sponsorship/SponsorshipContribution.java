package org.ccmplatform.sponsorship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;

/**
 * A donor's contribution to the Sponsorship Programme for one year, in Swiss francs, with the bank's or the donor's
 * reference (unique: the same transfer is never recorded twice).
 */
@Entity
@Audited
public class SponsorshipContribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_year")
    private int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_state_id")
    private State donorState;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_organisation_id")
    private Organisation donorOrganisation;

    private BigDecimal amount;

    private String currency;

    private LocalDate receivedOn;

    private String reference;

    private String note;

    private String recordedBy;

    @Version
    private long version;

    protected SponsorshipContribution() {}

    SponsorshipContribution(ProgrammeDonor donor, int year, Money amount, LocalDate receivedOn, String reference,
            String note, String recordedBy, LocalDate today) {
        if (donor == null || (donor.state() == null && donor.organisation() == null)) {
            throw new RuleViolation("donorState", "sponsorship.donorRequired");
        }
        if (year < Sponsorship.FIRST_YEAR || year > today.getYear() + 1) {
            throw new RuleViolation("year", "sponsorship.yearOutOfRange", String.valueOf(Sponsorship.FIRST_YEAR),
                    String.valueOf(today.getYear() + 1));
        }
        if (!Sponsorship.CURRENCY.equals(amount.currency())) {
            throw new RuleViolation("amount", "sponsorship.inFrancs", Sponsorship.CURRENCY);
        }
        if (!amount.isPositive()) {
            throw new RuleViolation("amount", "sponsorship.notPositive");
        }
        if (receivedOn == null) {
            throw new RuleViolation("receivedOn", "validation.required");
        }
        if (receivedOn.isAfter(today)) {
            throw new RuleViolation("receivedOn", "sponsorship.receivedInFuture");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("reference", "validation.required");
        }
        this.donorState = donor.state();
        this.donorOrganisation = donor.organisation();
        this.year = year;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.receivedOn = receivedOn;
        this.reference = reference.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public ProgrammeDonor donor() {
        return new ProgrammeDonor(donorState, donorOrganisation);
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String reference() {
        return reference;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }
}
