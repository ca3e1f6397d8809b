package org.ccmplatform.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.PlainText;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the assistance pages: what people type, checked for form before the rules look at it. */
final class AssistanceForms {

    private AssistanceForms() {}

    /** A need, as its State's focal point or the ISU types it. */
    static class NeedForm {
        @Size(max = 3)
        private String state;
        private Integer article;
        @NotNull
        private Theme theme;
        @Size(max = 200)
        @PlainText
        private String place;
        @NotBlank
        @Size(max = 300)
        @PlainText
        private String title;
        private BigDecimal quantity;
        @Size(max = 20)
        @PlainText
        private String unit;
        @NotNull
        private BigDecimal cost;
        @NotBlank
        private String currency;
        @NotNull
        private Integer startYear;
        @NotNull
        private Integer endYear;
        @NotNull
        private Priority priority;
        @Size(max = 1000)
        @PlainText
        private String evidence;
        private boolean publicNeed = true;
        private long version;

        static NeedForm of(Need need) {
            NeedForm form = new NeedForm();
            form.state = need.state().iso3();
            form.article = need.article().number();
            NeedDetails d = need.details();
            form.theme = d.theme();
            form.place = d.place();
            form.title = d.title();
            form.quantity = d.quantity();
            form.unit = d.unit();
            form.cost = d.cost().amount();
            form.currency = d.cost().currency();
            form.startYear = d.startYear();
            form.endYear = d.endYear();
            form.priority = d.priority();
            form.evidence = d.evidence();
            form.publicNeed = d.publicNeed();
            form.version = need.version();
            return form;
        }

        NeedDetails details() {
            return new NeedDetails(theme, place, title, quantity, unit, Money.of(cost, currency, "cost"), startYear,
                    endYear, priority, evidence, publicNeed);
        }

        Article articleOrRefuse() {
            if (article == null) {
                throw new RuleViolation("article", "validation.required");
            }
            try {
                return Article.of(article);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("article", "validation.oneOf", article, "3, 4, 5, 7, 9");
            }
        }

        public String getState() { return state; }
        public void setState(String state) { this.state = state; }
        public Integer getArticle() { return article; }
        public void setArticle(Integer article) { this.article = article; }
        public Theme getTheme() { return theme; }
        public void setTheme(Theme theme) { this.theme = theme; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public BigDecimal getCost() { return cost; }
        public void setCost(BigDecimal cost) { this.cost = cost; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public Integer getStartYear() { return startYear; }
        public void setStartYear(Integer startYear) { this.startYear = startYear; }
        public Integer getEndYear() { return endYear; }
        public void setEndYear(Integer endYear) { this.endYear = endYear; }
        public Priority getPriority() { return priority; }
        public void setPriority(Priority priority) { this.priority = priority; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
        public boolean isPublicNeed() { return publicNeed; }
        public void setPublicNeed(boolean publicNeed) { this.publicNeed = publicNeed; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** A donor's offer and priorities; the ISU also names the donor. */
    static class OfferForm {
        @Size(max = 3)
        private String donorState;
        private Long donorOrganisation;
        private Set<Theme> themes = EnumSet.noneOf(Theme.class);
        @Size(max = 2000)
        private String states;
        private Set<UnRegion> regions = EnumSet.noneOf(UnRegion.class);
        @NotNull
        private BigDecimal amount;
        @NotBlank
        private String currency;
        @NotNull
        private Integer fromYear;
        @NotNull
        private Integer toYear;
        @NotNull
        private Modality modality;
        private Set<Preference> preferences = EnumSet.noneOf(Preference.class);
        @Size(max = 1000)
        @PlainText
        private String notes;
        private long version;

        static OfferForm of(DonorOffer offer) {
            OfferForm form = new OfferForm();
            OfferDetails d = offer.details();
            form.themes = d.themes().isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(d.themes());
            form.states = String.join(", ", d.states());
            form.regions = d.regions().isEmpty() ? EnumSet.noneOf(UnRegion.class) : EnumSet.copyOf(d.regions());
            form.amount = d.yearlyEnvelope().amount();
            form.currency = d.yearlyEnvelope().currency();
            form.fromYear = d.fromYear();
            form.toYear = d.toYear();
            form.modality = d.modality();
            form.preferences = d.preferences().isEmpty() ? EnumSet.noneOf(Preference.class)
                    : EnumSet.copyOf(d.preferences());
            form.notes = d.notes();
            form.version = offer.version();
            return form;
        }

        OfferDetails details() {
            Set<String> codes = new LinkedHashSet<>();
            if (states != null) {
                for (String code : states.split("[,;\\s]+")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
            return new OfferDetails(themes, codes, regions, Money.of(amount, currency, "amount"), fromYear, toYear,
                    modality, preferences, notes);
        }

        public String getDonorState() { return donorState; }
        public void setDonorState(String donorState) { this.donorState = donorState; }
        public Long getDonorOrganisation() { return donorOrganisation; }
        public void setDonorOrganisation(Long donorOrganisation) { this.donorOrganisation = donorOrganisation; }
        public Set<Theme> getThemes() { return themes; }
        public void setThemes(Set<Theme> themes) { this.themes = themes; }
        public String getStates() { return states; }
        public void setStates(String states) { this.states = states; }
        public Set<UnRegion> getRegions() { return regions; }
        public void setRegions(Set<UnRegion> regions) { this.regions = regions; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public Integer getFromYear() { return fromYear; }
        public void setFromYear(Integer fromYear) { this.fromYear = fromYear; }
        public Integer getToYear() { return toYear; }
        public void setToYear(Integer toYear) { this.toYear = toYear; }
        public Modality getModality() { return modality; }
        public void setModality(Modality modality) { this.modality = modality; }
        public Set<Preference> getPreferences() { return preferences; }
        public void setPreferences(Set<Preference> preferences) { this.preferences = preferences; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
    }

    /** A pledge: to a need or to a State's programme; the ISU also names the donor. */
    static class PledgeForm {
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
