package org.ccmplatform.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccmplatform.shared.PlainText;

/** The form that adds or edits a contact. */
class ContactForm {

    @NotBlank
    @Size(max = 150)
    @PlainText
    private String fullName;

    @Size(max = 200)
    @PlainText
    private String functionTitle;

    @Size(max = 254)
    @Email
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "^$|^[+0-9 ()./-]{4,40}$", message = "{validation.phone}")
    private String phone;

    @Size(max = 3)
    private String stateIso3;

    private Long organisationId;

    private long version;

    static ContactForm of(Contact contact) {
        ContactForm form = new ContactForm();
        form.fullName = contact.fullName();
        form.functionTitle = contact.functionTitle();
        form.email = contact.email();
        form.phone = contact.phone();
        form.stateIso3 = contact.state() == null ? null : contact.state().iso3();
        form.organisationId = contact.organisation() == null ? null : contact.organisation().id();
        form.version = contact.version();
        return form;
    }

    ContactDetails details() {
        return new ContactDetails(fullName, functionTitle, email, phone, stateIso3, organisationId);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public void setFunctionTitle(String functionTitle) {
        this.functionTitle = functionTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStateIso3() {
        return stateIso3;
    }

    public void setStateIso3(String stateIso3) {
        this.stateIso3 = stateIso3;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
