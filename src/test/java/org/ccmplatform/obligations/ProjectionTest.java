package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.obligations.ObligationFixture.asAt;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.view;
import static org.ccmplatform.obligations.ObligationFixture.yearly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The projection on hand-made series, and the status it gives. The rule stated to the reader: what remains, divided by
 * the mean destroyed or released in the last three reported years, counted from the day the remaining figure stands
 * for. Every figure behind the result is kept and checked here.
 */
class ProjectionTest {

    private final Obligation clearance = obligation("LBN", Article.ARTICLE_4);
    private final Obligation stockpile = obligation("BGR", Article.ARTICLE_3);

    private ProgressFigure confirmed(LocalDate day, long m2) {
        return asAt(clearance, FigureKind.CONFIRMED_AREA, day, m2);
    }

    private ProgressFigure suspected(LocalDate day, long m2) {
        return asAt(clearance, FigureKind.SUSPECTED_AREA, day, m2);
    }

    private ProgressFigure cleared(int year, long m2) {
        return yearly(clearance, FigureKind.CLEARED, year, m2);
    }

    /** The rule, computed apart from the code under test: the remaining over the mean, in days of 365.25. */
    private static LocalDate byTheRule(LocalDate asOf, long remaining, long... lastYears) {
        BigDecimal mean = BigDecimal.valueOf(java.util.Arrays.stream(lastYears).sum())
                .divide(BigDecimal.valueOf(lastYears.length), MathContext.DECIMAL64);
        long days = BigDecimal.valueOf(remaining).divide(mean, MathContext.DECIMAL64)
                .multiply(new BigDecimal("365.25")).setScale(0, RoundingMode.CEILING).longValueExact();
        return asOf.plusDays(days);
    }

