package org.ccmplatform.accounts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.NotFoundException;
import org.ccmplatform.shared.RuleViolation;
import org.ccmplatform.shared.SearchText;
import org.ccmplatform.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of accounts: the ISU's administration, a person's own profile, and scripts' tokens. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final String TOKEN_PREFIX = "ccm_";
    private static final int GENERATED_PASSWORD_BYTES = 12;

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final StateRegister states;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(UserAccounts accounts, AccessTokens tokens, PasswordEncoder passwordEncoder, StateRegister states,
            OrganisationDirectory organisations, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.states = states;
        this.organisations = organisations;
        this.clock = clock;
    }

    public Page<UserAccount> list(String query, Pageable pageable) {
        String pattern = query == null || query.isBlank() ? null : SearchText.containing(query);
        return accounts.search(pattern, pageable);
    }

    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    public Optional<UserAccount> find(Long id) {
        return id == null ? Optional.empty() : accounts.findById(id);
    }

    /** Accounts that may sign in, by username: for choosers such as an action point's owner (bounded at 500). */
    public List<UserAccount> directory() {
        return accounts.search(null, org.springframework.data.domain.PageRequest.of(0, 500)).getContent().stream()
                .filter(UserAccount::enabled)
                .toList();
    }

    /** The e-mail addresses of the people who act for some States or organisations, by their language. */
    public java.util.Map<Language, List<String>> emailsActingFor(java.util.Collection<Long> stateIds,
            java.util.Collection<Long> organisationIds) {
        if (stateIds.isEmpty() && organisationIds.isEmpty()) {
            return java.util.Map.of();
        }
        return accounts.emailsActingFor(stateIds.isEmpty() ? List.of(-1L) : stateIds,
                        organisationIds.isEmpty() ? List.of(-1L) : organisationIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(row -> Language.ofTag((String) row[1]),
                        () -> new java.util.EnumMap<>(Language.class),
                        java.util.stream.Collectors.mapping(row -> (String) row[0],
                                java.util.stream.Collectors.toList())));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional
    UserAccount create(String username, String password, AccountDetails details) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("username", "account.username.malformed");
        }
        if (accounts.existsByUsername(name)) {
            throw new RuleViolation("username", "account.username.taken", name);
        }
        PasswordPolicy.check("password", name, password);
        checkBindings(details);
        return accounts.save(new UserAccount(name, passwordEncoder.encode(password), details));
    }

    /** For demo accounts only, whose passwords are the short ones the README lists. */
    @Transactional
    UserAccount createWithoutPolicy(String username, String password, AccountDetails details) {
        return accounts.save(new UserAccount(username, passwordEncoder.encode(password), details));
    }

    @Transactional
    UserAccount update(long id, long version, AccountDetails details) {
        UserAccount account = get(id);
        StaleEditException.check(version, account.version());
        checkBindings(details);
        account.describe(details);
        return account;
    }

    /** Gives the account a new random password, shown once to the administrator to hand over. */
    @Transactional
    String resetPassword(long id) {
        UserAccount account = get(id);
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        account.changePassword(passwordEncoder.encode(password));
        return password;
    }

    @Transactional
    void unlock(long id) {
        get(id).unlock();
    }

    @Transactional
    void changeOwnPassword(CurrentUser user, String current, String wanted) {
        UserAccount account = get(user.id());
        if (current == null || !passwordEncoder.matches(current, account.passwordHash())) {
            throw new RuleViolation("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", account.username(), wanted);
        account.changePassword(passwordEncoder.encode(wanted));
    }

    @Transactional
    void preferLanguage(CurrentUser user, Language language) {
        get(user.id()).preferLanguage(language);
    }

    List<AccessToken> tokensOf(CurrentUser user) {
        return tokens.findTop50ByUserOrderByCreatedAtDesc(get(user.id()));
    }

    @Transactional
    NewToken createToken(CurrentUser user, String name, Integer validDays) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "validation.required");
        }
        if (validDays != null && (validDays < 1 || validDays > 366)) {
            throw new RuleViolation("validDays", "token.validDays.range", 1, 366);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        AccessToken token = tokens.save(new AccessToken(get(user.id()), name.strip(), sha256(secret),
                secret.substring(0, TOKEN_PREFIX.length() + 6), now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays))));
        return new NewToken(token, secret);
    }

    @Transactional
    void revokeToken(CurrentUser user, long tokenId) {
        tokens.findByIdAndUser(tokenId, get(user.id()))
                .orElseThrow(() -> new NotFoundException("Token", tokenId))
                .revoke(clock.instant());
    }

    /** The user a token belongs to, if the token is known, not revoked, not expired, and the user may sign in. */
    @Transactional
    Optional<CurrentUser> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(secret))
                .filter(t -> t.isUsableAt(now))
                .map(t -> {
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(60))) {
                        tokens.markUsed(t.id(), now, now.minusSeconds(60));
                    }
                    return t.user().toCurrentUser(now);
                })
                .filter(u -> u.isEnabled() && u.isAccountNonLocked());
    }

    private void checkBindings(AccountDetails details) {
        if (details.stateId() != null && states.find(details.stateId()).isEmpty()) {
            throw new RuleViolation("stateId", "state.unknown", details.stateId());
        }
        if (details.organisationId() != null && organisations.find(details.organisationId()).isEmpty()) {
            throw new RuleViolation("organisationId", "organisation.unknown", details.organisationId());
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
