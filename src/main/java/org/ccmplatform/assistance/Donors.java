package org.ccmplatform.assistance;

import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who a donor is when an offer or a pledge is recorded: a donor's own people record for their State or
 * organisation; the ISU records on behalf of the donor it names.
 */
@Component
class Donors {

    private final StateRegister states;
    private final OrganisationDirectory organisations;

    Donors(StateRegister states, OrganisationDirectory organisations) {
        this.states = states;
        this.organisations = organisations;
    }

    Donor actingAs(CurrentUser user, String donorIso3, Long donorOrganisationId) {
        if (user != null && user.has(Role.DONOR) && !user.isIsuAdmin()) {
            return user.stateId() != null ? new Donor(states.find(user.stateId()).orElseThrow(), null)
                    : new Donor(null, organisations.get(user.organisationId()));
        }
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("Only donors and the ISU record offers and pledges");
        }
        return named(donorIso3, donorOrganisationId);
    }

    Donor named(String donorIso3, Long donorOrganisationId) {
        if (donorIso3 != null && !donorIso3.isBlank()) {
            return new Donor(state(donorIso3, "donor"), null);
        }
        if (donorOrganisationId != null) {
            return new Donor(null, organisations.find(donorOrganisationId)
                    .orElseThrow(() -> new RuleViolation("donor", "donor.unknown", donorOrganisationId)));
        }
        throw new RuleViolation("donor", "validation.required");
    }

    State state(String iso3, String field) {
        return states.find(iso3.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new RuleViolation(field, "state.unknown", iso3));
    }
}
