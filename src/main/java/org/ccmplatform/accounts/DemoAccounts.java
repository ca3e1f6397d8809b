package org.ccmplatform.accounts;

import java.util.List;
import java.util.Set;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.Language;
import org.ccmplatform.shared.OneTimeLoads;
import org.ccmplatform.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo account per role (password "demo"; the ISU administrator's is "isu"), listed in the README. */
@Component
@Order(20)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String LOAD = "demo/accounts";

    private final OneTimeLoads loads;
    private final AccountService accounts;
    private final StateRegister states;
    private final OrganisationDirectory organisations;

    DemoAccounts(OneTimeLoads loads, AccountService accounts, StateRegister states,
            OrganisationDirectory organisations) {
        this.loads = loads;
        this.accounts = accounts;
        this.states = states;
        this.organisations = organisations;
    }

    private record DemoAccount(String username, String password, String displayName, Language language, Role role,
            String stateIso3, String organisationName) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("isu", "isu", "ISU administrator (demo)", Language.EN, Role.ISU_ADMIN, null,
                    "Implementation Support Unit of the Convention on Cluster Munitions"),
            new DemoAccount("president", "demo", "Presidency (demo)", Language.EN, Role.PRESIDENCY, "DEU", null),
            new DemoAccount("coordinator", "demo", "Thematic coordinator (demo)", Language.EN, Role.COORDINATOR, "ITA",
                    null),
            new DemoAccount("lebanon", "demo", "Focal point, Lebanon (demo)", Language.EN, Role.FOCAL_POINT, "LBN",
                    "Lebanon Mine Action Center"),
            new DemoAccount("laos", "demo", "Focal point, Lao PDR (demo)", Language.EN, Role.FOCAL_POINT, "LAO",
                    "National Regulatory Authority for UXO/Mine Action in Lao PDR"),
            new DemoAccount("norway", "demo", "Donor, Norway (demo)", Language.EN, Role.DONOR, "NOR", null),
            new DemoAccount("undp", "demo", "Donor programme, UNDP (demo)", Language.FR, Role.DONOR, null,
                    "United Nations Development Programme"),
            new DemoAccount("npa", "demo", "Operator, NPA (demo)", Language.EN, Role.OPERATOR, null,
                    "Norwegian People's Aid"),
            new DemoAccount("gichd", "demo", "Facilitator, GICHD (demo)", Language.FR, Role.FACILITATOR, null,
                    "Geneva International Centre for Humanitarian Demining"),
            new DemoAccount("observer", "demo", "Observer (demo)", Language.ES, Role.OBSERVER, null,
                    "Cluster Munition Coalition"));

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", () -> ACCOUNTS.forEach(this::create));
    }

    private void create(DemoAccount demo) {
        if (accounts.findByUsername(demo.username()).isPresent()) {
            return;
        }
        Long stateId = demo.stateIso3() == null ? null : states.get(demo.stateIso3()).id();
        Long organisationId = demo.organisationName() == null ? null
                : organisations.findByName(demo.organisationName()).map(Organisation::id).orElse(null);
        accounts.createWithoutPolicy(demo.username(), demo.password(), new AccountDetails(demo.displayName(),
                demo.username() + "@example.org", demo.language(), Set.of(demo.role()), stateId, organisationId,
                true));
    }

}
