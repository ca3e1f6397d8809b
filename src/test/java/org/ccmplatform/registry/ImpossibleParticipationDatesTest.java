package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.registry.ParticipationFixture.TODAY;

import java.time.LocalDate;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** The depositary's dates that a treaty makes impossible are refused, with the field and the message that say why. */
class ImpossibleParticipationDatesTest {

    private final Treaty ccm = TreatyFixture.ccm();

    @Test
    void noInstrumentCanBeDepositedBeforeTheConventionOpenedForSignature() {
        RuleViolation refusal = refused(ccm, ParticipationFixture.ratification(LocalDate.of(2008, 12, 2)));

        assertThat(refusal.field()).isEqualTo("depositDate");
        assertThat(refusal.messageCode()).isEqualTo("participation.deposit.beforeOpening");
        assertThat(treatyNamed(refusal)).isEqualTo("treaty.CCM.short");
        assertThat(refusal.arguments()).endsWith(LocalDate.of(2008, 12, 3));
    }

    @Test
    void anInstrumentDepositedOnTheDayOfOpeningIsAccepted() {
        assertAccepted(ccm, ParticipationFixture.ratification(LocalDate.of(2008, 12, 3)));
    }

    @Test
    void aDepositInTheFutureIsRefused() {
        RuleViolation refusal = refused(ccm, ParticipationFixture.accession(TODAY.plusDays(1)));

        assertThat(refusal.field()).isEqualTo("depositDate");
        assertThat(refusal.messageCode()).isEqualTo("participation.date.future");
        assertAccepted(ccm, ParticipationFixture.accession(TODAY));
    }

    @Test
    void aSignatureOutsideTheSignaturePeriodIsRefused() {
        for (LocalDate outside : new LocalDate[] {LocalDate.of(2008, 12, 2), LocalDate.of(2010, 8, 1),
            LocalDate.of(2015, 5, 5)}) {
            RuleViolation refusal = refused(ccm, ParticipationFixture.signature(outside));

            assertThat(refusal.field()).as("signature on %s", outside).isEqualTo("signatureDate");
            assertThat(refusal.messageCode()).isEqualTo("participation.signature.outsidePeriod");
            assertThat(treatyNamed(refusal)).isEqualTo("treaty.CCM.short");
            assertThat(refusal.arguments()).endsWith(LocalDate.of(2008, 12, 3), LocalDate.of(2010, 7, 31));
        }
    }

    @Test
    void aSignatureOnTheFirstOrLastDayOfTheSignaturePeriodIsAccepted() {
        assertAccepted(ccm, ParticipationFixture.signature(LocalDate.of(2008, 12, 3)));
        assertAccepted(ccm, ParticipationFixture.signature(LocalDate.of(2010, 7, 31)));
    }

    @Test
    void aDepositBeforeTheSignatureIsRefused() {
        RuleViolation refusal = refused(ccm,
                ParticipationFixture.signedAndRatified(LocalDate.of(2009, 6, 1), LocalDate.of(2009, 5, 29)));

        assertThat(refusal.field()).isEqualTo("depositDate");
        assertThat(refusal.messageCode()).isEqualTo("participation.deposit.beforeSignature");
    }

    @Test
    void aStateThatSignedCannotAccede() {
        RuleViolation refusal = refused(ccm, new ParticipationRecord(LocalDate.of(2009, 1, 5),
                LocalDate.of(2010, 1, 5), DepositType.ACCESSION, null, null));

        assertThat(refusal.field()).isEqualTo("depositType");
        assertThat(refusal.messageCode()).isEqualTo("participation.accession.afterSignature");
    }

    @Test
    void aWithdrawalBeforeTheDepositIsRefused() {
        RuleViolation refusal = refused(ccm,
                ParticipationFixture.ratifiedThenWithdrew(LocalDate.of(2011, 3, 24), LocalDate.of(2011, 3, 23)));

        assertThat(refusal.field()).isEqualTo("withdrawalNotified");
        assertThat(refusal.messageCode()).isEqualTo("participation.withdrawal.beforeDeposit");
    }

    @Test
    void aSignatoryThatNeverDepositedCannotWithdraw() {
        RuleViolation refusal = refused(ccm,
                new ParticipationRecord(LocalDate.of(2009, 1, 5), null, null, LocalDate.of(2012, 1, 5), null));

        assertThat(refusal.field()).isEqualTo("withdrawalNotified");
        assertThat(refusal.messageCode()).isEqualTo("participation.withdrawal.withoutDeposit");
    }

    @Test
    void aWithdrawalNotifiedInTheFutureIsRefused() {
        RuleViolation refusal = refused(ccm,
                ParticipationFixture.ratifiedThenWithdrew(LocalDate.of(2011, 3, 24), TODAY.plusDays(1)));

        assertThat(refusal.field()).isEqualTo("withdrawalNotified");
        assertThat(refusal.messageCode()).isEqualTo("participation.date.future");
    }

