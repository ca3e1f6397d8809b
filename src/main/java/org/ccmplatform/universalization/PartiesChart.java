package org.ccmplatform.universalization;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.ccmplatform.universalization.PartiesOverTime.Point;
import org.springframework.web.util.HtmlUtils;

/**
 * An SVG chart of the number of States Parties at each year's end against the targets, drawn on the server (no
 * script, a few kilobytes), with a title and a description; the page has the same figures as a table.
 */
final class PartiesChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private PartiesChart() {}

    /** A target as the chart marks it. */
    record Mark(LocalDate day, int count) {}

    /** The chart's title and description in the reader's language, and the word for a target. */
    record Labels(String title, String description, String target) {}

    static String svg(List<Point> actual, List<Mark> targets, Labels labels) {
        if (actual.isEmpty()) {
            return "";
        }
        LocalDate first = LocalDate.of(actual.get(0).year(), 1, 1);
        LocalDate last = actual.get(actual.size() - 1).day();
        int max = actual.stream().mapToInt(Point::count).max().orElse(1);
        for (Mark t : targets) {
            last = t.day().isAfter(last) ? t.day() : last;
            max = Math.max(max, t.count());
        }
        last = LocalDate.of(last.getYear() + 1, 1, 1);
        int top = ceiling(max);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"parties-chart-title parties-chart-desc\" ")
                .append("class=\"parties-chart\"><title id=\"parties-chart-title\">").append(escape(labels.title()))
                .append("</title><desc id=\"parties-chart-desc\">").append(escape(labels.description()))
                .append("</desc>");
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#6c757d", null));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#6c757d", null));
        for (int tick = 0; tick <= top; tick += top / 4) {
            svg.append(text(LEFT - 6, y(tick, top) + 4, String.valueOf(tick), "end"));
            if (tick > 0) {
                svg.append(line(LEFT, y(tick, top), WIDTH - RIGHT, y(tick, top), "#dee2e6", null));
            }
        }
        int years = last.getYear() - first.getYear();
        int every = Math.max(1, years / 8 + (years % 8 == 0 ? 0 : 1));
        for (int year = first.getYear(); year < last.getYear(); year += every) {
            svg.append(text(x(LocalDate.of(year, 7, 1), first, span), HEIGHT - BOTTOM + 16, String.valueOf(year),
                    "middle"));
        }
        StringBuilder points = new StringBuilder();
        for (Point p : actual) {
            points.append(fmt(x(p.day(), first, span))).append(',').append(fmt(y(p.count(), top))).append(' ');
        }
        svg.append("<polyline fill=\"none\" stroke=\"#0b5ed7\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip()).append("\"/>");
        for (Point p : actual) {
            svg.append("<circle r=\"3\" fill=\"#0b5ed7\" cx=\"").append(fmt(x(p.day(), first, span)))
                    .append("\" cy=\"").append(fmt(y(p.count(), top))).append("\"/>");
        }
        for (Mark t : targets) {
            double tx = x(t.day(), first, span);
            double ty = y(t.count(), top);
            svg.append("<rect class=\"target\" width=\"8\" height=\"8\" fill=\"#b02a37\" x=\"").append(fmt(tx - 4))
                    .append("\" y=\"").append(fmt(ty - 4)).append("\"/>");
            svg.append(text(tx - 6, ty - 8, labels.target() + " " + t.count(), "end"));
        }
        return svg.append("</svg>").toString();
    }

    /** A round top for the axis: the next multiple of 40 above the highest value. */
    static int ceiling(int max) {
        return Math.max(40, (max / 40 + 1) * 40);
    }

    private static double x(LocalDate day, LocalDate first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / span;
    }

    private static double y(int value, int top) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (double) value / top;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1\"" + (dash == null ? "" : " stroke-dasharray=\""
                + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String content, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\" text-anchor=\"" + anchor
                + "\" fill=\"#212529\">" + escape(content) + "</text>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
