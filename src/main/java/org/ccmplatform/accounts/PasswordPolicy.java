package org.ccmplatform.accounts;

import org.ccmplatform.shared.RuleViolation;

/** What a password chosen by a person must be: long enough, not the username. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation(field, "validation.tooLong", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RuleViolation(field, "password.sameAsUsername");
        }
    }
}
