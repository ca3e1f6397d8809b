package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.ccmplatform.meetings.DelegationRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CoalitionRoleTest {

    @ParameterizedTest(name = "{0} attends the coalition''s meetings as {1}")
    @CsvSource({
        "NATIONAL_AUTHORITY, CHAIR",
        "CHAMPION, MEMBER",
        "DONOR, MEMBER",
        "OPERATOR, MEMBER",
        "FACILITATOR, FACILITATOR",
        "SECRETARIAT, SECRETARIAT",
        "OBSERVER, OBSERVER"})
    void eachRoleAttendsTheCoalitionsMeetingsInItsOwnPart(CoalitionRole role, DelegationRole atMeetings) {
        assertThat(role.atMeetings()).isEqualTo(atMeetings);
    }

    @Test
    void theNationalAuthorityTheFacilitatorAndTheSecretariatRunTheMeetings() {
        assertThat(EnumSet.allOf(CoalitionRole.class)).filteredOn(CoalitionRole::runsMeetings)
                .containsExactlyInAnyOrder(CoalitionRole.NATIONAL_AUTHORITY, CoalitionRole.FACILITATOR,
                        CoalitionRole.SECRETARIAT);
    }

    @ParameterizedTest
    @EnumSource(CoalitionRole.class)
    void whoRunsTheCoalitionRunsItsMeetingsAndNobodyElse(CoalitionRole role) {
        assertThat(role.atMeetings().runsTheMeeting()).as("%s at the meetings as %s", role, role.atMeetings())
                .isEqualTo(role.runsMeetings());
    }
}