    @Test
    void aDepositNeedsTheTypeOfInstrument() {
        RuleViolation refusal = refused(ccm, new ParticipationRecord(null, LocalDate.of(2011, 9, 8), null, null, null));

        assertThat(refusal.field()).isEqualTo("depositType");
        assertThat(refusal.messageCode()).isEqualTo("participation.depositType.required");
    }

    @Test
    void aTypeOfInstrumentNeedsTheDateOfDeposit() {
        RuleViolation refusal = refused(ccm, new ParticipationRecord(LocalDate.of(2009, 1, 5), null,
                DepositType.RATIFICATION, null, null));

        assertThat(refusal.field()).isEqualTo("depositDate");
        assertThat(refusal.messageCode()).isEqualTo("participation.deposit.missing");
    }

    @Test
    void aRecordWithNeitherSignatureNorDepositIsRefused() {
        RuleViolation refusal = refused(ccm, new ParticipationRecord(null, null, null, null, "a source"));

        assertThat(refusal.field()).isEqualTo("depositDate");
        assertThat(refusal.messageCode()).isEqualTo("participation.nothingRecorded");
    }

    @Test
    void protocolVCannotBeSigned() {
        RuleViolation refusal = refused(TreatyFixture.ccwProtocolV(),
                ParticipationFixture.signature(LocalDate.of(2004, 1, 5)));

        assertThat(refusal.field()).isEqualTo("signatureDate");
        assertThat(refusal.messageCode()).isEqualTo("participation.signature.notOpen");
        assertThat(treatyNamed(refusal)).isEqualTo("treaty.CCW_P5.short");
        assertThat(refusal.arguments()).hasSize(1);
    }

    @Test
    void protocolVTakesNoConsentBeforeItsAdoption() {
        RuleViolation refusal = refused(TreatyFixture.ccwProtocolV(),
                ParticipationFixture.accession(LocalDate.of(2003, 11, 27)));

        assertThat(refusal.messageCode()).isEqualTo("participation.deposit.beforeOpening");
        assertThat(treatyNamed(refusal)).isEqualTo("treaty.CCW_P5.short");
        assertThat(refusal.arguments()).endsWith(LocalDate.of(2003, 11, 28));
        assertAccepted(TreatyFixture.ccwProtocolV(), ParticipationFixture.accession(LocalDate.of(2003, 11, 28)));
    }

    @Test
    void aRefusedRecordChangesNothingOnAnExistingParticipation() {
        Participation lithuania = ParticipationFixture.lithuania();
        ParticipationRecord before = lithuania.facts();

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> lithuania.record(
                ParticipationFixture.ratifiedThenWithdrew(LocalDate.of(2012, 5, 1), LocalDate.of(2012, 4, 1)),
                TODAY));

        assertThat(refusal).isNotNull();
        assertThat(lithuania.facts()).isEqualTo(before);
        assertThat(lithuania.entryIntoForce()).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(lithuania.withdrawalEffective()).isEqualTo(LocalDate.of(2025, 3, 6));
    }

    @Test
    void aCorrectedDepositRecomputesEntryIntoForceAndClearsAWithdrawalNoLongerRecorded() {
        Participation lithuania = ParticipationFixture.lithuania();

        lithuania.record(ParticipationFixture.ratification(LocalDate.of(2011, 4, 24)), TODAY);

        assertThat(lithuania.entryIntoForce()).isEqualTo(LocalDate.of(2011, 10, 1));
        assertThat(lithuania.withdrawalEffective()).isNull();
        assertThat(lithuania.statusOn(TODAY)).isEqualTo(ParticipationStatus.STATE_PARTY);
    }

    private static RuleViolation refused(Treaty treaty, ParticipationRecord facts) {
        Participation participation = new Participation(ParticipationFixture.aState(), treaty);
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> participation.record(facts, TODAY));
        assertThat(refusal).as("%s refused under the %s", facts, treaty.code()).isNotNull();
        assertThat(participation.depositDate()).isNull();
        assertThat(participation.signatureDate()).isNull();
        assertThat(participation.entryIntoForce()).isNull();
        return refusal;
    }

    private static void assertAccepted(Treaty treaty, ParticipationRecord facts) {
        Participation participation = new Participation(ParticipationFixture.aState(), treaty);
        assertThatCode(() -> participation.record(facts, TODAY)).doesNotThrowAnyException();
        assertThat(participation.facts()).isEqualTo(facts);
    }

    /** The message key of the treaty named in a refusal: rules name treaties in the reader's language. */
    private static String treatyNamed(RuleViolation refusal) {
        assertThat(refusal.arguments()[0]).isInstanceOf(MessageSourceResolvable.class);
        return ((MessageSourceResolvable) refusal.arguments()[0]).getCodes()[0];
    }
}
