package org.ccmplatform.coalitions;

import java.time.LocalDate;
import java.util.EnumSet;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.shared.CurrentUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Coalitions that a test creates for itself, so that it changes no demo coalition. Each is in Iraq (which has no
 * demo coalition) and has the demo accounts in its roles: the Lebanon Mine Action Center ("lebanon") as national
 * authority, Norway ("norway") as Champion, GICHD ("gichd") as facilitator, UNDP ("undp") as secretariat and
 * Norwegian People's Aid ("npa") as operator.
 */
final class TestCoalitions {

    static final String LEBANON_FORUM = "Lebanon Mine Action Forum";
    static final String MONTENEGRO = "Montenegro Country Coalition";
    static final String BOTSWANA = "Botswana Country Coalition";
    static final String LAOS = "Lao PDR Country Coalition (proposed)";
    static final String STATE = "IRQ";
    static final LocalDate START = LocalDate.of(2024, 1, 15);
    static final String LMAC = "Lebanon Mine Action Center";
    static final String GICHD = "Geneva International Centre for Humanitarian Demining";
    static final String UNDP = "United Nations Development Programme";
    static final String NPA = "Norwegian People's Aid";
    static final String HALO = "The HALO Trust";
    static final String MAG = "Mines Advisory Group";
    static final String HI = "Humanity & Inclusion";

    private final CoalitionRegister register;
    private final OrganisationDirectory organisations;
    private final UserDetailsService users;

    TestCoalitions(CoalitionRegister register, OrganisationDirectory organisations, UserDetailsService users) {
        this.register = register;
        this.organisations = organisations;
        this.users = users;
    }

    /** A new active coalition, meeting twice a year, with the five demo members in their roles. */
    Coalition create(String name) {
        Coalition coalition = withAuthorityOnly(name);
        member(coalition, "NOR", null, CoalitionRole.CHAMPION);
        member(coalition, null, GICHD, CoalitionRole.FACILITATOR);
        member(coalition, null, UNDP, CoalitionRole.SECRETARIAT);
        member(coalition, null, NPA, CoalitionRole.OPERATOR);
        return coalition;
    }

    /** A new active coalition with its national authority (the Lebanon Mine Action Center) and nobody else. */
    Coalition withAuthorityOnly(String name) {
        return register.create(STATE, details(name), null, organisationId(LMAC), user("isu"));
    }

    CoalitionMember member(Coalition coalition, String stateIso3, String organisationName, CoalitionRole role) {
        return register.addMember(coalition.id(), stateIso3,
                organisationName == null ? null : organisationId(organisationName), role, user("isu"));
    }

    /** A coalition looked up by its name (the demo ones have no fixed id). */
    static Coalition named(CoalitionRegister register, String name) {
        return register.list(null, org.springframework.data.domain.PageRequest.of(0, 200)).stream()
                .filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No coalition named " + name));
    }

    static CoalitionDetails details(String name) {
        return new CoalitionDetails(name, CoalitionStatus.ACTIVE, START, Cadence.TWICE_A_YEAR,
                EnumSet.of(CoveredObligation.CCM_ARTICLE_4), null, "Objectives of a test coalition.");
    }

    long organisationId(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
