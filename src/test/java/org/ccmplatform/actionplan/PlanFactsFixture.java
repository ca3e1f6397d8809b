package org.ccmplatform.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccmplatform.actionplan.PlanFacts.Commitment;
import org.ccmplatform.actionplan.PlanFacts.Measures;
import org.ccmplatform.actionplan.PlanFacts.Party;
import org.ccmplatform.actionplan.PlanFacts.Report;
import org.ccmplatform.actionplan.PlanFacts.Standing;
import org.ccmplatform.obligations.AssistanceCommitment;
import org.ccmplatform.obligations.Legislation;
import org.ccmplatform.obligations.ObligationStatus;
import org.ccmplatform.obligations.ReportKind;

/** The facts of a day built a line at a time, for the tests of the indicators: {@code on(day).party("FRA")...}. */
final class PlanFactsFixture {

    private final LocalDate day;
    private final List<Party> parties = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<String> victimAssistance = new ArrayList<>();
    private final List<Measures> measures = new ArrayList<>();
    private final List<Standing> stockpiles = new ArrayList<>();
    private final List<Standing> clearance = new ArrayList<>();

    private PlanFactsFixture(LocalDate day) {
        this.day = day;
    }

    static PlanFactsFixture on(LocalDate day) {
        return new PlanFactsFixture(day);
    }

    /** A State Party for which the Convention is in force. */
    PlanFactsFixture party(String... iso3s) {
        for (String iso3 : iso3s) {
            parties.add(new Party(iso3, true, true));
        }
        return this;
    }

    /** A State that has deposited, for which the Convention has not yet entered into force. */
    PlanFactsFixture depositedNotInForce(String iso3) {
        parties.add(new Party(iso3, true, false));
        return this;
    }

    /** A State whose withdrawal has taken effect. */
    PlanFactsFixture withdrawn(String iso3) {
        parties.add(new Party(iso3, false, false));
        return this;
    }

    PlanFactsFixture initialReport(String iso3, LocalDate due, boolean received) {
        reports.add(new Report(iso3, ReportKind.INITIAL, null, due, received));
        return this;
    }

    PlanFactsFixture annualReport(String iso3, int year, boolean received) {
        reports.add(new Report(iso3, ReportKind.ANNUAL, year, LocalDate.of(year + 1, 4, 30), received));
        return this;
    }

    /** An Article 5 obligation with its two commitments, done on the days given (null: not done). */
    PlanFactsFixture victimAssistance(String iso3, LocalDate focalPointOn, LocalDate actionPlanOn) {
        victimAssistance.add(iso3);
        commitments.add(new Commitment(iso3, AssistanceCommitment.Kind.FOCAL_POINT,
                AssistanceCommitment.Kind.FOCAL_POINT.target(), focalPointOn));
        commitments.add(new Commitment(iso3, AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN,
                AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN.target(), actionPlanOn));
        return this;
    }

    PlanFactsFixture legislation(String iso3, Legislation status, LocalDate since) {
        measures.add(new Measures(iso3, status, since));
        return this;
    }

    PlanFactsFixture stockpile(String iso3, ObligationStatus status) {
        stockpiles.add(new Standing(iso3, status));
        return this;
    }

    PlanFactsFixture clearance(String iso3, ObligationStatus status) {
        clearance.add(new Standing(iso3, status));
        return this;
    }

    PlanFacts facts() {
        return new PlanFacts(day, parties, reports, commitments, victimAssistance, measures, stockpiles, clearance);
    }

    /** The figure of one indicator computed from these facts. */
    Figure figure(IndicatorCode code) {
        return Indicators.of(facts()).get(code);
    }
}
