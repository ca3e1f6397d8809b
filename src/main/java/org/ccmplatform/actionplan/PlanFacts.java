package org.ccmplatform.actionplan;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.obligations.AssistanceCommitment;
import org.ccmplatform.obligations.Legislation;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ReportKind;

/**
 * What the indicators are computed from, as read from the registry and the obligations on one day: plain values, so
 * that the computation can be checked with small fixtures.
 *
 * @param day the day the facts describe
 * @param parties every State that had deposited by the day, with where it stood that day (the registry's rules)
 * @param reports every Article 7 report due before the day, and whether it was received by the day
 * @param commitments the victim-assistance commitments of each Article 5 obligation
 * @param victimAssistance the States with an Article 5 obligation
 * @param measures the Article 9 standing of each State that has one
 * @param stockpiles the Article 3 obligations begun by the day, with their status on it
 * @param clearance the Article 4 obligations begun by the day, with their status on it
 */
record PlanFacts(LocalDate day, List<Party> parties, List<Report> reports, List<Commitment> commitments,
        List<String> victimAssistance, List<Measures> measures, List<Standing> stockpiles, List<Standing> clearance) {

    /** A State's standing on the day: a State Party (deposited, not withdrawn), and with the Convention in force. */
    record Party(String iso3, boolean party, boolean inForce) {}

    /** A report due (the initial one, or the annual one for a year), and whether it was received by the day. */
    record Report(String iso3, ReportKind kind, Integer yearCovered, LocalDate dueDate, boolean received) {

        /** Due before the day and not received by it. */
        boolean overdueOn(LocalDate day) {
            return dueDate.isBefore(day) && !received;
        }
    }

    record Commitment(String iso3, AssistanceCommitment.Kind kind, LocalDate targetDate, LocalDate doneOn) {

        boolean doneBy(LocalDate day) {
            return doneOn != null && !doneOn.isAfter(day);
        }

        /** Its target date passed before the day without its being done by the day. */
        boolean overdueOn(LocalDate day) {
            return !doneBy(day) && targetDate.isBefore(day);
        }
    }

    record Measures(String iso3, Legislation legislation, LocalDate since) {

        /** In place on the day: adopted, or existing law deemed sufficient, since a day not after it. */
        boolean inPlaceOn(LocalDate day) {
            return legislation != null && legislation.isInPlace() && since != null && !since.isAfter(day);
        }
    }

    record Standing(String iso3, ObligationStatus status) {}
}
