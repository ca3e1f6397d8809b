package org.ccmplatform.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many failed sign-ins lock an account, and for how long. */
@ConfigurationProperties("ccm.security")
record SecurityProperties(int maxFailedLogins, Duration lockout) {

    SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
    }
}
