package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.assistance.AssistanceFixture.clearanceNeed;
import static org.ccmplatform.assistance.AssistanceFixture.donorActingFor;
import static org.ccmplatform.assistance.AssistanceFixture.focalPointOf;
import static org.ccmplatform.assistance.AssistanceFixture.isu;
import static org.ccmplatform.assistance.AssistanceFixture.laos;
import static org.ccmplatform.assistance.AssistanceFixture.lebanon;
import static org.ccmplatform.assistance.AssistanceFixture.notPublicNeed;
import static org.ccmplatform.assistance.AssistanceFixture.user;
import static org.ccmplatform.assistance.AssistanceFixture.withRole;

import org.ccmplatform.registry.State;
import org.ccmplatform.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReaderTest {

    private final State lebanon = lebanon();
    private final Need notPublic = notPublicNeed(lebanon);

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ISU_ADMIN", "DONOR", "PRESIDENCY", "COORDINATOR"})
    void theIsuDonorsThePresidencyAndCoordinatorsSeeANeedThatIsNotPublic(Role role) {
        Reader reader = Reader.of(withRole(role));

        assertThat(reader.sees(notPublic)).isTrue();
        assertThat(reader.seesAll()).isTrue();
    }

    @Test
    void theFocalPointOfTheNeedsStateSeesItButNotThatOfAnotherState() {
        assertThat(Reader.of(focalPointOf(lebanon)).sees(notPublic)).isTrue();
        assertThat(Reader.of(focalPointOf(laos())).sees(notPublic)).isFalse();
        assertThat(Reader.of(focalPointOf(lebanon)).seesAll()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OPERATOR", "OBSERVER", "FACILITATOR"})
    void otherRolesDoNotSeeANeedThatIsNotPublic(Role role) {
        assertThat(Reader.of(withRole(role)).sees(notPublic)).isFalse();
    }

    @Test
    void anOperatorWorkingInTheStateDoesNotSeeItsNeedThatIsNotPublic() {
        assertThat(Reader.of(user(Role.OPERATOR, lebanon.id(), null)).sees(notPublic)).isFalse();
        assertThat(Reader.of(user(Role.OPERATOR, lebanon.id(), null)).ownState()).isNull();
    }

    @Test
    void anAnonymousReaderSeesOnlyPublicNeeds() {
        Reader anonymous = Reader.of(null);

        assertThat(anonymous.sees(notPublic)).isFalse();
        assertThat(anonymous.sees(clearanceNeed(lebanon))).isTrue();
    }

    @Test
    void theIsuReaderOfTheServicesSeesEverything() {
        assertThat(Reader.isu().sees(notPublic)).isTrue();
    }

    @Test
    void theIsuAndTheStatesOwnFocalPointKeepItsNeeds() {
        assertThat(Reader.of(isu()).keeps(lebanon)).isTrue();
        assertThat(Reader.of(focalPointOf(lebanon)).keeps(lebanon)).isTrue();

        assertThat(Reader.of(focalPointOf(laos())).keeps(lebanon)).isFalse();
        assertThat(Reader.of(donorActingFor(lebanon)).keeps(lebanon)).isFalse();
        assertThat(Reader.of(withRole(Role.PRESIDENCY)).keeps(lebanon)).isFalse();
        assertThat(Reader.of(withRole(Role.COORDINATOR)).keeps(lebanon)).isFalse();
        assertThat(Reader.of(null).keeps(lebanon)).isFalse();
    }
}
