package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.universalization.PartiesChart.Labels;
import org.ccmplatform.universalization.PartiesChart.Mark;
import org.ccmplatform.universalization.PartiesOverTime.Membership;
import org.ccmplatform.universalization.PartiesOverTime.Point;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The count of States Parties at each year's end, and the chart that draws it against the targets. */
class PartiesOverTimeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    static final List<Membership> MEMBERS = List.of(
            new Membership(LocalDate.of(2008, 12, 3), null),
            new Membership(LocalDate.of(2008, 12, 3), null),
            new Membership(LocalDate.of(2010, 2, 16), null),
            new Membership(LocalDate.of(2011, 3, 24), LocalDate.of(2025, 9, 6)),
            new Membership(LocalDate.of(2026, 12, 8), null),
            new Membership(null, null));

    @Test
    void aStateCountsFromItsDepositUntilItsWithdrawalTakesEffect() {
        List<Point> points = PartiesOverTime.yearEnds(MEMBERS, TODAY);

        assertThat(points).extracting(Point::year).startsWith(2008).endsWith(2026).hasSize(19);
        assertThat(points.get(0)).isEqualTo(new Point(LocalDate.of(2008, 12, 31), 2));
        assertThat(points.get(1).count()).as("2009").isEqualTo(2);
        assertThat(points.get(2).count()).as("2010").isEqualTo(3);
        assertThat(points.get(3).count()).as("2011").isEqualTo(4);
        assertThat(points.get(16).count()).as("2024").isEqualTo(4);
        assertThat(points.get(17).count()).as("2025, after the withdrawal took effect").isEqualTo(3);
    }

    @Test
    void theYearUnderWayIsCountedToday() {
        List<Point> points = PartiesOverTime.yearEnds(MEMBERS, TODAY);

        assertThat(points.get(points.size() - 1)).isEqualTo(new Point(TODAY, 4));
        assertThat(PartiesOverTime.on(MEMBERS, TODAY.minusDays(1))).isEqualTo(3);
    }

    @Test
    void withNoDepositThereIsOnlyTodayAtZero() {
        assertThat(PartiesOverTime.yearEnds(List.of(), TODAY)).containsExactly(new Point(TODAY, 0));
    }

    @Test
    void theChartHasATitleADescriptionALineOfTheCountsAndAMarkPerTarget() {
        List<Point> points = PartiesOverTime.yearEnds(MEMBERS, TODAY);
        String svg = PartiesChart.svg(points, List.of(new Mark(LocalDate.of(2020, 12, 31), 130),
                new Mark(LocalDate.of(2030, 12, 31), 150)), new Labels("States Parties & targets",
                "A line <of> counts", "target"));
        Document chart = Jsoup.parse(svg, "", Parser.xmlParser());

        assertThat(chart.selectFirst("svg").attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("title").text()).isEqualTo("States Parties & targets");
        assertThat(chart.selectFirst("desc").text()).isEqualTo("A line <of> counts");
        assertThat(chart.select("polyline").attr("points").split(" ")).hasSize(points.size());
        assertThat(chart.select("circle")).hasSize(points.size());
        assertThat(chart.select("rect.target")).hasSize(2);
        assertThat(chart.select("text").eachText()).contains("target 130", "target 150", "2008", "160");
    }

    @Test
    void aTargetAboveEveryCountRaisesTheAxisAndALaterTargetWidensIt() {
        assertThat(PartiesChart.ceiling(112)).isEqualTo(120);
        assertThat(PartiesChart.ceiling(130)).isEqualTo(160);
        assertThat(PartiesChart.ceiling(3)).isEqualTo(40);
        String svg = PartiesChart.svg(List.of(new Point(TODAY, 100)), List.of(new Mark(LocalDate.of(2030, 1, 1), 130)),
                new Labels("t", "d", "target"));
        assertThat(Jsoup.parse(svg, "", Parser.xmlParser()).select("text").eachText()).contains("2026", "2030");
    }

    @Test
    void thereIsNoChartWithoutCounts() {
        assertThat(PartiesChart.svg(List.of(), List.of(), new Labels("t", "d", "target"))).isEmpty();
    }
}
