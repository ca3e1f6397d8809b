package org.ccmplatform.accounts;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.ccmplatform.shared.Audited;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;

/** A person who signs in: their roles, and the State or organisation they act for. */
@Entity
@Table(name = "app_user")
@Audited(masked = "passwordHash", ignored = "failedLogins")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String displayName;

    private String email;

    private String language;

    @Convert(converter = RolesConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long stateId;

    private Long organisationId;

    private boolean enabled;

    private int failedLogins;

    private Instant lockedUntil;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, AccountDetails details) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = true;
        describe(details);
    }

    /** Sets what the ISU decides about an account: name, contact, language, roles and whom it acts for. */
    void describe(AccountDetails details) {
        Set<Role> wanted = details.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(details.roles());
        if (wanted.isEmpty()) {
            throw new RuleViolation("roles", "account.roles.required");
        }
        for (Role role : wanted) {
            if (role.needsState() && details.stateId() == null) {
                throw new RuleViolation("stateId", "account.role.needsState", role);
            }
            if (role.needsOrganisation() && details.organisationId() == null) {
                throw new RuleViolation("organisationId", "account.role.needsOrganisation", role);
            }
            if (role.needsStateOrOrganisation() && details.stateId() == null && details.organisationId() == null) {
                throw new RuleViolation("stateId", "account.role.needsStateOrOrganisation", role);
            }
        }
        this.displayName = details.displayName().strip();
        this.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
        this.language = details.language().tag();
        this.roles = wanted;
        this.stateId = details.stateId();
        this.organisationId = details.organisationId();
        this.enabled = details.enabled();
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void preferLanguage(Language preferred) {
        this.language = preferred.tag();
    }

    /** Counts a failed sign-in; at the limit the account is locked for a while. */
    void failedSignIn(Instant now, int limit, java.time.Duration lockout) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    void signedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(id, username, passwordHash, displayName, roles, stateId, organisationId, enabled,
                isLockedAt(now));
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return Language.ofTag(language);
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    int failedLoginsSoFar() {
        return failedLogins;
    }

    public Long stateId() {
        return stateId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** When the lock-out ends, in UTC, for display. */
    public java.time.LocalDateTime lockedUntilUtc() {
        return lockedUntil == null ? null : java.time.LocalDateTime.ofInstant(lockedUntil, java.time.ZoneOffset.UTC);
    }

    public long version() {
        return version;
    }
}
