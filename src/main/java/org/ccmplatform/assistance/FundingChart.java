package org.ccmplatform.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small SVG bar chart of the funding per year: the cost of the needs, and what donors committed, side by side.
 * Drawn on the server, so that it costs no script; the table beside it carries the same figures for screen readers.
 */
final class FundingChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 90;
    private static final int RIGHT = 10;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private FundingChart() {}

    /** Labels in the reader's language: the chart's description and its two series. */
    record Labels(String description, String cost, String committed) {}

    static String svg(List<GapReport.YearLine> years, String currency, Labels labels, Locale locale) {
        if (years.isEmpty()) {
            return "";
        }
        BigDecimal top = years.stream().map(y -> y.gap().cost().amount().max(y.gap().committed().amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        if (top.signum() == 0) {
            return "";
        }
        BigDecimal axis = niceCeiling(top);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / years.size();
        double bar = Math.min(28, slot / 2.5);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" class=\"funding-chart w-100\" aria-label=\"")
                .append(escape(labels.description())).append("\">");
        java.text.NumberFormat number = java.text.NumberFormat.getIntegerInstance(locale);
        for (int i = 0; i <= 4; i++) {
            BigDecimal value = axis.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0,
                    RoundingMode.HALF_UP);
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    LEFT - 6, y + 4, escape(number.format(value))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\">%s</text>", TOP - 4,
                escape(currency)));
        for (int i = 0; i < years.size(); i++) {
            GapReport.YearLine line = years.get(i);
            double x = LEFT + slot * i + slot / 2;
            bar(svg, x - bar, bar, line.gap().cost().amount(), axis, plotHeight, "#6c757d",
                    labels.cost() + " " + line.year() + ": " + number.format(line.gap().cost().amount()));
            bar(svg, x, bar, line.gap().committed().amount(), axis, plotHeight, "#0d6efd",
                    labels.committed() + " " + line.year() + ": " + number.format(line.gap().committed().amount()));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>", x,
                    HEIGHT - BOTTOM + 16, line.year()));
        }
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#6c757d\"/><text x=\"%d\" y=\"%d\" "
                        + "font-size=\"11\">%s</text>", LEFT, HEIGHT - 12, LEFT + 14, HEIGHT - 3,
                escape(labels.cost())));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#0d6efd\"/><text x=\"%d\" y=\"%d\" "
                        + "font-size=\"11\">%s</text>", LEFT + 160, HEIGHT - 12, LEFT + 174, HEIGHT - 3,
                escape(labels.committed())));
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, double x, double width, BigDecimal value, BigDecimal axis,
            double plotHeight, String colour, String title) {
        double height = value.signum() <= 0 ? 0 : plotHeight * value.doubleValue() / axis.doubleValue();
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>", x,
                TOP + plotHeight - height, width, height, colour, escape(title)));
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least the value. */
    static BigDecimal niceCeiling(BigDecimal value) {
        BigDecimal power = BigDecimal.ONE;
        while (power.multiply(BigDecimal.TEN).compareTo(value) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        for (String step : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal candidate = power.multiply(new BigDecimal(step));
            if (candidate.compareTo(value) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
