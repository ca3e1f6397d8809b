package org.ccmplatform.accounts;

import java.util.Set;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;

/** What the ISU sets on an account. */
record AccountDetails(String displayName, String email, Language language, Set<Role> roles, Long stateId,
        Long organisationId, boolean enabled) {}
