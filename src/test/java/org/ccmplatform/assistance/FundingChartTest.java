package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmplatform.assistance.AssistanceFixture.gap;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmplatform.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingChartTest {

    private static final FundingChart.Labels LABELS = new FundingChart.Labels("Funding per year", "Cost",
            "Committed");

    private static GapReport.YearLine year(int year, String cost, String committed) {
        return new GapReport.YearLine(year, gap(usd(cost), usd(committed)));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @ParameterizedTest
    @CsvSource({"0.4, 1", "1, 1", "1.5, 2", "2, 2", "2.2, 2.5", "3, 5", "7, 10", "10, 10", "11, 20", "250, 250",
            "251, 500", "2100000, 2500000", "3000000, 5000000", "5000001, 10000000", "999999, 1000000"})
    void theAxisEndsAtTheSmallestOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenAboveTheTallestBar(String value,
            String ceiling) {
        assertThat(FundingChart.niceCeiling(new BigDecimal(value))).isEqualByComparingTo(ceiling);
    }

    @Test
    void noYearsDrawNoChart() {
        assertThat(FundingChart.svg(List.of(), "USD", LABELS, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void yearsWithoutAnyAmountDrawNoChart() {
        assertThat(FundingChart.svg(List.of(new GapReport.YearLine(2026, gap(Money.zero("USD"), Money.zero("USD")))),
                "USD", LABELS, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void eachYearHasOneBarForTheCostAndOneForWhatIsCommitted() {
        String svg = FundingChart.svg(List.of(year(2026, "300000.00", "100000.00"),
                year(2027, "300000.00", "50000.00"), year(2028, "300000.00", "0.00")), "USD", LABELS, Locale.ENGLISH);

        assertThat(count(svg, "<rect [^>]*><title>Cost 20\\d\\d: ")).isEqualTo(3);
        assertThat(count(svg, "<rect [^>]*><title>Committed 20\\d\\d: ")).isEqualTo(3);
        assertThat(svg).contains("<title>Cost 2026: 300,000</title>", "<title>Committed 2027: 50,000</title>",
                ">2026</text>", ">2027</text>", ">2028</text>");
    }

    @Test
    void theTallestBarReachesTheNiceCeilingOfTheAxisInProportion() {
        String svg = FundingChart.svg(List.of(year(2026, "250000.00", "125000.00")), "USD", LABELS, Locale.ENGLISH);

        assertThat(svg).contains("height=\"168.0\" fill=\"#6c757d\"><title>Cost 2026");
        assertThat(svg).contains("height=\"84.0\" fill=\"#0d6efd\"><title>Committed 2026");
    }

    @Test
    void theChartIsAnImageWithAnAccessibleDescription() {
        String svg = FundingChart.svg(List.of(year(2026, "1000.00", "10.00")), "USD", LABELS, Locale.ENGLISH);

        assertThat(svg).startsWith("<svg ").endsWith("</svg>");
        assertThat(svg).contains("role=\"img\"", "aria-label=\"Funding per year\"");
    }

    @Test
    void labelsAndCurrencyAreEscaped() {
        FundingChart.Labels hostile = new FundingChart.Labels("Gaps \"<script>alert(1)</script>",
                "Cost & <b>more</b>", "Committed <i>");

        String svg = FundingChart.svg(List.of(year(2026, "1000.00", "10.00")), "<U$D>", hostile, Locale.ENGLISH);

        assertThat(svg).doesNotContain("<script>", "<b>", "<i>", "<U$D>", "\"<script");
        assertThat(svg).contains("aria-label=\"Gaps &quot;&lt;script&gt;alert(1)&lt;/script&gt;\"",
                "Cost &amp; &lt;b&gt;more&lt;/b&gt;", "&lt;U$D&gt;");
    }

    @Test
    void theFiguresAreWrittenTheReadersWay() {
        String svg = FundingChart.svg(List.of(year(2026, "1250000.00", "0.00")), "USD",
                new FundingChart.Labels("Financiacion", "Costo", "Comprometido"), Locale.forLanguageTag("es"));

        assertThat(svg).contains("<title>Costo 2026: 1.250.000</title>", ">2.000.000</text>");
    }
}
