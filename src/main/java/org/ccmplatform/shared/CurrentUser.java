package org.ccmplatform.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as the pages and the API see them: roles and the State or organisation they act for. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Set<Role> roles;
    private final Long stateId;
    private final Long organisationId;
    private final boolean enabled;
    private final boolean locked;

    public CurrentUser(long id, String username, String passwordHash, String displayName, Set<Role> roles,
            Long stateId, Long organisationId, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.stateId = stateId;
        this.organisationId = organisationId;
        this.enabled = enabled;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isIsuAdmin() {
        return has(Role.ISU_ADMIN);
    }

    /** The State a focal point or a State's donor acts for, if any. */
    public Long stateId() {
        return stateId;
    }

    /** The organisation an operator or an organisation's donor acts for, if any. */
    public Long organisationId() {
        return organisationId;
    }

    public boolean actsForState(Long state) {
        return state != null && state.equals(stateId);
    }

    public boolean actsForOrganisation(Long organisation) {
        return organisation != null && organisation.equals(organisationId);
    }

    /** Acts for this State or this organisation (a delegation, a member, an owner is one or the other). */
    public boolean actsFor(Long state, Long organisation) {
        return actsForState(state) || actsForOrganisation(organisation);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
