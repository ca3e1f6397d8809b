package org.ccmplatform.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.PlainText;

/** A pledge: to a need or to a State's programme; the ISU also names the donor. */
class PledgeForm {
    @Size(max = 3)
    private String donorState;
    private Long donorOrganisation;
    private Long needId;
    @Size(max = 3)
    private String state;
    private Long coalitionId;
    private Long operatorId;
    @NotNull
    private BigDecimal amount;
    @NotBlank
    private String currency;
    @NotNull
    private Integer fromYear;
    @NotNull
    private Integer toYear;
    @NotNull
    private PledgeStatus status;
    private boolean publicAmount = true;
    @Size(max = 500)
    @PlainText
    private String note;
    private long version;

    static PledgeForm of(Pledge pledge) {
        PledgeForm form = new PledgeForm();
        PledgeTerms t = pledge.terms();
        form.needId = pledge.need() == null ? null : pledge.need().id();
        form.state = pledge.state().iso3();
        form.coalitionId = pledge.coalitionId();
        form.operatorId = pledge.operator() == null ? null : pledge.operator().id();
        form.amount = t.amount().amount();
        form.currency = t.amount().currency();
        form.fromYear = t.fromYear();
        form.toYear = t.toYear();
        form.status = t.status();
        form.publicAmount = t.publicAmount();
        form.note = t.note();
        form.version = pledge.version();
        return form;
    }

    PledgeTerms terms() {
        return new PledgeTerms(Money.of(amount, currency, "amount"), fromYear, toYear, status, publicAmount, note);
    }

    PledgeDesk.Target target() {
        return new PledgeDesk.Target(needId, state, coalitionId, operatorId);
    }

    public String getDonorState() { return donorState; }
    public void setDonorState(String donorState) { this.donorState = donorState; }
    public Long getDonorOrganisation() { return donorOrganisation; }
    public void setDonorOrganisation(Long donorOrganisation) { this.donorOrganisation = donorOrganisation; }
    public Long getNeedId() { return needId; }
    public void setNeedId(Long needId) { this.needId = needId; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public Long getCoalitionId() { return coalitionId; }
    public void setCoalitionId(Long coalitionId) { this.coalitionId = coalitionId; }
    public Long getOperatorId() { return operatorId; }
    public void setOperatorId(Long operatorId) { this.operatorId = operatorId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Integer getFromYear() { return fromYear; }
    public void setFromYear(Integer fromYear) { this.fromYear = fromYear; }
    public Integer getToYear() { return toYear; }
    public void setToYear(Integer toYear) { this.toYear = toYear; }
    public PledgeStatus getStatus() { return status; }
    public void setStatus(PledgeStatus status) { this.status = status; }
    public boolean isPublicAmount() { return publicAmount; }
    public void setPublicAmount(boolean publicAmount) { this.publicAmount = publicAmount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
