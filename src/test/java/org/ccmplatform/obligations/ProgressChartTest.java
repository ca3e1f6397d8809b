package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ccmplatform.obligations.ObligationFixture.asAt;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.view;
import static org.ccmplatform.obligations.ObligationFixture.yearly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chart of what remains against the deadline: its series (one point per reported day, never below zero), its
 * axis (a round ceiling above the highest value) and what it draws.
 */
class ProgressChartTest {

    private static final ProgressChart.Labels LABELS = new ProgressChart.Labels(
            "Remaining contamination of Lebanon <by year>", "deadline", "projection");

    private final Obligation clearance = obligation("LBN", Article.ARTICLE_4);
    private final Obligation stockpile = obligation("BGR", Article.ARTICLE_3);

    @ParameterizedTest(name = "highest value {0}: axis up to {1}")
    @CsvSource({
        "95, 100",
        "100, 200",
        "190, 200",
        "1900, 2000",
        "2300, 2500",
        "2400, 5000",
        "4700, 5000",
        "4800, 10000",
        "7235, 10000",
        "17180000, 20000000",
        "0.5, 1",
        "0, 1",
        "-3, 1"
    })
    @DisplayName("The axis ends at 1, 2, 2.5 or 5 times a power of ten, at least 5% above the highest value")
    void niceCeiling(double max, double ceiling) {
        assertThat(ProgressChart.niceCeiling(max)).isCloseTo(ceiling, within(1e-9));
    }

    @Test
    @DisplayName("For any highest value, the axis leaves a margin of 5% and is never more than five times the value")
    void niceCeilingBounds() {
        for (double max = 0.37; max < 1e9; max *= 1.37) {
            double top = ProgressChart.niceCeiling(max);
            double power = Math.pow(10, Math.floor(Math.log10(top) + 1e-9));
            double step = top / power;

            assertThat(top).as("max %s", max).isGreaterThanOrEqualTo(max * 1.05 - 1e-9).isLessThanOrEqualTo(max * 5);
            assertThat(List.of(1.0, 2.0, 2.5, 5.0)).as("step of %s", top)
                    .anySatisfy(s -> assertThat(step).isCloseTo(s, within(1e-6)));
        }
    }

