package org.ccmplatform.registry;

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
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.RuleViolation;

/**
 * One State's standing under one treaty. Entry into force and the day a withdrawal takes effect are derived from the
 * treaty's rules whenever the recorded dates change; nobody types them.
 */
@Entity
@Audited
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id")
    private State state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treaty_id")
    private Treaty treaty;

    private LocalDate signatureDate;

    private LocalDate depositDate;

    @Enumerated(EnumType.STRING)
    private DepositType depositType;

    private LocalDate entryIntoForce;

    private LocalDate withdrawalNotified;

    private LocalDate withdrawalEffective;

    private String source;

    @Version
    private long version;

    @jakarta.persistence.Transient
    private final java.util.List<ParticipationRecorded> events = new java.util.ArrayList<>();

    protected Participation() {}

    Participation(State state, Treaty treaty) {
        this.state = state;
        this.treaty = treaty;
    }

    /** Records the depositary's facts, refusing dates that the treaty makes impossible. */
    void record(ParticipationRecord facts, LocalDate today) {
        check(treaty, facts, today);
        this.signatureDate = facts.signatureDate();
        this.depositDate = facts.depositDate();
        this.depositType = facts.depositType();
        this.withdrawalNotified = facts.withdrawalNotified();
        this.source = facts.source() == null || facts.source().isBlank() ? null : facts.source().strip();
        this.entryIntoForce = depositDate == null ? null : treaty.entryIntoForceFor(depositDate);
        this.withdrawalEffective = withdrawalNotified == null ? null : treaty.withdrawalEffectiveFor(withdrawalNotified);
        events.add(new ParticipationRecorded(state.iso3(), treaty.code(), depositDate, entryIntoForce,
                withdrawalEffective));
    }

    @org.springframework.data.domain.DomainEvents
    java.util.List<ParticipationRecorded> events() {
        return java.util.List.copyOf(events);
    }

    @org.springframework.data.domain.AfterDomainEventPublication
    void eventsPublished() {
        events.clear();
    }

    static void check(Treaty treaty, ParticipationRecord facts, LocalDate today) {
        LocalDate signature = facts.signatureDate();
        LocalDate deposit = facts.depositDate();
        LocalDate withdrawal = facts.withdrawalNotified();
        if (signature == null && deposit == null) {
            throw new RuleViolation("depositDate", "participation.nothingRecorded");
        }
        if (signature != null) {
            if (!treaty.hasSignature()) {
                throw new RuleViolation("signatureDate", "participation.signature.notOpen", treaty.name());
            }
            if (!treaty.isOpenForSignatureOn(signature)) {
                throw new RuleViolation("signatureDate", "participation.signature.outsidePeriod", treaty.name(),
                        treaty.openedForSignatureOn(), treaty.signatureClosedOn());
            }
            if (signature.isAfter(today)) {
                throw new RuleViolation("signatureDate", "participation.date.future");
            }
        }
        if (deposit != null) {
            if (facts.depositType() == null) {
                throw new RuleViolation("depositType", "participation.depositType.required");
            }
            if (deposit.isBefore(treaty.earliestDeposit())) {
                throw new RuleViolation("depositDate", "participation.deposit.beforeOpening", treaty.name(),
                        treaty.earliestDeposit());
            }
            if (deposit.isAfter(today)) {
                throw new RuleViolation("depositDate", "participation.date.future");
            }
            if (signature != null && deposit.isBefore(signature)) {
                throw new RuleViolation("depositDate", "participation.deposit.beforeSignature");
            }
            if (signature != null && !facts.depositType().followsSignature()) {
                throw new RuleViolation("depositType", "participation.accession.afterSignature");
            }
        } else if (facts.depositType() != null) {
            throw new RuleViolation("depositDate", "participation.deposit.missing");
        }
        if (withdrawal != null) {
            if (deposit == null) {
                throw new RuleViolation("withdrawalNotified", "participation.withdrawal.withoutDeposit");
            }
            if (withdrawal.isBefore(deposit)) {
                throw new RuleViolation("withdrawalNotified", "participation.withdrawal.beforeDeposit");
            }
            if (withdrawal.isAfter(today)) {
                throw new RuleViolation("withdrawalNotified", "participation.date.future");
            }
        }
    }

    /**
     * Where the State stands on a day. A State Party that withdrew stays one until the withdrawal takes effect
     * (CCM Article 20(2); the armed-conflict proviso of that article is not modelled).
     */
    public ParticipationStatus statusOn(LocalDate day) {
        if (depositDate != null && !depositDate.isAfter(day)) {
            return isWithdrawnOn(day) ? ParticipationStatus.NOT_PARTY : ParticipationStatus.STATE_PARTY;
        }
        if (signatureDate != null && !signatureDate.isAfter(day)) {
            return ParticipationStatus.SIGNATORY;
        }
        return ParticipationStatus.NOT_PARTY;
    }

    public boolean isWithdrawnOn(LocalDate day) {
        return withdrawalEffective != null && !withdrawalEffective.isAfter(day);
    }

    public boolean isInForceOn(LocalDate day) {
        return statusOn(day) == ParticipationStatus.STATE_PARTY && !entryIntoForce.isAfter(day);
    }

    public ParticipationRecord facts() {
        return new ParticipationRecord(signatureDate, depositDate, depositType, withdrawalNotified, source);
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public Treaty treaty() {
        return treaty;
    }

    public LocalDate signatureDate() {
        return signatureDate;
    }

    public LocalDate depositDate() {
        return depositDate;
    }

    public DepositType depositType() {
        return depositType;
    }

    public LocalDate entryIntoForce() {
        return entryIntoForce;
    }

    public LocalDate withdrawalNotified() {
        return withdrawalNotified;
    }

    public LocalDate withdrawalEffective() {
        return withdrawalEffective;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
