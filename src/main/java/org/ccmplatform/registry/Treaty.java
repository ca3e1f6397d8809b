package org.ccmplatform.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.ccmplatform.shared.Audited;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A treaty that States join, with the dates and rules its text sets for joining and leaving. */
@Entity
@Audited
public class Treaty {

    public static final String CCM = "CCM";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private LocalDate adoptedOn;

    private LocalDate openedForSignatureOn;

    private LocalDate signatureClosedOn;

    private LocalDate entryIntoForce;

    /** Instruments deposited up to this day enter into force with the treaty itself. */
    private LocalDate ownEntryIntoForceUntil;

    @Enumerated(EnumType.STRING)
    private EntryIntoForceRule entryIntoForceRule;

    private int withdrawalNoticeMonths;

    @Version
    private long version;

    protected Treaty() {}

    Treaty(String code, LocalDate adoptedOn, LocalDate openedForSignatureOn, LocalDate signatureClosedOn,
            LocalDate entryIntoForce, LocalDate ownEntryIntoForceUntil, EntryIntoForceRule rule,
            int withdrawalNoticeMonths) {
        this.code = code;
        this.adoptedOn = adoptedOn;
        this.openedForSignatureOn = openedForSignatureOn;
        this.signatureClosedOn = signatureClosedOn;
        this.entryIntoForce = entryIntoForce;
        this.ownEntryIntoForceUntil = ownEntryIntoForceUntil;
        this.entryIntoForceRule = rule;
        this.withdrawalNoticeMonths = withdrawalNoticeMonths;
    }

    /** The day the treaty enters into force for a State that deposited its instrument on the given day. */
    public LocalDate entryIntoForceFor(LocalDate deposit) {
        if (!deposit.isAfter(ownEntryIntoForceUntil)) {
            return entryIntoForce;
        }
        return entryIntoForceRule.forLateDeposit(deposit);
    }

    /** The day a withdrawal takes effect, counted from the day the depositary received the notification. */
    public LocalDate withdrawalEffectiveFor(LocalDate notified) {
        return notified.plusMonths(withdrawalNoticeMonths);
    }

    /** The first day on which an instrument could be deposited: the opening for signature, or the adoption. */
    public LocalDate earliestDeposit() {
        return openedForSignatureOn != null ? openedForSignatureOn : adoptedOn;
    }

    public boolean isOpenForSignatureOn(LocalDate day) {
        return openedForSignatureOn != null && !day.isBefore(openedForSignatureOn)
                && (signatureClosedOn == null || !day.isAfter(signatureClosedOn));
    }

    public boolean hasSignature() {
        return openedForSignatureOn != null;
    }

    /** The treaty's name as a message, so that a rule's refusal names it in the reader's language. */
    public MessageSourceResolvable name() {
        return new DefaultMessageSourceResolvable(new String[] {"treaty." + code + ".short"}, code);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public LocalDate openedForSignatureOn() {
        return openedForSignatureOn;
    }

    public LocalDate signatureClosedOn() {
        return signatureClosedOn;
    }

    public LocalDate entryIntoForce() {
        return entryIntoForce;
    }

    public EntryIntoForceRule entryIntoForceRuleOf() {
        return entryIntoForceRule;
    }

    public int withdrawalNoticeMonths() {
        return withdrawalNoticeMonths;
    }
}
