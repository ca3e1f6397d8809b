package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.assistance.AssistanceFixture.TODAY;
import static org.ccmplatform.assistance.AssistanceFixture.clearanceNeed;
import static org.ccmplatform.assistance.AssistanceFixture.donor;
import static org.ccmplatform.assistance.AssistanceFixture.donorActingFor;
import static org.ccmplatform.assistance.AssistanceFixture.focalPointOf;
import static org.ccmplatform.assistance.AssistanceFixture.isu;
import static org.ccmplatform.assistance.AssistanceFixture.laos;
import static org.ccmplatform.assistance.AssistanceFixture.lebanon;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.norway;
import static org.ccmplatform.assistance.AssistanceFixture.organisation;
import static org.ccmplatform.assistance.AssistanceFixture.pledge;
import static org.ccmplatform.assistance.AssistanceFixture.publicTerms;
import static org.ccmplatform.assistance.AssistanceFixture.terms;
import static org.ccmplatform.assistance.AssistanceFixture.usd;
import static org.ccmplatform.assistance.AssistanceFixture.withRole;

import org.ccmplatform.registry.Organisation;
import org.ccmplatform.registry.State;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.Role;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PledgeTest {

    private static final Money NOTHING = Money.zero("USD");

    private final State lebanon = lebanon();
    private final State norway = norway();
    private final Need clearance = clearanceNeed(lebanon);

    private Pledge norwayPledges(String amount, PledgeStatus status) {
        return pledge(donor(norway), clearance, usd(amount), status);
    }

    // How firm a pledge is

    @Test
    void aPledgeToANeedIsForTheNeedsStateWithTheStatusChosen() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.INDICATED);

        assertThat(pledge.state()).isSameAs(lebanon);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.INDICATED);
        assertThat(pledge.terms().amount()).isEqualTo(usd("100000.00"));
    }

    @Test
    void aPledgeMovesForwardFromIndicatedToPledgedToCommitted() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.INDICATED);

        pledge.revise(terms(usd("100000.00"), PledgeStatus.PLEDGED), null, NOTHING);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.PLEDGED);

        pledge.revise(terms(usd("120000.00"), PledgeStatus.COMMITTED), null, NOTHING);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.COMMITTED);
        assertThat(pledge.amount()).isEqualTo(usd("120000.00"));
    }

    @Test
    void aCommittedPledgeCannotGoBackToMerelyPledged() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> pledge.revise(terms(usd("100000.00"), PledgeStatus.PLEDGED), null, NOTHING));

        assertThat(refusal.field()).isEqualTo("status");
        assertThat(refusal.messageCode()).isEqualTo("pledge.statusBackwards");
        assertThat(refusal.arguments()).containsExactly("COMMITTED", "PLEDGED");
        assertThat(pledge.status()).isEqualTo(PledgeStatus.COMMITTED);
    }

    @Test
    void aPledgedAmountCannotGoBackToIndicated() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.PLEDGED);

        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> pledge.revise(terms(usd("100000.00"), PledgeStatus.INDICATED), null, NOTHING)).messageCode())
                .isEqualTo("pledge.statusBackwards");
    }

    @Test
    void aDisbursedPledgeReadsAsCommittedWhenItsTermsAreEdited() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);
        pledge.pay(TODAY, usd("100000.00"), null, NOTHING, "donor", TODAY);

        assertThat(pledge.status()).isEqualTo(PledgeStatus.DISBURSED);
        assertThat(pledge.terms().status()).isEqualTo(PledgeStatus.COMMITTED);
        assertThat(catchThrowableOfType(RuleViolation.class, () -> pledge.revise(
                terms(usd("100000.00"), PledgeStatus.PLEDGED), null, usd("100000.00"))).arguments())
                .containsExactly("COMMITTED", "PLEDGED");
    }

    // Tranches

    @Test
    void aTranchePaidOnAnIndicatedPledgeCommitsIt() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.INDICATED);

        Disbursement tranche = pledge.pay(TODAY.minusDays(3), usd("40000.00"), "  NOR-2026-17 ", NOTHING, "donor",
                TODAY);

        assertThat(pledge.status()).isEqualTo(PledgeStatus.COMMITTED);
        assertThat(tranche.amount()).isEqualTo(usd("40000.00"));
        assertThat(tranche.paidOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(tranche.reference()).isEqualTo("NOR-2026-17");
        assertThat(tranche.pledge()).isSameAs(pledge);
    }

    @Test
    void tranchesThatAddUpToThePledgeMakeItDisbursed() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.PLEDGED);

        pledge.pay(TODAY.minusMonths(2), usd("60000.00"), null, NOTHING, "donor", TODAY);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.COMMITTED);

        pledge.pay(TODAY, usd("40000.00"), null, usd("60000.00"), "donor", TODAY);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.DISBURSED);
    }

    @Test
    void aTrancheAboveWhatIsLeftToPayIsRefusedWithWhatIsLeft() {
        Pledge pledge = norwayPledges("1000000.00", PledgeStatus.COMMITTED);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> pledge.pay(TODAY, usd("400000.01"), null, usd("600000.00"), "donor", TODAY));

        assertThat(refusal.field()).isEqualTo("amount");
        assertThat(refusal.messageCode()).isEqualTo("disbursement.abovePledge");
        assertThat(refusal.arguments()).containsExactly("400000.00", "USD");
        assertThat(pledge.status()).isEqualTo(PledgeStatus.COMMITTED);
    }

    @Test
    void aTrancheInAnotherCurrencyThanThePledgeIsRefused() {
        Pledge pledge = norwayPledges("1000000.00", PledgeStatus.COMMITTED);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> pledge.pay(TODAY, money("1000.00", "NOK"), null, NOTHING, "donor", TODAY));

        assertThat(refusal.field()).isEqualTo("currency");
        assertThat(refusal.messageCode()).isEqualTo("disbursement.otherCurrency");
        assertThat(refusal.arguments()).containsExactly("USD");
    }

    @Test
    void aTranchePaidInTheFutureIsRefusedButOneToday() {
        Pledge pledge = norwayPledges("1000.00", PledgeStatus.PLEDGED);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> pledge.pay(TODAY.plusDays(1), usd("100.00"), null, NOTHING, "donor", TODAY));

        assertThat(refusal.field()).isEqualTo("paidOn");
        assertThat(refusal.messageCode()).isEqualTo("disbursement.inFuture");
        assertThat(pledge.status()).isEqualTo(PledgeStatus.PLEDGED);
        assertThat(pledge.pay(TODAY, usd("100.00"), null, NOTHING, "donor", TODAY).paidOn()).isEqualTo(TODAY);
    }

    @Test
    void aTrancheOfNothingIsRefused() {
        Pledge pledge = norwayPledges("1000.00", PledgeStatus.PLEDGED);

        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> pledge.pay(TODAY, usd("0.00"), null, NOTHING, "donor", TODAY)).messageCode())
                .isEqualTo("disbursement.notPositive");
        assertThat(pledge.status()).isEqualTo(PledgeStatus.PLEDGED);
    }

    @Test
    void thePledgedAmountCannotBeRevisedBelowWhatWasPaid() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> pledge.revise(terms(usd("59999.99"), PledgeStatus.COMMITTED), null, usd("60000.00")));

        assertThat(refusal.field()).isEqualTo("amount");
        assertThat(refusal.messageCode()).isEqualTo("pledge.belowDisbursed");
        assertThat(refusal.arguments()).containsExactly("60000.00");
        assertThat(pledge.amount()).isEqualTo(usd("100000.00"));
    }

    @Test
    void revisingThePledgeDownToWhatWasPaidMakesItDisbursedAndRaisingItAgainReopensIt() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);

        pledge.revise(terms(usd("60000.00"), PledgeStatus.COMMITTED), null, usd("60000.00"));
        assertThat(pledge.status()).isEqualTo(PledgeStatus.DISBURSED);

        pledge.revise(terms(usd("80000.00"), PledgeStatus.COMMITTED), null, usd("60000.00"));
        assertThat(pledge.status()).isEqualTo(PledgeStatus.COMMITTED);
    }

    @Test
    void theCurrencyOfAPledgeIsFixedOnceATrancheIsPaid() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);

        assertThat(catchThrowableOfType(RuleViolation.class, () -> pledge.revise(
                terms(money("1000000.00", "NOK"), PledgeStatus.COMMITTED), null, usd("100.00"))).messageCode())
                .isEqualTo("pledge.currencyFixedByTranches");

        pledge.revise(terms(money("1000000.00", "NOK"), PledgeStatus.COMMITTED), null, NOTHING);
        assertThat(pledge.amount().currency()).isEqualTo("NOK");
    }

    // Who sees an undisclosed amount, and who keeps the pledge

    @Test
    void anUndisclosedAmountIsSeenByTheDonorTheIsuAndTheBeneficiarysFocalPointOnly() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);

        assertThat(pledge.amountVisibleTo(donorActingFor(norway))).isTrue();
        assertThat(pledge.amountVisibleTo(isu())).isTrue();
        assertThat(pledge.amountVisibleTo(focalPointOf(lebanon))).isTrue();

        assertThat(pledge.amountVisibleTo(donorActingFor(AssistanceFixture.state("SWE", null)))).isFalse();
        assertThat(pledge.amountVisibleTo(focalPointOf(laos()))).isFalse();
        assertThat(pledge.amountVisibleTo(withRole(Role.PRESIDENCY))).isFalse();
        assertThat(pledge.amountVisibleTo(withRole(Role.OPERATOR))).isFalse();
        assertThat(pledge.amountVisibleTo(null)).isFalse();
    }

    @Test
    void aPersonActingForTheDonorStateWithoutTheDonorRoleDoesNotSeeItsUndisclosedAmount() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);
        CurrentUser norwegianFocalPoint = focalPointOf(norway);

        assertThat(pledge.amountVisibleTo(norwegianFocalPoint)).isFalse();
        assertThat(pledge.isKeptBy(norwegianFocalPoint)).isFalse();
    }

    @Test
    void aDisclosedAmountIsSeenByEveryoneIncludingAnonymousReaders() {
        Pledge pledge = pledge(donor(norway), clearance, publicTerms(usd("100000.00"), PledgeStatus.PLEDGED));

        assertThat(pledge.amountVisibleTo(null)).isTrue();
        assertThat(pledge.amountVisibleTo(withRole(Role.OBSERVER))).isTrue();
        assertThat(pledge.isKeptBy(null)).isFalse();
    }

    @Test
    void onlyTheDonorsOwnPeopleAndTheIsuKeepAPledge() {
        Pledge pledge = norwayPledges("100000.00", PledgeStatus.COMMITTED);

        assertThat(pledge.isKeptBy(donorActingFor(norway))).isTrue();
        assertThat(pledge.isKeptBy(isu())).isTrue();

        assertThat(pledge.isKeptBy(donorActingFor(AssistanceFixture.state("SWE", null)))).isFalse();
        assertThat(pledge.isKeptBy(focalPointOf(lebanon))).isFalse();
        assertThat(pledge.isKeptBy(withRole(Role.DONOR))).isFalse();
        assertThat(pledge.isKeptBy(null)).isFalse();
    }

    @Test
    void anOrganisationsPledgeIsKeptAndSeenByThatOrganisationsDonorsOnly() {
        Organisation europeanUnion = organisation("EU");
        Pledge pledge = pledge(donor(europeanUnion), clearance, usd("50000.00"), PledgeStatus.PLEDGED);

        assertThat(pledge.isKeptBy(donorActingFor(europeanUnion))).isTrue();
        assertThat(pledge.amountVisibleTo(donorActingFor(europeanUnion))).isTrue();
        assertThat(pledge.isKeptBy(donorActingFor(organisation("UNDP")))).isFalse();
        assertThat(pledge.amountVisibleTo(donorActingFor(organisation("UNDP")))).isFalse();
        assertThat(pledge.isKeptBy(donorActingFor(norway))).isFalse();
    }
}
