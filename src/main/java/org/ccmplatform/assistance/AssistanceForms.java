package org.ccmplatform.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the assistance pages: what people type, checked for form before the rules look at it. */
final class AssistanceForms {

    private AssistanceForms() {}

    /** A tranche paid on a pledge. */
    static class TrancheForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate paidOn;
        @NotNull
        private BigDecimal amount;
        @Size(max = 200)
        @PlainText
        private String reference;

        public LocalDate getPaidOn() { return paidOn; }
        public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
    }

    /** An exchange rate, entered by the ISU. */
    static class RateForm {
        @NotBlank
        private String currency;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate rateDate;
        @NotNull
        private BigDecimal usdPerUnit;
        @NotBlank
        @Size(max = 300)
        @PlainText
        private String source;

        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public LocalDate getRateDate() { return rateDate; }
        public void setRateDate(LocalDate rateDate) { this.rateDate = rateDate; }
        public BigDecimal getUsdPerUnit() { return usdPerUnit; }
        public void setUsdPerUnit(BigDecimal usdPerUnit) { this.usdPerUnit = usdPerUnit; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }
}
