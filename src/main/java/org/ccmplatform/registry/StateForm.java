package org.ccmplatform.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ccmplatform.shared.PlainText;

/** The form that adds a State or changes how it is described. */
class StateForm {

    /** Checks made only when a State is added: an existing State's codes are not on its edit form and never change. */
    interface Creation {}

    @NotBlank(groups = Creation.class)
    @Size(max = 3, groups = Creation.class)
    private String iso3;

    @NotBlank(groups = Creation.class)
    @Size(max = 2, groups = Creation.class)
    private String iso2;

    @NotNull
    private UnMembership unMembership;

    @NotNull
    private UnRegion region;

    @Size(max = 120)
    @PlainText
    private String nameEn;

    @Size(max = 120)
    @PlainText
    private String nameFr;

    @Size(max = 120)
    @PlainText
    private String nameEs;

    private long version;

    static StateForm of(State state) {
        StateForm form = new StateForm();
        form.iso3 = state.iso3();
        form.iso2 = state.iso2();
        form.unMembership = state.unMembership();
        form.region = state.region();
        form.nameEn = state.names().en();
        form.nameFr = state.names().fr();
        form.nameEs = state.names().es();
        form.version = state.version();
        return form;
    }

    StateNames names() {
        return new StateNames(nameEn, nameFr, nameEs);
    }

    public String getIso3() {
        return iso3;
    }

    public void setIso3(String iso3) {
        this.iso3 = iso3;
    }

    public String getIso2() {
        return iso2;
    }

    public void setIso2(String iso2) {
        this.iso2 = iso2;
    }

    public UnMembership getUnMembership() {
        return unMembership;
    }

    public void setUnMembership(UnMembership unMembership) {
        this.unMembership = unMembership;
    }

    public UnRegion getRegion() {
        return region;
    }

    public void setRegion(UnRegion region) {
        this.region = region;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
