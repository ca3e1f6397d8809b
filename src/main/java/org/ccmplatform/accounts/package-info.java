/** Accounts, roles and sign-in: form login with lock-out, personal access tokens for scripts, user administration. */
package org.ccmplatform.accounts;
