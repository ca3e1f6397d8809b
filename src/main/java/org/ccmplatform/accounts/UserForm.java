package org.ccmplatform.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.PlainText;
import org.ccmplatform.shared.Role;

/** The administrator's form for an account. Username and password are only set when the account is created. */
class UserForm {

    @Size(max = 60)
    private String username;

    @Size(max = 128)
    private String password;

    @NotBlank
    @Size(max = 120)
    @PlainText
    private String displayName;

    @Size(max = 254)
    @Email
    private String email;

    @NotNull
    private Language language = Language.EN;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long stateId;

    private Long organisationId;

    private boolean enabled = true;

    private long version;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.email = account.email();
        form.language = account.language();
        form.roles = EnumSet.noneOf(Role.class);
        form.roles.addAll(account.roles());
        form.stateId = account.stateId();
        form.organisationId = account.organisationId();
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    AccountDetails details() {
        return new AccountDetails(displayName, email, language, roles == null ? Set.of() : roles, stateId,
                organisationId, enabled);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Long getStateId() {
        return stateId;
    }

    public void setStateId(Long stateId) {
        this.stateId = stateId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
