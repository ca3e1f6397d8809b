package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.coalitions.CoalitionFixture.aState;
import static org.ccmplatform.coalitions.CoalitionFixture.activeCoalition;
import static org.ccmplatform.coalitions.CoalitionFixture.anOrganisation;
import static org.ccmplatform.coalitions.CoalitionTest.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoalitionMemberTest {

    @Test
    void theChampionIsAState() {
        assertThat(new CoalitionMember(activeCoalition(), aState(), null, CoalitionRole.CHAMPION).role())
                .isEqualTo(CoalitionRole.CHAMPION);
    }

    @Test
    void anOrganisationCannotBeTheChampion() {
        assertRefused(() -> new CoalitionMember(activeCoalition(), null, anOrganisation(), CoalitionRole.CHAMPION),
                "role", "coalition.member.championIsAState");
    }

    @Test
    void anOrganisationInTheCoalitionCannotBeMadeTheChampion() {
        CoalitionMember operator = new CoalitionMember(activeCoalition(), null, anOrganisation(),
                CoalitionRole.OPERATOR);

        assertRefused(() -> operator.changeRole(CoalitionRole.CHAMPION), "role", "coalition.member.championIsAState");
        assertThat(operator.role()).isEqualTo(CoalitionRole.OPERATOR);
    }

    @ParameterizedTest
    @EnumSource(value = CoalitionRole.class, names = "CHAMPION", mode = EnumSource.Mode.EXCLUDE)
    void anOrganisationTakesEveryOtherRole(CoalitionRole role) {
        assertThat(new CoalitionMember(activeCoalition(), null, anOrganisation(), role).role()).isEqualTo(role);
    }

    @Test
    void aMemberIsAStateOrAnOrganisationNotBothNorNeither() {
        assertRefused(() -> new CoalitionMember(activeCoalition(), aState(), anOrganisation(), CoalitionRole.DONOR),
                "member", "coalition.member.stateOrOrganisation");
        assertRefused(() -> new CoalitionMember(activeCoalition(), null, null, CoalitionRole.DONOR),
                "member", "coalition.member.stateOrOrganisation");
    }

    @Test
    void aMemberHasARole() {
        assertRefused(() -> new CoalitionMember(activeCoalition(), aState(), null, null), "role",
                "validation.required");
    }

    @Test
    void nobodyActsForAMemberWithoutSigningIn() {
        assertThat(new CoalitionMember(activeCoalition(), aState(), null, CoalitionRole.DONOR).includes(null))
                .isFalse();
    }
}
