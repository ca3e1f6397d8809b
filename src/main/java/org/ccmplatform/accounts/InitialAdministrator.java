package org.ccmplatform.accounts;

import java.util.Set;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first ISU administrator of an installation without demo data: created at start-up from
 * CCM_INITIAL_ADMIN_USERNAME and CCM_INITIAL_ADMIN_PASSWORD when that account does not exist yet.
 */
@Component
@Order(30)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    InitialAdministrator(AccountService accounts, @Value("${ccm.initial-admin.username:}") String username,
            @Value("${ccm.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.findByUsername(username.strip()).isPresent()) {
            return;
        }
        accounts.create(username, password, new AccountDetails("ISU administrator", null, Language.EN,
                Set.of(Role.ISU_ADMIN), null, null, true));
        log.info("Created the initial ISU administrator account '{}'", username.strip());
    }
}
