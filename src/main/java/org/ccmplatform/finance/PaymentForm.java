package org.ccmplatform.finance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A payment as the ISU types it. */
class PaymentForm {
    private Long invoiceId;
    @Size(max = 3)
    private String stateIso3;
    private Integer year;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    @NotNull
    private BigDecimal paidAmount;
    @NotBlank
    private String paidCurrency = IsuBudget.CURRENCY;
    private BigDecimal rateToChf;
    @NotBlank
    @Size(max = 100)
    @PlainText
    private String bankReference;
    @Size(max = 300)
    @PlainText
    private String earmark;

    Treasury.PaymentEntry entry() {
        return new Treasury.PaymentEntry(invoiceId, stateIso3, year, receivedOn, paidAmount, paidCurrency,
                rateToChf, bankReference, earmark);
    }

    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public String getStateIso3() { return stateIso3; }
    public void setStateIso3(String stateIso3) { this.stateIso3 = stateIso3; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public void setPaidAmount(BigDecimal paidAmount) { this.paidAmount = paidAmount; }
    public String getPaidCurrency() { return paidCurrency; }
    public void setPaidCurrency(String paidCurrency) { this.paidCurrency = paidCurrency; }
    public BigDecimal getRateToChf() { return rateToChf; }
    public void setRateToChf(BigDecimal rateToChf) { this.rateToChf = rateToChf; }
    public String getBankReference() { return bankReference; }
    public void setBankReference(String bankReference) { this.bankReference = bankReference; }
    public String getEarmark() { return earmark; }
    public void setEarmark(String earmark) { this.earmark = earmark; }
}
