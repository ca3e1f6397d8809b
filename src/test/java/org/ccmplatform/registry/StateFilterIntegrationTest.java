package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.registry.ParticipationStatus.NOT_PARTY;
import static org.ccmplatform.registry.ParticipationStatus.SIGNATORY;
import static org.ccmplatform.registry.ParticipationStatus.STATE_PARTY;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status filter runs in SQL; it must put each State where {@link Participation#statusOn} puts it. Tuvalu (no
 * reference participation) takes each standing in turn, inside a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class StateFilterIntegrationTest {

    @Autowired
    StateRegister register;

    @Test
    void everyStateIsListedUnderExactlyTheStatusItHasToday() {
        int everyState = register.all().size();
        int listed = 0;
        for (ParticipationStatus status : ParticipationStatus.values()) {
            List<StateRow> rows = list(status, null);
            assertThat(rows).as("listed as %s", status).allSatisfy(row -> assertThat(row.status()).isEqualTo(status));
            listed += rows.size();
        }
        assertThat(listed).isEqualTo(everyState);
        assertThat(list(STATE_PARTY, null)).hasSize(112);
    }

    @Test
    void aSignatoryIsListedAsASignatoryOnly() {
        register.record("TUV", "CCM", null, ParticipationFixture.signature(LocalDate.of(2009, 1, 5)));

        assertThat(listed(SIGNATORY)).containsExactly("TUV");
        assertThat(listed(STATE_PARTY)).isEmpty();
        assertThat(listed(NOT_PARTY)).isEmpty();
    }

    @Test
    void aStatePartyWhoseWithdrawalHasNotYetTakenEffectIsStillListedAsAParty() {
        LocalDate today = register.today();
        register.record("TUV", "CCM", null,
                ParticipationFixture.ratifiedThenWithdrew(LocalDate.of(2020, 1, 10), today.minusDays(1)));

        assertThat(listed(STATE_PARTY)).containsExactly("TUV");
        assertThat(listed(NOT_PARTY)).isEmpty();
    }

    @Test
    void aStatePartyIsListedAsNotPartyFromTheDayItsWithdrawalTakesEffect() {
        LocalDate today = register.today();
        Participation withdrawn = register.record("TUV", "CCM", null,
                ParticipationFixture.ratifiedThenWithdrew(LocalDate.of(2020, 1, 10), today.minusMonths(6)));

        // today itself, except on the few month-end days that no notification leads to (e.g. 30 August)
        assertThat(withdrawn.withdrawalEffective()).isBeforeOrEqualTo(today).isAfter(today.minusDays(4));
        assertThat(listed(NOT_PARTY)).containsExactly("TUV");
        assertThat(listed(STATE_PARTY)).isEmpty();
    }

    @Test
    void theStatusIsTakenUnderTheTreatyAskedFor() {
        register.record("TUV", "APMBC", null, ParticipationFixture.accession(LocalDate.of(2002, 9, 11)));

        assertThat(list(STATE_PARTY, register.treaty("APMBC").orElseThrow()))
                .extracting(row -> row.state().iso3()).contains("TUV");
        assertThat(listed(NOT_PARTY)).containsExactly("TUV");
        Participation apmbc = register.participation(register.get("TUV"), register.treaty("APMBC").orElseThrow())
                .orElseThrow();
        assertThat(apmbc.entryIntoForce()).isEqualTo(LocalDate.of(2003, 3, 1));
    }

    /** Tuvalu's code if Tuvalu is listed under the status in the CCM. */
    private List<String> listed(ParticipationStatus status) {
        return register.list(new StateFilter(register.ccm(), status, null, "tuvalu"), Language.EN,
                PageRequest.of(0, 25)).map(row -> row.state().iso3()).getContent();
    }

    private List<StateRow> list(ParticipationStatus status, Treaty treaty) {
        return register.list(new StateFilter(treaty == null ? register.ccm() : treaty, status, null, null),
                Language.EN, PageRequest.of(0, 400)).getContent();
    }
}
