package org.ccmplatform.coalitions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that proposes a coalition or changes how it is described. */
class CoalitionForm {

    @Size(max = 3)
    private String stateIso3;

    @Size(max = 3)
    private String authorityStateIso3;

    private Long authorityOrganisationId;

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String name;

    @NotNull
    private CoalitionStatus status = CoalitionStatus.PROPOSED;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    private Cadence cadence = Cadence.TWICE_A_YEAR;

    private Set<CoveredObligation> obligations = EnumSet.noneOf(CoveredObligation.class);

    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{validation.url}")
    private String strategyLink;

    @Size(max = 5000)
    @PlainText
    private String objectives;

    private long version;

    static CoalitionForm of(Coalition coalition) {
        CoalitionForm form = new CoalitionForm();
        form.stateIso3 = coalition.state().iso3();
        form.name = coalition.name();
        form.status = coalition.status();
        form.startDate = coalition.startDate();
        form.cadence = coalition.cadence();
        form.obligations = EnumSet.noneOf(CoveredObligation.class);
        form.obligations.addAll(coalition.obligations());
        form.strategyLink = coalition.strategyLink();
        form.objectives = coalition.objectives();
        form.version = coalition.version();
        return form;
    }

    CoalitionDetails details() {
        return new CoalitionDetails(name, status, startDate, cadence, obligations == null ? Set.of() : obligations,
                strategyLink, objectives);
    }

    public String getStateIso3() {
        return stateIso3;
    }

    public void setStateIso3(String stateIso3) {
        this.stateIso3 = stateIso3;
    }

    public String getAuthorityStateIso3() {
        return authorityStateIso3;
    }

    public void setAuthorityStateIso3(String authorityStateIso3) {
        this.authorityStateIso3 = authorityStateIso3;
    }

    public Long getAuthorityOrganisationId() {
        return authorityOrganisationId;
    }

    public void setAuthorityOrganisationId(Long authorityOrganisationId) {
        this.authorityOrganisationId = authorityOrganisationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CoalitionStatus getStatus() {
        return status;
    }

    public void setStatus(CoalitionStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public Set<CoveredObligation> getObligations() {
        return obligations;
    }

    public void setObligations(Set<CoveredObligation> obligations) {
        this.obligations = obligations;
    }

    public String getStrategyLink() {
        return strategyLink;
    }

    public void setStrategyLink(String strategyLink) {
        this.strategyLink = strategyLink;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
