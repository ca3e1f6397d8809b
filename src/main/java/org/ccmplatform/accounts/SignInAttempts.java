package org.ccmplatform.accounts;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins (form or HTTP Basic) per account and locks an account that reaches the limit. */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInAttempts(UserAccounts accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(java.util.Locale.ROOT);
        accounts.findByUsernameForUpdate(name).ifPresent(account -> {
            account.failedSignIn(clock.instant(), properties.maxFailedLogins(), properties.lockout());
            if (account.isLockedAt(clock.instant())) {
                log.warn("Account {} locked until {} after repeated failed sign-ins", name, account.lockedUntil());
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof org.ccmplatform.shared.CurrentUser user) {
            accounts.findByIdForUpdate(user.id())
                    .filter(a -> a.lockedUntil() != null || failedBefore(a))
                    .ifPresent(UserAccount::signedIn);
        }
    }

    private static boolean failedBefore(UserAccount account) {
        return account.failedLoginsSoFar() > 0;
    }
}
