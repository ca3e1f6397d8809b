package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.DepositType;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.ParticipationRecord;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * A State that becomes a party gets its standard obligations (Article 7 and Article 9) in the same transaction as its
 * deposit is recorded through the register (the ParticipationRecorded event), with deadlines computed from the entry
 * into force. The Marshall Islands and Micronesia, parties to nothing in the reference data, join in a transaction
 * that is rolled back, so that no other test sees them as parties.
 */
@IntegrationTest
@Transactional
class NewStatePartyObligationsIntegrationTest {

    @Autowired
    StateRegister register;

    @Autowired
    ObligationLedger ledger;

    @Autowired
    ObligationKeeper keeper;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    UserDetailsService users;

    /** An accession on 16 February 2026: in force on 1 August 2026, the first day of the sixth month after it. */
    private Participation marshallIslandsAccedes() {
        return register.record("MHL", "CCM", null, new ParticipationRecord(null, LocalDate.of(2026, 2, 16),
                DepositType.ACCESSION, null, "Test: accession"));
    }

    @Test
    @DisplayName("A State that accedes gets its transparency and implementation measures obligations, dated from "
            + "its entry into force")
    void aStateThatAccedesGetsItsStandardObligations() {
        State marshallIslands = register.get("MHL");
        assertThat(ledger.ofState(marshallIslands)).isEmpty();

        Participation accession = marshallIslandsAccedes();

        assertThat(accession.entryIntoForce()).isEqualTo(LocalDate.of(2026, 8, 1));
        List<ObligationView> obligations = ledger.ofState(marshallIslands);
        assertThat(obligations).extracting(v -> v.obligation().article())
                .containsExactly(Article.ARTICLE_7, Article.ARTICLE_9);
        ObligationView transparencyObligation = obligations.get(0);
        assertThat(transparencyObligation.obligation().basis()).isEqualTo("Article 7(1)");
        assertThat(transparencyObligation.startDate()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(transparencyObligation.originalDeadline()).as("180 days after 1 August 2026")
                .isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(transparencyObligation.currentDeadline()).isEqualTo(LocalDate.of(2027, 1, 28));
        ObligationView measures = obligations.get(1);
        assertThat(measures.obligation().basis()).isEqualTo("Article 9");
        assertThat(measures.startDate()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(measures.currentDeadline()).isNull();
        assertThat(measures.status()).isEqualTo(ObligationStatus.NO_DEADLINE);
    }

    @Test
    @DisplayName("The new State Party's initial report is overdue from the day after it falls due, 29 January 2027")
    void theNewStatePartysInitialReportFallsDue() {
        marshallIslandsAccedes();
        State marshallIslands = register.get("MHL");

        assertThat(transparency.overdueOf(marshallIslands, LocalDate.of(2026, 7, 31))).isEmpty();
        assertThat(transparency.overdueOf(marshallIslands, LocalDate.of(2027, 1, 28))).isEmpty();
        assertThat(transparency.overdueOf(marshallIslands, LocalDate.of(2027, 1, 29))).singleElement()
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(ReportKind.INITIAL);
                    assertThat(o.dueDate()).isEqualTo(LocalDate.of(2027, 1, 28));
                });
        assertThat(transparency.overdue(LocalDate.of(2027, 1, 29))).filteredOn(o -> o.state().iso3().equals("MHL"))
                .hasSize(1);
        assertThat(transparency.overdueOf(marshallIslands, LocalDate.of(2028, 5, 1)))
                .extracting(OverdueReport::kind, OverdueReport::yearCovered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReportKind.INITIAL, null),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.ANNUAL, 2027));
    }

    @Test
    @DisplayName("Recording the deposit again (a corrected source) gives no second set of obligations")
    void recordingTheDepositAgainGivesNoSecondSet() {
        Participation accession = marshallIslandsAccedes();

        register.record("MHL", "CCM", accession.version(), new ParticipationRecord(null, LocalDate.of(2026, 2, 16),
                DepositType.ACCESSION, null, "Test: accession, corrected source"));

        assertThat(ledger.ofState(register.get("MHL"))).extracting(v -> v.obligation().article())
                .containsExactly(Article.ARTICLE_7, Article.ARTICLE_9);
    }

    @Test
    @DisplayName("A signature alone makes no State Party and gives no obligation")
    void aSignatureAloneGivesNoObligation() {
        register.record("FSM", "CCM", null, new ParticipationRecord(LocalDate.of(2009, 12, 3), null, null, null,
                "Test: signature"));

        assertThat(ledger.ofState(register.get("FSM"))).isEmpty();
    }

    @Test
    @DisplayName("Once a party, the State may be given a clearance obligation, due ten years after entry into force")
    void theNewStatePartyMayCarryAClearanceObligation() {
        marshallIslandsAccedes();
        CurrentUser isu = (CurrentUser) users.loadUserByUsername("isu");

        Obligation clearance = keeper.declare("MHL", Article.ARTICLE_4, null, "Test: contaminated areas declared",
                isu);

        ObligationView view = ledger.view(clearance.id());
        assertThat(view.startDate()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(view.originalDeadline()).isEqualTo(LocalDate.of(2036, 8, 1));
        assertThat(view.status()).isEqualTo(ObligationStatus.ON_TRACK);
        assertThat(view.projection().basis()).isEqualTo("projection.noData");
    }
}
