package org.ccmplatform.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ccmplatform.shared.Audited;

/** A personal access token with which a user's scripts reach the API; only its hash is kept. */
@Entity
@Audited(masked = "tokenHash", ignored = "lastUsedAt")
public class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    private String name;

    private String tokenHash;

    /** The first characters of the token, so that its owner can tell tokens apart. */
    private String tokenPrefix;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    @Version
    private long version;

    protected AccessToken() {}

    AccessToken(UserAccount user, String name, String tokenHash, String tokenPrefix, Instant createdAt,
            Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UserAccount user() {
        return user;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** Creation, expiry and last use in UTC, for display. */
    public java.time.LocalDateTime createdAtUtc() {
        return utc(createdAt);
    }

    public java.time.LocalDateTime expiresAtUtc() {
        return utc(expiresAt);
    }

    public java.time.LocalDateTime lastUsedAtUtc() {
        return utc(lastUsedAt);
    }

    private static java.time.LocalDateTime utc(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
