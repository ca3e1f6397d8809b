package org.ccmplatform.sponsorship;

import jakarta.persistence.Column;
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
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;

/**
 * A State's application for one delegate to attend a meeting: the travel and daily subsistence allowance (DSA) asked,
 * in Swiss francs. The ISU selects it (allocating what was asked, within what the programme has) or not (with its
 * reasons), and records the actual costs after the meeting. The programme's year is the year of the meeting.
 */
@Entity
@Audited
public class SponsorshipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "programme_year")
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    private String delegateName;

    private String delegateFunction;

    private BigDecimal travelAsked;

    private BigDecimal dsaAsked;

    private String currency;

    private LocalDate submittedOn;

    private String submittedBy;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private String reasons;

    private BigDecimal allocated;

    private LocalDate decidedOn;

    private String decidedBy;

    private BigDecimal travelActual;

    private BigDecimal dsaActual;

    private LocalDate costsRecordedOn;

    @Version
    private long version;

    protected SponsorshipApplication() {}

    SponsorshipApplication(Meeting meeting, State state, String delegateName, String delegateFunction, Money travel,
            Money dsa, LocalDate submittedOn, String submittedBy) {
        Sponsorship.checkSponsorable(meeting, submittedOn);
        if (state == null) {
            throw new RuleViolation("state", "validation.required");
        }
        if (delegateName == null || delegateName.isBlank()) {
            throw new RuleViolation("delegateName", "validation.required");
        }
        if (delegateFunction == null || delegateFunction.isBlank()) {
            throw new RuleViolation("delegateFunction", "validation.required");
        }
        Sponsorship.checkFrancs(travel, "travel");
        Sponsorship.checkFrancs(dsa, "dsa");
        if (!travel.plus(dsa).isPositive()) {
            throw new RuleViolation("travel", "sponsorship.nothingAsked");
        }
        this.meeting = meeting;
        this.year = meeting.day().getYear();
        this.state = state;
        this.delegateName = delegateName.strip();
        this.delegateFunction = delegateFunction.strip();
        this.travelAsked = travel.amount();
        this.dsaAsked = dsa.amount();
        this.currency = Sponsorship.CURRENCY;
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
        this.status = ApplicationStatus.SUBMITTED;
    }

    /**
     * Selects the delegate and allocates the costs asked. Refused when the programme does not have them: what it has
     * for the year is the year's contributions and the balance carried over, less what is already allocated or spent.
     */
    void select(Money available, String by, LocalDate on) {
        expect(ApplicationStatus.SUBMITTED);
        Money asked = asked();
        if (asked.compareAmount(available) > 0) {
            throw new RuleViolation("allocation", "sponsorship.aboveAvailable", asked.amount().toPlainString(),
                    available.amount().toPlainString(), String.valueOf(year));
        }
        this.status = ApplicationStatus.SELECTED;
        this.allocated = asked.amount();
        decided(by, on);
    }

    /** Does not select the delegate; the ISU says why, and the State reads it. */
    void decline(String reasons, String by, LocalDate on) {
        expect(ApplicationStatus.SUBMITTED);
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("reasons", "sponsorship.reasonsRequired");
        }
        this.status = ApplicationStatus.NOT_SELECTED;
        this.reasons = reasons.strip();
        decided(by, on);
    }

    /**
     * Records what the delegate's travel and DSA actually cost, once the meeting is over. Costs above the allocation
     * draw on what the programme still has, and are refused beyond it.
     */
    void recordCosts(Money travel, Money dsa, Money available, String by, LocalDate today) {
        expect(ApplicationStatus.SELECTED);
        if (meeting.endsAt().toLocalDate().isAfter(today)) {
            throw new RuleViolation("travelActual", "sponsorship.meetingNotOver");
        }
        Sponsorship.checkFrancs(travel, "travelActual");
        Sponsorship.checkFrancs(dsa, "dsaActual");
        Money actual = travel.plus(dsa);
        Money above = actual.minus(allocated());
        if (above.compareAmount(available) > 0) {
            throw new RuleViolation("travelActual", "sponsorship.costsAboveAvailable",
                    above.amount().toPlainString(), available.amount().toPlainString(), String.valueOf(year));
        }
        this.travelActual = travel.amount();
        this.dsaActual = dsa.amount();
        this.costsRecordedOn = today;
        this.status = ApplicationStatus.COSTS_RECORDED;
    }

    /** The State withdraws the application, or the ISU does for it; a selected delegate's allocation is freed. */
    void withdraw(String by, LocalDate on) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.SELECTED) {
            throw new RuleViolation("status", "sponsorship.cannotWithdraw", status.name());
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.allocated = null;
        decided(by, on);
    }

    /** The ISU sees every application; a State's focal point sees its own State's. */
    public boolean isSeenBy(CurrentUser user) {
        return user != null && (user.isIsuAdmin() || (user.has(Role.FOCAL_POINT) && user.actsForState(state.id())));
    }

    /** What the delegate costs the programme: the actual costs once recorded, the allocation before. */
    public Money cost() {
        return switch (status) {
            case COSTS_RECORDED -> actual();
            case SELECTED -> allocated();
            default -> Sponsorship.zero();
        };
    }

    private void expect(ApplicationStatus expected) {
        if (status != expected) {
            throw new RuleViolation("status", "sponsorship.wrongStatus", status.name(), expected.name());
        }
    }

    private void decided(String by, LocalDate on) {
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public Long id() {
        return id;
    }

    public Meeting meeting() {
        return meeting;
    }

    public int year() {
        return year;
    }

    public State state() {
        return state;
    }

    public String delegateName() {
        return delegateName;
    }

    public String delegateFunction() {
        return delegateFunction;
    }

    public Money travelAsked() {
        return Sponsorship.francs(travelAsked);
    }

    public Money dsaAsked() {
        return Sponsorship.francs(dsaAsked);
    }

    public Money asked() {
        return travelAsked().plus(dsaAsked());
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String reasons() {
        return reasons;
    }

    public Money allocated() {
        return Sponsorship.francs(allocated);
    }

    public boolean hasAllocation() {
        return allocated != null;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Money travelActual() {
        return travelActual == null ? null : Sponsorship.francs(travelActual);
    }

    public Money dsaActual() {
        return dsaActual == null ? null : Sponsorship.francs(dsaActual);
    }

    /** The actual costs, zero until they are recorded. */
    public Money actual() {
        return travelActual == null ? Sponsorship.zero() : travelActual().plus(dsaActual());
    }

    public LocalDate costsRecordedOn() {
        return costsRecordedOn;
    }

    public long version() {
        return version;
    }
}
