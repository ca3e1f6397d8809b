package org.ccmplatform.registry;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ccmplatform.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a State's signature, deposit or withdrawal under a treaty. */
class ParticipationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signatureDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate depositDate;

    private DepositType depositType;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate withdrawalNotified;

    @Size(max = 300)
    @PlainText
    private String source;

    private Long version;

    static ParticipationForm of(Participation participation) {
        ParticipationForm form = new ParticipationForm();
        if (participation != null) {
            ParticipationRecord facts = participation.facts();
            form.signatureDate = facts.signatureDate();
            form.depositDate = facts.depositDate();
            form.depositType = facts.depositType();
            form.withdrawalNotified = facts.withdrawalNotified();
            form.source = facts.source();
            form.version = participation.version();
        }
        return form;
    }

    ParticipationRecord facts() {
        return new ParticipationRecord(signatureDate, depositDate, depositType, withdrawalNotified, source);
    }

    public LocalDate getSignatureDate() {
        return signatureDate;
    }

    public void setSignatureDate(LocalDate signatureDate) {
        this.signatureDate = signatureDate;
    }

    public LocalDate getDepositDate() {
        return depositDate;
    }

    public void setDepositDate(LocalDate depositDate) {
        this.depositDate = depositDate;
    }

    public DepositType getDepositType() {
        return depositType;
    }

    public void setDepositType(DepositType depositType) {
        this.depositType = depositType;
    }

    public LocalDate getWithdrawalNotified() {
        return withdrawalNotified;
    }

    public void setWithdrawalNotified(LocalDate withdrawalNotified) {
        this.withdrawalNotified = withdrawalNotified;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
