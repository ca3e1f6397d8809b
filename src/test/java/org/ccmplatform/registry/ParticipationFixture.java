package org.ccmplatform.registry;

import java.time.LocalDate;

/** What the depositary records, in one line, and participations built from it as on a fixed day. */
final class ParticipationFixture {

    /** The day the reference data describes; unit tests never read the clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private ParticipationFixture() {}

    static ParticipationRecord ratification(LocalDate deposit) {
        return new ParticipationRecord(null, deposit, DepositType.RATIFICATION, null, null);
    }

    static ParticipationRecord accession(LocalDate deposit) {
        return new ParticipationRecord(null, deposit, DepositType.ACCESSION, null, null);
    }

    static ParticipationRecord signature(LocalDate signed) {
        return new ParticipationRecord(signed, null, null, null, null);
    }

    static ParticipationRecord signedAndRatified(LocalDate signed, LocalDate deposit) {
        return new ParticipationRecord(signed, deposit, DepositType.RATIFICATION, null, null);
    }

    static ParticipationRecord ratifiedThenWithdrew(LocalDate deposit, LocalDate notified) {
        return new ParticipationRecord(null, deposit, DepositType.RATIFICATION, notified, null);
    }

    /** A State of the register that is not in any reference list of deposits. */
    static State aState() {
        return new State("TUV", "TV", UnMembership.MEMBER, UnRegion.OCEANIA, null);
    }

    static Participation recorded(Treaty treaty, ParticipationRecord facts) {
        Participation participation = new Participation(aState(), treaty);
        participation.record(facts, TODAY);
        return participation;
    }

    /** Lithuania under the CCM: ratified 24 March 2011, notified its withdrawal on 6 September 2024. */
    static Participation lithuania() {
        Participation participation = new Participation(
                new State("LTU", "LT", UnMembership.MEMBER, UnRegion.EUROPE, null), TreatyFixture.ccm());
        participation.record(ratifiedThenWithdrew(LocalDate.of(2011, 3, 24), LocalDate.of(2024, 9, 6)), TODAY);
        return participation;
    }
}
