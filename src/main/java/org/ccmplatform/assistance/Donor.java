package org.ccmplatform.assistance;

import java.util.Locale;
import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Role;

/** Who gives: a State (Norway) or an organisation (the European Union, a UN programme). */
public record Donor(State state, Organisation organisation) {

    public String name(Locale locale) {
        return state != null ? state.name(locale) : organisation.shortName();
    }

    /** "NOR" for a State, the organisation's acronym or name otherwise: what an export or a chooser shows. */
    public String code() {
        return state != null ? state.iso3() : organisation.shortName();
    }

    public boolean isActedForBy(CurrentUser user) {
        return user != null && user.has(Role.DONOR)
                && (state != null ? user.actsForState(state.id()) : user.actsForOrganisation(organisation.id()));
    }

    public boolean sameAs(Donor other) {
        return other != null && (state != null ? other.state != null && state.id().equals(other.state.id())
                : other.organisation != null && organisation.id().equals(other.organisation.id()));
    }
}
