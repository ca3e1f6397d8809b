package org.ccmplatform.assistance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.Money;

/** A donor's offer: what it funds, where, how much a year and how. */
@Entity
@Table(name = "donor_offer")
@Audited
public class DonorOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_state_id")
    private State donorState;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_organisation_id")
    private Organisation donorOrganisation;

    private String themes;

    private String states;

    private String regions;

    private BigDecimal yearlyAmount;

    private String currency;

    private int fromYear;

    private int toYear;

    @Enumerated(EnumType.STRING)
    private Modality modality;

    private String preferences;

    private String notes;

    @Version
    private long version;

    protected DonorOffer() {}

    DonorOffer(Donor donor, OfferDetails details) {
        this.donorState = donor.state();
        this.donorOrganisation = donor.organisation();
        describe(details);
    }

    void describe(OfferDetails details) {
        this.themes = CodeSets.join(details.themes());
        this.states = CodeSets.join(details.states());
        this.regions = CodeSets.join(details.regions());
        this.yearlyAmount = details.yearlyEnvelope().amount();
        this.currency = details.yearlyEnvelope().currency();
        this.fromYear = details.fromYear();
        this.toYear = details.toYear();
        this.modality = details.modality();
        this.preferences = CodeSets.join(details.preferences());
        this.notes = details.notes();
    }

    public OfferDetails details() {
        return new OfferDetails(CodeSets.split(themes, Theme.class), CodeSets.split(states),
                CodeSets.split(regions, UnRegion.class), new Money(yearlyAmount, currency), fromYear, toYear,
                modality, CodeSets.split(preferences, Preference.class), notes);
    }

    public Long id() {
        return id;
    }

    public Donor donor() {
        return new Donor(donorState, donorOrganisation);
    }

    public long version() {
        return version;
    }
}
