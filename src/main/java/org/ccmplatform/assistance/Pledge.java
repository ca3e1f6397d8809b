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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;

/**
 * A donor's pledge to a need, or to a State's programme (through its coalition or not): the amount, how firm it is,
 * who implements it, and the tranches paid. Its status only moves forward; the tranches make it disbursed.
 */
@Entity
@Audited
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_state_id")
    private State donorState;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "donor_organisation_id")
    private Organisation donorOrganisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "need_id")
    private Need need;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private Long coalitionId;

    private BigDecimal amount;

    private String currency;

    private int fromYear;

    private int toYear;

    @Enumerated(EnumType.STRING)
    private PledgeStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operator_id")
    private Organisation operator;

    private boolean publicAmount;

    private String note;

    private String recordedBy;

    private LocalDate recordedOn;

    @Version
    private long version;

    protected Pledge() {}

    Pledge(Donor donor, Need need, State state, Long coalitionId, PledgeTerms terms, Organisation operator,
            String recordedBy, LocalDate recordedOn) {
        this.donorState = donor.state();
        this.donorOrganisation = donor.organisation();
        this.need = need;
        this.state = need != null ? need.state() : state;
        this.coalitionId = coalitionId;
        this.operator = operator;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
        this.status = terms.status();
        apply(terms);
    }

    /** New terms; the status may stay or move forward, and the amount may not fall below what was paid. */
    void revise(PledgeTerms terms, Organisation operator, Money disbursed) {
        if (terms.status().ordinal() < effectiveStatus().ordinal()) {
            throw new RuleViolation("status", "pledge.statusBackwards", effectiveStatus().name(),
                    terms.status().name());
        }
        if (!terms.amount().currency().equals(currency) && disbursed.isPositive()) {
            throw new RuleViolation("currency", "pledge.currencyFixedByTranches", currency);
        }
        if (terms.amount().amount().compareTo(disbursed.amount()) < 0) {
            throw new RuleViolation("amount", "pledge.belowDisbursed", disbursed.amount().toPlainString());
        }
        this.operator = operator;
        this.status = terms.status();
        apply(terms);
        settle(disbursed);
    }

    /** Records a tranche: it commits the pledge, and paying it in full makes it disbursed. */
    Disbursement pay(LocalDate paidOn, Money tranche, String reference, Money alreadyPaid, String by,
            LocalDate today) {
        if (paidOn == null) {
            throw new RuleViolation("paidOn", "validation.required");
        }
        if (paidOn.isAfter(today)) {
            throw new RuleViolation("paidOn", "disbursement.inFuture");
        }
        if (!tranche.currency().equals(currency)) {
            throw new RuleViolation("currency", "disbursement.otherCurrency", currency);
        }
        if (!tranche.isPositive()) {
            throw new RuleViolation("amount", "disbursement.notPositive");
        }
        Money paid = alreadyPaid.plus(tranche);
        if (paid.compareAmount(amount()) > 0) {
            throw new RuleViolation("amount", "disbursement.abovePledge",
                    amount().amount().subtract(alreadyPaid.amount()).toPlainString(), currency);
        }
        if (!status.isCommitted()) {
            status = PledgeStatus.COMMITTED;
        }
        settle(paid);
        return new Disbursement(this, paidOn, tranche.amount(), reference, by);
    }

    private void settle(Money paid) {
        if (paid.isPositive() && paid.compareAmount(amount()) == 0) {
            status = PledgeStatus.DISBURSED;
        } else if (status == PledgeStatus.DISBURSED) {
            status = PledgeStatus.COMMITTED;
        }
    }

    private PledgeStatus effectiveStatus() {
        return status == PledgeStatus.DISBURSED ? PledgeStatus.COMMITTED : status;
    }

    private void apply(PledgeTerms terms) {
        this.amount = terms.amount().amount();
        this.currency = terms.amount().currency();
        this.fromYear = terms.fromYear();
        this.toYear = terms.toYear();
        this.publicAmount = terms.publicAmount();
        this.note = terms.note();
    }

    /** The donor's own people, the ISU, and the beneficiary State's focal point see an undisclosed amount. */
    public boolean amountVisibleTo(CurrentUser user) {
        return publicAmount || (user != null && (user.isIsuAdmin() || donor().isActedForBy(user)
                || (user.has(Role.FOCAL_POINT) && user.actsForState(state.id()))));
    }

    public boolean isKeptBy(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || donor().isActedForBy(user));
    }

    public PledgeTerms terms() {
        return new PledgeTerms(amount(), fromYear, toYear, effectiveStatus(), publicAmount, note);
    }

    public Long id() {
        return id;
    }

    public Donor donor() {
        return new Donor(donorState, donorOrganisation);
    }

    public Need need() {
        return need;
    }

    public State state() {
        return state;
    }

    public Long coalitionId() {
        return coalitionId;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public int fromYear() {
        return fromYear;
    }

    public int toYear() {
        return toYear;
    }

    public PledgeStatus status() {
        return status;
    }

    public Organisation operator() {
        return operator;
    }

    public boolean isPublicAmount() {
        return publicAmount;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public long version() {
        return version;
    }
}
