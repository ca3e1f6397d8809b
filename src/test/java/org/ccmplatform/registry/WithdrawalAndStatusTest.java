package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.registry.ParticipationFixture.TODAY;
import static org.ccmplatform.registry.ParticipationStatus.NOT_PARTY;
import static org.ccmplatform.registry.ParticipationStatus.SIGNATORY;
import static org.ccmplatform.registry.ParticipationStatus.STATE_PARTY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CCM Article 20 (withdrawal) and where a State stands on a given day. */
class WithdrawalAndStatusTest {

    private final Treaty ccm = TreatyFixture.ccm();

    @Test
    void lithuaniasWithdrawalTakesEffectSixMonthsAfterTheDepositaryReceivedIt() {
        Participation lithuania = ParticipationFixture.lithuania();

        assertThat(lithuania.withdrawalEffective()).isEqualTo(LocalDate.of(2025, 3, 6));
    }

    @Test
    void lithuaniaStaysAStatePartyUntilTheDayBeforeItsWithdrawalTakesEffect() {
        Participation lithuania = ParticipationFixture.lithuania();

        assertThat(lithuania.statusOn(LocalDate.of(2024, 9, 6))).isEqualTo(STATE_PARTY);
        assertThat(lithuania.statusOn(LocalDate.of(2025, 3, 5))).isEqualTo(STATE_PARTY);
        assertThat(lithuania.isInForceOn(LocalDate.of(2025, 3, 5))).isTrue();
        assertThat(lithuania.isWithdrawnOn(LocalDate.of(2025, 3, 5))).isFalse();
    }

    @Test
    void lithuaniaIsNotPartyFromTheDayItsWithdrawalTakesEffect() {
        Participation lithuania = ParticipationFixture.lithuania();

        assertThat(lithuania.statusOn(LocalDate.of(2025, 3, 6))).isEqualTo(NOT_PARTY);
        assertThat(lithuania.statusOn(TODAY)).isEqualTo(NOT_PARTY);
        assertThat(lithuania.isInForceOn(LocalDate.of(2025, 3, 6))).isFalse();
        assertThat(lithuania.isWithdrawnOn(LocalDate.of(2025, 3, 6))).isTrue();
    }

    @Test
    void aWithdrawnStateKeepsItsHistory() {
        Participation lithuania = ParticipationFixture.lithuania();

        assertThat(lithuania.depositDate()).isEqualTo(LocalDate.of(2011, 3, 24));
        assertThat(lithuania.depositType()).isEqualTo(DepositType.RATIFICATION);
        assertThat(lithuania.entryIntoForce()).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(lithuania.withdrawalNotified()).isEqualTo(LocalDate.of(2024, 9, 6));
        assertThat(lithuania.statusOn(LocalDate.of(2015, 1, 1))).isEqualTo(STATE_PARTY);
    }

    @Test
    void theStateProfileShowsAWithdrawnStateAsNotPartyAndWithdrawn() {
        StateProfile.TreatyStanding standing = new StateProfile.TreatyStanding(ccm, ParticipationFixture.lithuania(),
                TODAY);

        assertThat(standing.status()).isEqualTo(NOT_PARTY);
        assertThat(standing.withdrawn()).isTrue();
        assertThat(standing.inForce()).isFalse();
    }

    @Test
    void aStateIsNotPartyBeforeItsDepositAndAStatePartyFromTheDayOfDeposit() {
        Participation afghanistan = ParticipationFixture.recorded(ccm,
                ParticipationFixture.ratification(LocalDate.of(2011, 9, 8)));

        assertThat(afghanistan.statusOn(LocalDate.of(2011, 9, 7))).isEqualTo(NOT_PARTY);
        assertThat(afghanistan.statusOn(LocalDate.of(2011, 9, 8))).isEqualTo(STATE_PARTY);
        assertThat(afghanistan.statusOn(TODAY)).isEqualTo(STATE_PARTY);
    }

    @Test
    void aStatePartyIsBoundOnlyFromEntryIntoForce() {
        Participation afghanistan = ParticipationFixture.recorded(ccm,
                ParticipationFixture.ratification(LocalDate.of(2011, 9, 8)));

        assertThat(afghanistan.isInForceOn(LocalDate.of(2012, 2, 29))).isFalse();
        assertThat(afghanistan.isInForceOn(LocalDate.of(2012, 3, 1))).isTrue();
    }

    @Test
    void aSignatoryIsASignatoryFromTheDayItSignedUntilItDeposits() {
        Participation signed = ParticipationFixture.recorded(ccm,
                ParticipationFixture.signedAndRatified(LocalDate.of(2008, 12, 3), LocalDate.of(2011, 3, 24)));

        assertThat(signed.statusOn(LocalDate.of(2008, 12, 2))).isEqualTo(NOT_PARTY);
        assertThat(signed.statusOn(LocalDate.of(2008, 12, 3))).isEqualTo(SIGNATORY);
        assertThat(signed.statusOn(LocalDate.of(2011, 3, 23))).isEqualTo(SIGNATORY);
        assertThat(signed.statusOn(LocalDate.of(2011, 3, 24))).isEqualTo(STATE_PARTY);
    }

    @Test
    void aSignatoryThatNeverRatifiedStaysASignatory() {
        Participation signedOnly = ParticipationFixture.recorded(ccm,
                ParticipationFixture.signature(LocalDate.of(2009, 4, 3)));

        assertThat(signedOnly.statusOn(TODAY)).isEqualTo(SIGNATORY);
        assertThat(signedOnly.entryIntoForce()).isNull();
        assertThat(signedOnly.isInForceOn(TODAY)).isFalse();
    }

    @Test
    void aStateWithNoParticipationIsNotParty() {
        assertThat(new StateProfile.TreatyStanding(ccm, null, TODAY).status()).isEqualTo(NOT_PARTY);
        assertThat(new StateRow(ParticipationFixture.aState(), null, TODAY).status()).isEqualTo(NOT_PARTY);
    }
}
