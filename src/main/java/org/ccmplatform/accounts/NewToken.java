package org.ccmplatform.accounts;

/** A token just created: the only moment its secret is shown. */
record NewToken(AccessToken token, String secret) {}
