package org.ccmplatform.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccmplatform.shared.PlainText;

/** The form that adds or edits an organisation. */
class OrganisationForm {

    @NotBlank
    @Size(max = 200)
    @PlainText
    private String name;

    @Size(max = 30)
    @PlainText
    private String acronym;

    @NotNull
    private OrganisationKind kind;

    @Size(max = 3)
    private String stateIso3;

    @Size(max = 300)
    @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{validation.url}")
    private String website;

    private long version;

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.name();
        form.acronym = organisation.acronym();
        form.kind = organisation.kind();
        form.stateIso3 = organisation.state() == null ? null : organisation.state().iso3();
        form.website = organisation.website();
        form.version = organisation.version();
        return form;
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, acronym, kind, stateIso3, website);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getStateIso3() {
        return stateIso3;
    }

    public void setStateIso3(String stateIso3) {
        this.stateIso3 = stateIso3;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
