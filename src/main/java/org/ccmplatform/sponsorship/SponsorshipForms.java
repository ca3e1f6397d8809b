package org.ccmplatform.sponsorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.PlainText;
import org.ccmplatform.sponsorship.SponsorshipDesk.ApplicationDetails;
import org.ccmplatform.sponsorship.SponsorshipDesk.ContributionDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the sponsorship pages: what people type, checked for form before the rules look at it. */
final class SponsorshipForms {

    private SponsorshipForms() {}

    static Money francs(BigDecimal amount, String field) {
        return Money.of(amount, Sponsorship.CURRENCY, field);
    }

    /** A donor's contribution for a year, entered by the ISU. */
    static class ContributionForm {
        @Size(max = 3)
        private String donorState;
        private Long donorOrganisation;
        @NotNull
        private BigDecimal amount;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receivedOn;
        @NotBlank
        @Size(max = 100)
        @PlainText
        private String reference;
        @Size(max = 500)
        @PlainText
        private String note;

        ContributionDetails details(int year) {
            return new ContributionDetails(donorState, donorOrganisation, year, francs(amount, "amount"), receivedOn,
                    reference, note);
        }

        public String getDonorState() { return donorState; }
        public void setDonorState(String donorState) { this.donorState = donorState; }
        public Long getDonorOrganisation() { return donorOrganisation; }
        public void setDonorOrganisation(Long donorOrganisation) { this.donorOrganisation = donorOrganisation; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** A delegate's application, entered by the State's focal point or the ISU. */
    static class ApplicationForm {
        @NotNull
        private Long meetingId;
        @NotBlank
        @Size(max = 3)
        private String state;
        @NotBlank
        @Size(max = 200)
        @PlainText
        private String delegateName;
        @NotBlank
        @Size(max = 200)
        @PlainText
        private String delegateFunction;
        @NotNull
        private BigDecimal travel;
        @NotNull
        private BigDecimal dsa;

        ApplicationDetails details() {
            return new ApplicationDetails(meetingId, state, delegateName, delegateFunction, francs(travel, "travel"),
                    francs(dsa, "dsa"));
        }

        public Long getMeetingId() { return meetingId; }
        public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
        public String getState() { return state; }
        public void setState(String state) { this.state = state; }
        public String getDelegateName() { return delegateName; }
        public void setDelegateName(String delegateName) { this.delegateName = delegateName; }
        public String getDelegateFunction() { return delegateFunction; }
        public void setDelegateFunction(String delegateFunction) { this.delegateFunction = delegateFunction; }
        public BigDecimal getTravel() { return travel; }
        public void setTravel(BigDecimal travel) { this.travel = travel; }
        public BigDecimal getDsa() { return dsa; }
        public void setDsa(BigDecimal dsa) { this.dsa = dsa; }
    }

    /** The ISU's reasons for not selecting a delegate. */
    static class DeclineForm {
        @Size(max = 1000)
        @PlainText
        private String reasons;
        private long version;

        public String getReasons() { return reasons; }
        public void setReasons(String reasons) { this.reasons = reasons; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** The actual costs of a sponsored delegate, after the meeting. */
    static class CostsForm {
        @NotNull
        private BigDecimal travelActual;
        @NotNull
        private BigDecimal dsaActual;
        private long version;

        public BigDecimal getTravelActual() { return travelActual; }
        public void setTravelActual(BigDecimal travelActual) { this.travelActual = travelActual; }
        public BigDecimal getDsaActual() { return dsaActual; }
        public void setDsaActual(BigDecimal dsaActual) { this.dsaActual = dsaActual; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }
}
