package org.ccmplatform.coalitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.coalitions.CoalitionFixture.activeCoalition;
import static org.ccmplatform.coalitions.CoalitionTest.assertRefused;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcernTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aConcernWithNoTextIsRefused(String text) {
        assertRefused(() -> new Concern(activeCoalition(), text, 7L, NOW), "text", "concern.text.required");
    }

    @Test
    void aConcernLongerThanItsColumnIsRefused() {
        assertRefused(() -> new Concern(activeCoalition(), "x".repeat(Concern.MAX_TEXT + 1), 7L, NOW), "text",
                "validation.tooLong");
    }

    @Test
    void aNewConcernIsRaisedAndKnowsWhoRaisedIt() {
        Concern concern = new Concern(activeCoalition(), "  Permits take weeks.  ", 7L, NOW);

        assertThat(concern.text()).isEqualTo("Permits take weeks.");
        assertThat(concern.status()).isEqualTo(ConcernStatus.RAISED);
        assertThat(concern.wasRaisedBy(7L)).isTrue();
        assertThat(concern.wasRaisedBy(8L)).isFalse();
    }

    @Test
    void puttingTheIssueOnAnAgendaRemembersTheItemAndTheFacilitatorsNote() {
        Concern concern = new Concern(activeCoalition(), "Permits take weeks.", 7L, NOW);

        concern.putOnAgenda(42L, " Discussed with the authority. ");

        assertThat(concern.status()).isEqualTo(ConcernStatus.ON_AGENDA);
        assertThat(concern.agendaItemId()).isEqualTo(42L);
        assertThat(concern.facilitatorNote()).isEqualTo("Discussed with the authority.");
    }
}
