package org.ccmplatform.obligations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.OneTimeLoads;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of the obligations, every figure marked "Demo" in its source: Article 7 reports of every State Party that
 * reproduce the Coordination Committee's count of 4 November 2016 (22 States Parties with an overdue initial report,
 * 20 more with an overdue annual report for 2015) and leave a few reports overdue today; progress series for the
 * clearance of Lebanon, Lao PDR and Croatia and the stockpile destruction of Germany; victim assistance commitments;
 * national implementation measures; and Lebanon's request for an extension, under analysis.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "ccm.demo-data.enabled", havingValue = "true")
class DemoObligations implements ApplicationRunner {

    static final String LOAD = "demo/obligations";
    static final String DEMO = "Demo (invented for the demonstration)";
    static final LocalDate COMMITTEE_MEETING = LocalDate.of(2016, 11, 4);
    static final int LATE_INITIAL = 22;
    static final int LATE_ANNUAL_2015 = 20;

    private final OneTimeLoads loads;
    private final Obligations obligations;
    private final TransparencyReports reports;
    private final ProgressFigures figures;
    private final AssistanceCommitments commitments;
    private final ExtensionRequests requests;
    private final ExtensionSteps steps;
    private final WorkPlans workPlans;
    private final AnalysisExchanges exchanges;
    private final ObligationKeeper keeper;
    private final ObligationLedger ledger;
    private final StateRegister register;
    private final Clock clock;

    DemoObligations(OneTimeLoads loads, Obligations obligations, TransparencyReports reports, ProgressFigures figures,
            AssistanceCommitments commitments, ExtensionRequests requests, ExtensionSteps steps, WorkPlans workPlans,
            AnalysisExchanges exchanges, ObligationKeeper keeper, ObligationLedger ledger, StateRegister register,
            Clock clock) {
        this.loads = loads;
        this.obligations = obligations;
        this.reports = reports;
        this.figures = figures;
        this.commitments = commitments;
        this.requests = requests;
        this.steps = steps;
        this.workPlans = workPlans;
        this.exchanges = exchanges;
        this.keeper = keeper;
        this.ledger = ledger;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        loads.loadOnce(LOAD, "1", () -> {
            reports();
            progress();
            assistance();
            legislation();
            lebanonsRequest();
        });
    }