    @Test
    @DisplayName("Steady: 6,000,000 m² left at the end of 2023, 1,000,000 m² released each year: done on 31 December 2029")
    void steadyRelease() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2023, 12, 31), 6_000_000),
                cleared(2021, 1_000_000), cleared(2022, 1_000_000), cleared(2023, 1_000_000));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(projection.basis()).isEqualTo("projection.meanOfRecentYears");
        assertThat(projection.remaining()).isEqualByComparingTo("6000000");
        assertThat(projection.remainingAsOf()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(projection.yearsUsed()).containsOnlyKeys(2021, 2022, 2023);
        assertThat(projection.ratePerYear()).isEqualByComparingTo("1000000");
        // Six years of 365.25 days: 2,192 days.
        assertThat(projection.projectedCompletion()).isEqualTo(LocalDate.of(2029, 12, 31))
                .isEqualTo(byTheRule(LocalDate.of(2023, 12, 31), 6_000_000, 1_000_000, 1_000_000, 1_000_000));
    }

    @Test
    @DisplayName("Land released is what was cancelled, reduced and cleared; submunitions destroyed are not area")
    void releaseCountsCancelledReducedAndCleared() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2023, 12, 31), 3_000_000),
                yearly(clearance, FigureKind.CANCELLED_BY_NON_TECHNICAL_SURVEY, 2023, 400_000),
                yearly(clearance, FigureKind.REDUCED_BY_TECHNICAL_SURVEY, 2023, 350_000),
                yearly(clearance, FigureKind.CLEARED, 2023, 250_000),
                yearly(clearance, FigureKind.REMNANTS_DESTROYED, 2023, 4_321));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(projection.yearsUsed()).containsExactly(Map.entry(2023, new BigDecimal("1000000")));
        assertThat(projection.ratePerYear()).isEqualByComparingTo("1000000");
        assertThat(projection.projectedCompletion())
                .isEqualTo(byTheRule(LocalDate.of(2023, 12, 31), 3_000_000, 1_000_000));
    }

    @Test
    @DisplayName("Accelerating: only the last three reported years make the pace, not the slow early ones")
    void acceleratingRelease() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2023, 12, 31), 4_000_000),
                cleared(2019, 100_000), cleared(2020, 200_000), cleared(2021, 500_000), cleared(2022, 800_000),
                cleared(2023, 1_100_000));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(projection.yearsUsed()).containsOnlyKeys(2021, 2022, 2023);
        assertThat(projection.ratePerYear()).isEqualByComparingTo("800000");
        assertThat(projection.projectedCompletion())
                .isEqualTo(byTheRule(LocalDate.of(2023, 12, 31), 4_000_000, 500_000, 800_000, 1_100_000))
                .isEqualTo(LocalDate.of(2023, 12, 31).plusDays(1827));
    }

    @Test
    @DisplayName("The rate shown is the mean of the years shown, to the cent; the date is counted from the unrounded mean")
    void theRateShownIsTheMeanOfTheYearsShown() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2023, 12, 31), 10),
                cleared(2021, 1), cleared(2022, 2), cleared(2023, 2));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        BigDecimal sum = projection.yearsUsed().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("5");
        assertThat(projection.ratePerYear()).isEqualByComparingTo("1.67");
        assertThat(projection.projectedCompletion()).isEqualTo(byTheRule(LocalDate.of(2023, 12, 31), 10, 1, 2, 2));
    }

    @Test
    @DisplayName("Fewer than three reported years: the mean of those reported")
    void fewerYearsThanThree() {
        Projection projection = Projection.of(Article.ARTICLE_4, List.of(confirmed(LocalDate.of(2023, 12, 31),
                900_000), cleared(2022, 100_000), cleared(2023, 200_000)));

        assertThat(projection.yearsUsed()).containsOnlyKeys(2022, 2023);
        assertThat(projection.ratePerYear()).isEqualByComparingTo("150000");
        assertThat(projection.projectedCompletion())
                .isEqualTo(byTheRule(LocalDate.of(2023, 12, 31), 900_000, 100_000, 200_000));
    }

    @Test
    @DisplayName("Stalled: nothing released in the last three reported years gives no completion date, and the obligation is at risk")
    void stalledRelease() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2023, 12, 31), 2_000_000),
                cleared(2020, 900_000), cleared(2021, 0), cleared(2022, 0), cleared(2023, 0));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(projection.basis()).isEqualTo("projection.stalled");
        assertThat(projection.ratePerYear()).isZero();
        assertThat(projection.yearsUsed()).containsOnlyKeys(2021, 2022, 2023);
        assertThat(projection.remaining()).isEqualByComparingTo("2000000");
        assertThat(projection.projectedCompletion()).isNull();
        // Even with more than two years left before Lebanon's extended deadline of 1 May 2026.
        assertThat(ObligationView.status(clearance, LocalDate.of(2026, 5, 1), projection, List.of(),
                LocalDate.of(2024, 1, 15))).isEqualTo(ObligationStatus.AT_RISK);
    }

    @Test
    @DisplayName("One year with nothing released among three that did release is a slower pace, not a stall")
    void aBadYearIsNotAStall() {
        Projection projection = Projection.of(Article.ARTICLE_4, List.of(confirmed(LocalDate.of(2023, 12, 31),
                600_000), cleared(2021, 300_000), cleared(2022, 0), cleared(2023, 300_000)));

        assertThat(projection.basis()).isEqualTo("projection.meanOfRecentYears");
        assertThat(projection.ratePerYear()).isEqualByComparingTo("200000");
        assertThat(projection.projectedCompletion()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    @DisplayName("Already done: with no area left, nothing remains and the projection is the day of the figure")
    void nothingLeft() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2020, 6, 30), 0),
                suspected(LocalDate.of(2020, 6, 30), 0), cleared(2019, 500_000), cleared(2020, 120_000));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(projection.basis()).isEqualTo("projection.nothingLeft");
        assertThat(projection.remaining()).isZero();
        assertThat(projection.projectedCompletion()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(projection.ratePerYear()).isNull();
        // Not completed until the State declares it: on track until its deadline.
        assertThat(view(clearance, entryIntoForceOf("LBN"), List.of(), figures, LocalDate.of(2020, 7, 1)).status())
                .isEqualTo(ObligationStatus.ON_TRACK);
    }

    @Test
    @DisplayName("The latest confirmed and the latest suspected areas make what remains, as at the later of their days")
    void latestAreasMakeWhatRemains() {
        List<ProgressFigure> figures = List.of(confirmed(LocalDate.of(2021, 12, 31), 9_000_000),
                confirmed(LocalDate.of(2023, 12, 31), 5_000_000), suspected(LocalDate.of(2022, 12, 31), 2_000_000),
                suspected(LocalDate.of(2020, 12, 31), 8_000_000), cleared(2023, 700_000));

        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(projection.remaining()).isEqualByComparingTo("7000000");
        assertThat(projection.remainingAsOf()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(projection.projectedCompletion())
                .isEqualTo(byTheRule(LocalDate.of(2023, 12, 31), 7_000_000, 700_000));
    }

    @Test
    @DisplayName("Without an area there is no projection; with an area but no yearly release, no pace")
    void notEnoughFigures() {
        assertThat(Projection.of(Article.ARTICLE_4, List.of()).basis()).isEqualTo("projection.noData");
        assertThat(Projection.of(Article.ARTICLE_4, List.of(cleared(2023, 100))).basis())
                .isEqualTo("projection.noData");

        List<ProgressFigure> areaOnly = List.of(confirmed(LocalDate.of(2023, 12, 31), 17_180_000));
        Projection noPace = Projection.of(Article.ARTICLE_4, areaOnly);
        assertThat(noPace.basis()).isEqualTo("projection.noPace");
        assertThat(noPace.remaining()).isEqualByComparingTo("17180000");
        assertThat(noPace.projectedCompletion()).isNull();
        // Too few figures to project: on track, and the page says no projection could be made.
        assertThat(view(clearance, entryIntoForceOf("LBN"), List.of(), areaOnly, LocalDate.of(2021, 1, 1)).status())
                .isEqualTo(ObligationStatus.ON_TRACK);
    }

    @Test
    @DisplayName("Articles without quantities have nothing to project")
    void articlesWithoutQuantities() {
        for (Article article : new Article[] {Article.ARTICLE_5, Article.ARTICLE_7, Article.ARTICLE_9}) {
            Projection projection = Projection.of(article, List.of());

            assertThat(projection.basis()).isEqualTo("projection.none");
            assertThat(projection.projectedCompletion()).isNull();
        }
    }

    @Test
    @DisplayName("Stockpile: declared, less every munition destroyed and those retained; the pace of the last three years of destruction")
    void stockpileDestruction() {
        List<ProgressFigure> figures = List.of(asAt(stockpile, FigureKind.STOCKPILE_DECLARED,
                LocalDate.of(2011, 12, 31), 10_000), asAt(stockpile, FigureKind.RETAINED, LocalDate.of(2012, 6, 30), 500),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2011, 1_000),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2012, 500),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2013, 2_000),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2014, 2_500),
                yearly(stockpile, FigureKind.SUBMUNITIONS_DESTROYED, 2014, 90_000));

        Projection projection = Projection.of(Article.ARTICLE_3, figures);

        assertThat(projection.remaining()).isEqualByComparingTo("3500");
        assertThat(projection.remainingAsOf()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(projection.yearsUsed()).containsOnlyKeys(2012, 2013, 2014);
        assertThat(projection.ratePerYear()).isEqualByComparingTo("1666.67");
        assertThat(projection.projectedCompletion()).isEqualTo(byTheRule(LocalDate.of(2014, 12, 31), 3_500, 500,
                2_000, 2_500));
    }

    @Test
    @DisplayName("Stockpile: 3,500 left at a pace of 2,000 a year from 31 December 2014 ends on 1 October 2016 (640 days, across a leap year)")
    void stockpileDate() {
        List<ProgressFigure> figures = List.of(asAt(stockpile, FigureKind.STOCKPILE_DECLARED,
                LocalDate.of(2011, 12, 31), 10_000), asAt(stockpile, FigureKind.RETAINED, LocalDate.of(2012, 6, 30), 500),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2012, 1_500),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2013, 2_000),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2014, 2_500));

        Projection projection = Projection.of(Article.ARTICLE_3, figures);

        assertThat(projection.remaining()).isEqualByComparingTo("3500");
        assertThat(projection.ratePerYear()).isEqualByComparingTo("2000");
        assertThat(projection.projectedCompletion()).isEqualTo(LocalDate.of(2016, 10, 1));
    }

    @Test
    @DisplayName("Stockpile all destroyed but those retained: nothing remains, as at the end of the last year of destruction")
    void stockpileDone() {
        List<ProgressFigure> figures = List.of(asAt(stockpile, FigureKind.STOCKPILE_DECLARED,
                LocalDate.of(2011, 12, 31), 1_000), asAt(stockpile, FigureKind.RETAINED, LocalDate.of(2012, 6, 30), 100),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2012, 400),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2013, 500));

        Projection projection = Projection.of(Article.ARTICLE_3, figures);

        assertThat(projection.basis()).isEqualTo("projection.nothingLeft");
        assertThat(projection.remaining()).isZero();
        assertThat(projection.projectedCompletion()).isEqualTo(LocalDate.of(2013, 12, 31));
    }

    @Test
    @DisplayName("Stockpile declared but nothing destroyed yet: what remains is known, the pace is not")
    void stockpileNotStarted() {
        Projection projection = Projection.of(Article.ARTICLE_3, List.of(asAt(stockpile,
                FigureKind.STOCKPILE_DECLARED, LocalDate.of(2012, 3, 29), 7_235)));

        assertThat(projection.basis()).isEqualTo("projection.noPace");
        assertThat(projection.remaining()).isEqualByComparingTo("7235");
        assertThat(projection.remainingAsOf()).isEqualTo(LocalDate.of(2012, 3, 29));
        assertThat(Projection.of(Article.ARTICLE_3, List.of(yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2012,
                10))).basis()).isEqualTo("projection.noData");
    }

    @Test
    @DisplayName("Status: on track when the projection ends by the deadline, at risk after it, overdue once the deadline passed, completed once declared")
    void statusFromTheProjection() {
        // Lebanon's deadline, extended: 1 May 2026.
        LocalDate inForce = entryIntoForceOf("LBN");
        ExtensionRequest grant = ObligationFixture.withId(ExtensionRequest.decidedEarlier(clearance,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, null, "Mine Action Review"));
        LocalDate day = LocalDate.of(2024, 6, 1);
        List<ProgressFigure> fast = List.of(confirmed(LocalDate.of(2023, 12, 31), 1_000_000), cleared(2022, 800_000),
                cleared(2023, 800_000));
        List<ProgressFigure> slow = List.of(confirmed(LocalDate.of(2023, 12, 31), 17_180_000),
                cleared(2021, 1_000_000), cleared(2022, 1_200_000), cleared(2023, 1_100_000));

        ObligationView onTrack = view(clearance, inForce, List.of(grant), fast, day);
        ObligationView atRisk = view(clearance, inForce, List.of(grant), slow, day);
        ObligationView overdue = view(clearance, inForce, List.of(grant), fast, LocalDate.of(2026, 5, 2));

        assertThat(onTrack.projection().projectedCompletion()).isBefore(LocalDate.of(2026, 5, 1));
        assertThat(onTrack.status()).isEqualTo(ObligationStatus.ON_TRACK);
        assertThat(atRisk.projection().projectedCompletion()).isAfter(LocalDate.of(2026, 5, 1));
        assertThat(atRisk.status()).isEqualTo(ObligationStatus.AT_RISK);
        assertThat(overdue.status()).isEqualTo(ObligationStatus.OVERDUE);

        Obligation done = obligation("LBN", Article.ARTICLE_4);
        done.complete(LocalDate.of(2024, 5, 31), null, inForce, ObligationFixture.TODAY);
        assertThat(view(done, inForce, List.of(), slow, ObligationFixture.TODAY).status())
                .isEqualTo(ObligationStatus.COMPLETED);
    }

    @Test
    @DisplayName("A projection that ends on the deadline itself is on track; one day later, at risk")
    void projectionOnTheDeadline() {
        // 1,000,000 m² at 500,000 a year from 31 December 2021: 731 days, to 1 January 2024.
        List<ProgressFigure> figures = new ArrayList<>(List.of(confirmed(LocalDate.of(2021, 12, 31), 1_000_000),
                cleared(2021, 500_000)));
        Projection projection = Projection.of(Article.ARTICLE_4, figures);
        assertThat(projection.projectedCompletion()).isEqualTo(LocalDate.of(2024, 1, 1));

        ObligationStatus onTheDay = ObligationView.status(clearance, LocalDate.of(2024, 1, 1), projection, List.of(),
                LocalDate.of(2022, 1, 1));
        ObligationStatus dayBefore = ObligationView.status(clearance, LocalDate.of(2023, 12, 31), projection,
                List.of(), LocalDate.of(2022, 1, 1));

        assertThat(onTheDay).isEqualTo(ObligationStatus.ON_TRACK);
        assertThat(dayBefore).isEqualTo(ObligationStatus.AT_RISK);
    }

    @Test
    @DisplayName("Article 5 has no deadline whatever its figures; a late dated commitment shows, the status stays NO_DEADLINE")
    void victimAssistanceHasNoDeadline() {
        Obligation assistance = obligation("LAO", Article.ARTICLE_5);
        AssistanceCommitment plan = new AssistanceCommitment(assistance, AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN);

        ObligationView view = ObligationView.of(assistance, entryIntoForceOf("LAO"), List.of(), List.of(),
                List.of(plan), LocalDate.of(2019, 1, 1));

        assertThat(view.status()).isEqualTo(ObligationStatus.NO_DEADLINE);
        assertThat(view.projection().basis()).isEqualTo("projection.none");
        assertThat(view.hasLateCommitment()).isTrue();
    }
}
