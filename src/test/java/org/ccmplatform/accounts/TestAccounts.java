package org.ccmplatform.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;

/**
 * Accounts that a test creates for itself, with a unique username, so that no test locks, re-passwords or changes a
 * demo account that other tests sign in with.
 */
final class TestAccounts {

    /** Long enough for the password policy. */
    static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {}

    static String uniqueUsername(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static UserAccount observer(AccountService accounts, String purpose) {
        return accounts.create(uniqueUsername(purpose), PASSWORD, details(EnumSet.of(Role.OBSERVER), null, null));
    }

    static AccountDetails details(Set<Role> roles, Long stateId, Long organisationId) {
        return new AccountDetails("Test account", null, Language.EN, roles, stateId, organisationId, true);
    }
}
