package org.ccmplatform.assistance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.ccmplatform.registry.UnRegion;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.PlainText;

/** A donor's offer and priorities; the ISU also names the donor. */
class OfferForm {
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