    @Test
    @DisplayName("Contamination: confirmed and suspected areas of the same day make one point")
    void areaSeries() {
        List<ProgressFigure> figures = List.of(
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2019, 12, 31), 12_000_000),
                asAt(clearance, FigureKind.SUSPECTED_AREA, LocalDate.of(2019, 12, 31), 5_180_000),
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2021, 12, 31), 14_000_000),
                yearly(clearance, FigureKind.CLEARED, 2020, 1_000_000));

        TreeMap<LocalDate, BigDecimal> series = ProgressChart.remainingSeries(Article.ARTICLE_4, figures);

        assertThat(series).containsOnlyKeys(LocalDate.of(2019, 12, 31), LocalDate.of(2021, 12, 31));
        assertThat(series.get(LocalDate.of(2019, 12, 31))).isEqualByComparingTo("17180000");
        assertThat(series.get(LocalDate.of(2021, 12, 31))).isEqualByComparingTo("14000000");
    }

    @Test
    @DisplayName("Stockpile: from the declaration, less what was destroyed each year and what is retained, never below zero")
    void stockpileSeries() {
        List<ProgressFigure> figures = List.of(
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2014, 1_000),
                asAt(stockpile, FigureKind.STOCKPILE_DECLARED, LocalDate.of(2015, 6, 30), 3_000),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2015, 500),
                asAt(stockpile, FigureKind.RETAINED, LocalDate.of(2016, 3, 1), 200),
                yearly(stockpile, FigureKind.SUBMUNITIONS_DESTROYED, 2016, 40_000),
                yearly(stockpile, FigureKind.MUNITIONS_DESTROYED, 2016, 2_500));

        TreeMap<LocalDate, BigDecimal> series = ProgressChart.remainingSeries(Article.ARTICLE_3, figures);

        // Destruction reported before the declaration counts once it is declared; no point before it.
        assertThat(series.keySet()).containsExactly(LocalDate.of(2015, 6, 30), LocalDate.of(2015, 12, 31),
                LocalDate.of(2016, 3, 1), LocalDate.of(2016, 12, 31));
        assertThat(series.values()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("2000"), new BigDecimal("1500"), new BigDecimal("1300"), BigDecimal.ZERO);
        assertThat(series.values()).allSatisfy(v -> assertThat(v.signum()).isGreaterThanOrEqualTo(0));
    }

    @Test
    @DisplayName("Nothing to draw without a stock or an area, nor for an article without quantities")
    void nothingToDraw() {
        assertThat(ProgressChart.svg(view(clearance, entryIntoForceOf("LBN"), ObligationFixture.TODAY), List.of(),
                LABELS)).isEmpty();
        assertThat(ProgressChart.remainingSeries(Article.ARTICLE_5, List.of())).isEmpty();
        assertThat(ProgressChart.remainingSeries(Article.ARTICLE_4,
                List.of(yearly(clearance, FigureKind.CLEARED, 2020, 1_000_000)))).isEmpty();
    }

    @Test
    @DisplayName("The chart draws each point, the deadline, and the projection as a dashed line down to zero")
    void theChart() {
        List<ProgressFigure> figures = List.of(
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2019, 12, 31), 10_000_000),
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2023, 12, 31), 5_000_000),
                yearly(clearance, FigureKind.CLEARED, 2022, 1_000_000),
                yearly(clearance, FigureKind.CLEARED, 2023, 1_000_000));
        ObligationView view = view(clearance, entryIntoForceOf("LBN"), List.of(), figures, LocalDate.of(2020, 1, 1));

        String svg = ProgressChart.svg(view, figures, LABELS);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(count(svg, "<circle")).isEqualTo(2);
        Matcher polyline = Pattern.compile("<polyline [^>]*points=\"([^\"]*)\"").matcher(svg);
        assertThat(polyline.find()).isTrue();
        String[] points = polyline.group(1).split(" ");
        assertThat(points).hasSize(2);
        // The axis goes to 20,000,000 (10,000,000 + 5%); half of it is drawn half-way between y=200 and y=20.
        assertThat(svg).contains(">20,000,000</text>");
        assertThat(points[0]).endsWith(",110.0");
        assertThat(points[1]).endsWith(",155.0");
        // The series begins after entry into force (1 May 2011), so the first point is right of the axis.
        assertThat(Double.parseDouble(points[0].split(",")[0])).isGreaterThan(100.0);
        assertThat(svg).contains("stroke-dasharray=\"6 4\"").contains(">projection</text>")
                .contains(">deadline</text>").contains("stroke=\"#b02a37\"");
        assertThat(svg).contains("Remaining contamination of Lebanon &lt;by year&gt;").doesNotContain("<by year>");
    }

    @Test
    @DisplayName("With nothing left, no projection line is drawn")
    void noProjectionLineWhenNothingIsLeft() {
        List<ProgressFigure> figures = List.of(
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2018, 12, 31), 800_000),
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2020, 6, 30), 0),
                yearly(clearance, FigureKind.CLEARED, 2019, 500_000));
        ObligationView view = view(clearance, entryIntoForceOf("LBN"), List.of(), figures, LocalDate.of(2020, 7, 1));

        String svg = ProgressChart.svg(view, figures, LABELS);

        assertThat(svg).doesNotContain("stroke-dasharray").doesNotContain(">projection</text>")
                .contains(">deadline</text>");
        assertThat(count(svg, "<circle")).isEqualTo(2);
        assertThat(svg).contains("cy=\"200.0\"");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    @DisplayName("The chart's series is what the projection starts from: its last point is the remaining figure")
    void chartAndProjectionAgree() {
        List<ProgressFigure> figures = List.of(
                asAt(clearance, FigureKind.CONFIRMED_AREA, LocalDate.of(2023, 12, 31), 4_000_000),
                asAt(clearance, FigureKind.SUSPECTED_AREA, LocalDate.of(2023, 12, 31), 1_500_000),
                yearly(clearance, FigureKind.CLEARED, 2023, 900_000));

        Map.Entry<LocalDate, BigDecimal> last = ProgressChart.remainingSeries(Article.ARTICLE_4, figures).lastEntry();
        Projection projection = Projection.of(Article.ARTICLE_4, figures);

        assertThat(last.getKey()).isEqualTo(projection.remainingAsOf());
        assertThat(last.getValue()).isEqualByComparingTo(projection.remaining());
    }
}
