package org.ccmplatform.accounts;

import java.util.Set;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;

/**
 * Accounts that tests of other modules create for themselves: a unique username, a unique e-mail address
 * ({@code <username>@example.test}) and a display name of the test's choosing, acting for a State or an organisation,
 * so that a test can read back the mail sent to exactly this person and look for exactly this name.
 */
public final class MemberAccounts {

    private MemberAccounts() {}

    /** A new account acting for the State and/or the organisation given (either may be null). */
    public static UserAccount actingFor(AccountService accounts, String purpose, String displayName, Role role,
            Long stateId, Long organisationId) {
        String username = TestAccounts.uniqueUsername(purpose);
        return accounts.create(username, TestAccounts.PASSWORD, new AccountDetails(displayName,
                username + "@example.test", Language.EN, Set.of(role), stateId, organisationId, true));
    }
}