    /**
     * Every State Party reports on time, except: 22 (chosen by a fixed shuffle) whose initial report came late or never,
     * 20 others whose annual report for 2015 came in 2017, and a few whose annual report for last year is missing.
     */
    private void reports() {
        LocalDate today = LocalDate.now(clock);
        List<Participation> parties = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.entryIntoForce() != null)
                .sorted(Comparator.comparing((Participation p) -> shuffle(p.state().iso3())))
                .toList();
        List<Participation> owedInitial = parties.stream()
                .filter(p -> ReportingCalendar.initialDue(p.entryIntoForce()).isBefore(COMMITTEE_MEETING)).toList();
        Set<String> lateInitial = new HashSet<>();
        owedInitial.stream().limit(LATE_INITIAL).forEach(p -> lateInitial.add(p.state().iso3()));
        Set<String> lateAnnual = new HashSet<>();
        owedInitial.stream().skip(LATE_INITIAL)
                .filter(p -> ReportingCalendar.dueBefore(p.entryIntoForce(), p.withdrawalEffective(),
                        COMMITTEE_MEETING).stream().anyMatch(d -> d.kind() == ReportKind.ANNUAL
                                && d.yearCovered() == 2015))
                .limit(LATE_ANNUAL_2015).forEach(p -> lateAnnual.add(p.state().iso3()));
        int position = 0;
        for (Participation party : parties) {
            position++;
            String iso3 = party.state().iso3();
            boolean neverReports = lateInitial.contains(iso3) && position % 4 == 0;
            boolean missesLastYear = !lateInitial.contains(iso3) && position % 9 == 0;
            LocalDate initialReceived = null;
            for (ReportingCalendar.Due due : ReportingCalendar.dueBefore(party.entryIntoForce(),
                    party.withdrawalEffective(), today.plusDays(1))) {
                if (neverReports || (missesLastYear && due.kind() == ReportKind.ANNUAL
                        && due.yearCovered() == today.getYear() - 1)) {
                    continue;
                }
                LocalDate received = due.dueDate().minusDays(shuffle(iso3) % 40);
                if (due.kind() == ReportKind.INITIAL && lateInitial.contains(iso3)) {
                    received = COMMITTEE_MEETING.plusDays(60 + shuffle(iso3) % 500);
                } else if (due.kind() == ReportKind.ANNUAL && due.yearCovered() == 2015 && lateAnnual.contains(iso3)) {
                    received = LocalDate.of(2017, 3, 1).plusDays(shuffle(iso3) % 60);
                }
                if (initialReceived != null && received.isBefore(initialReceived)) {
                    received = initialReceived;
                }
                if (received.isBefore(party.depositDate())) {
                    received = party.depositDate();
                }
                if (received.isAfter(today)) {
                    continue;
                }
                if (due.kind() == ReportKind.INITIAL) {
                    initialReceived = received;
                    LocalDate on = received;
                    obligations.findByStateIdAndArticleAndBasis(party.state().id(), Article.ARTICLE_7,
                            Obligation.basisOf(Article.ARTICLE_7))
                            .ifPresent(o -> o.complete(on, null, party.entryIntoForce(), today));
                }
                reports.save(new TransparencyReport(party.state(), due.kind(), due.yearCovered(), received, null,
                        null, DEMO));
            }
        }
    }

    private void progress() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        area(lebanon, LocalDate.of(2019, 12, 31), "16400000", "3100000");
        released(lebanon, 2020, "150000", "310000", "1350000");
        released(lebanon, 2021, "90000", "260000", "1100000");
        released(lebanon, 2022, "120000", "240000", "980000");
        released(lebanon, 2023, "200000", "300000", "1250000");
        released(lebanon, 2024, "160000", "280000", "1050000");
        released(lebanon, 2025, "140000", "330000", "1150000");
        area(lebanon, LocalDate.of(2025, 12, 31), "9800000", "1200000");
        yearly(lebanon, FigureKind.REMNANTS_DESTROYED, 2025, "2860");

        Obligation laos = obligation("LAO", Article.ARTICLE_4);
        area(laos, LocalDate.of(2020, 12, 31), "145000000", "1520000000");
        released(laos, 2021, "0", "12000000", "48000000");
        released(laos, 2022, "0", "15000000", "52000000");
        released(laos, 2023, "0", "16000000", "55000000");
        released(laos, 2024, "0", "17000000", "58000000");
        area(laos, LocalDate.of(2024, 12, 31), "110000000", "1400000000");

        Obligation croatia = obligation("HRV", Article.ARTICLE_4);
        area(croatia, LocalDate.of(2016, 12, 31), "1700000", "0");
        released(croatia, 2017, "0", "250000", "480000");
        released(croatia, 2018, "0", "180000", "420000");
        released(croatia, 2019, "0", "60000", "310000");
        area(croatia, LocalDate.of(2020, 7, 10), "0", "0");

        Obligation germany = obligation("DEU", Article.ARTICLE_3);
        figure(germany, FigureKind.STOCKPILE_DECLARED, null, LocalDate.of(2010, 8, 1), "573000", null);
        yearly(germany, FigureKind.MUNITIONS_DESTROYED, 2011, "120000");
        yearly(germany, FigureKind.MUNITIONS_DESTROYED, 2012, "150000");
        yearly(germany, FigureKind.MUNITIONS_DESTROYED, 2013, "140000");
        yearly(germany, FigureKind.MUNITIONS_DESTROYED, 2014, "118000");
        figure(germany, FigureKind.RETAINED, null, LocalDate.of(2015, 11, 25), "3000",
                "Demo: kept for the training of explosive ordnance disposal teams");
        yearly(germany, FigureKind.MUNITIONS_DESTROYED, 2015, "42000");
    }

    private void assistance() {
        LocalDate today = LocalDate.now(clock);
        Obligation lebanon = keeper.declareOnBehalf("LBN", Article.ARTICLE_5, null, DEMO);
        commitment(lebanon, AssistanceCommitment.Kind.FOCAL_POINT).done(LocalDate.of(2016, 10, 3), DEMO, today);
        Obligation laos = keeper.declareOnBehalf("LAO", Article.ARTICLE_5, null, DEMO);
        commitment(laos, AssistanceCommitment.Kind.FOCAL_POINT).done(LocalDate.of(2014, 5, 12), DEMO, today);
        commitment(laos, AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN).done(LocalDate.of(2017, 9, 1), DEMO,
                today);
        keeper.declareOnBehalf("IRQ", Article.ARTICLE_5, null, DEMO);
    }

    private void legislation() {
        LocalDate today = LocalDate.now(clock);
        obligation("LBN", Article.ARTICLE_9).recordLegislation(Legislation.IN_PREPARATION, LocalDate.of(2019, 3, 1),
                today);
        obligation("LAO", Article.ARTICLE_9).recordLegislation(Legislation.NONE, null, today);
        obligation("DEU", Article.ARTICLE_9).recordLegislation(Legislation.EXISTING_LAW_DEEMED_SUFFICIENT,
                LocalDate.of(2010, 8, 1), today);
        obligation("NOR", Article.ARTICLE_9).recordLegislation(Legislation.ADOPTED, LocalDate.of(2008, 12, 19),
                today);
    }

    /** Lebanon asks for five more years, submitted before its deadline of 1 May 2026; the analysis is under way. */
    private void lebanonsRequest() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        LocalDate deadline = ledger.view(lebanon.id()).currentDeadline();
        ExtensionRequest request = requests.save(new ExtensionRequest(lebanon, deadline.plusYears(5),
                "Demo: Lebanon asks for five more years to clear the remaining 11 km² of confirmed and suspected "
                        + "hazardous area in the South, at the pace of the last three years and with the survey of "
                        + "newly reported areas."));
        step(request, "lebanon", "2026-02-10T09:00:00Z");
        for (int year = 2026; year <= deadline.plusYears(5).getYear(); year++) {
            workPlans.save(new WorkPlanYear(request, year, new BigDecimal("1900000"), WorkPlanYear.Unit.SQUARE_METRES,
                    new BigDecimal("6500000"), "USD"));
        }
        request.submit(LocalDate.of(2026, 3, 31), deadline, 6);
        step(request, "lebanon", "2026-03-31T14:30:00Z");
        request.openAnalysis(Set.of(state("ITA"), state("DEU"), state("NOR")));
        step(request, "isu", "2026-04-14T08:15:00Z");
        AnalysisExchange first = exchanges.save(new AnalysisExchange(request,
                "Demo: Please set out how the survey of the areas reported since 2023 changes the yearly targets.",
                "coordinator", Instant.parse("2026-05-05T10:00:00Z")));
        first.answer("Demo: The survey adds 0.4 km² a year to the plan; the yearly targets include it from 2027.",
                "lebanon", Instant.parse("2026-05-20T12:00:00Z"));
        exchanges.save(new AnalysisExchange(request,
                "Demo: Which part of the budget is covered by national funds, and which is sought from donors?",
                "coordinator", Instant.parse("2026-06-02T09:30:00Z")));
    }

    private void step(ExtensionRequest request, String by, String at) {
        steps.save(new ExtensionStep(request, by, Instant.parse(at)));
    }

    private void area(Obligation obligation, LocalDate on, String confirmed, String suspected) {
        figure(obligation, FigureKind.CONFIRMED_AREA, null, on, confirmed, null);
        figure(obligation, FigureKind.SUSPECTED_AREA, null, on, suspected, null);
    }

    private void released(Obligation obligation, int year, String cancelled, String reduced, String cleared) {
        yearly(obligation, FigureKind.CANCELLED_BY_NON_TECHNICAL_SURVEY, year, cancelled);
        yearly(obligation, FigureKind.REDUCED_BY_TECHNICAL_SURVEY, year, reduced);
        yearly(obligation, FigureKind.CLEARED, year, cleared);
    }

    private void yearly(Obligation obligation, FigureKind kind, int year, String quantity) {
        figure(obligation, kind, year, null, quantity, null);
    }

    private void figure(Obligation obligation, FigureKind kind, Integer year, LocalDate date, String quantity,
            String reason) {
        keeper.reportOnBehalf(obligation, kind, year, date, new BigDecimal(quantity), reason,
                DEMO + ", Article 7 report " + (year != null ? year : date.getYear()), "isu");
    }

    private AssistanceCommitment commitment(Obligation obligation, AssistanceCommitment.Kind kind) {
        return commitments.findByObligationAndKind(obligation, kind).orElseThrow();
    }

    private Obligation obligation(String iso3, Article article) {
        return obligations.findByStateIdAndArticleAndBasis(state(iso3).id(), article, Obligation.basisOf(article))
                .orElseThrow(() -> new IllegalStateException("No " + article + " obligation of " + iso3));
    }

    private State state(String iso3) {
        return register.get(iso3);
    }

    /** A fixed pseudo-random order of the States, so that the demo picks the same late reporters every time. */
    private static int shuffle(String iso3) {
        return (int) Math.floorMod(iso3.hashCode() * 2654435761L, 997L);
    }
}
