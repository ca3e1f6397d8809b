package org.ccmplatform.obligations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.util.HtmlUtils;

/**
 * A small SVG chart of what remains (stockpile or contaminated area) over time, against the deadline, with the
 * projection as a dashed line. Drawn on the server, so that it costs no script and a few kilobytes.
 */
final class ProgressChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 100;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private ProgressChart() {}

    /** Labels in the reader's language: the chart's description, "deadline", "projection". */
    record Labels(String description, String deadline, String projection) {}

    /** The remaining quantity after each reported date, oldest first. */
    static TreeMap<LocalDate, BigDecimal> remainingSeries(Article article, List<ProgressFigure> figures) {
        TreeMap<LocalDate, BigDecimal> series = new TreeMap<>();
        if (article == Article.ARTICLE_3) {
            BigDecimal declared = null;
            BigDecimal destroyed = BigDecimal.ZERO;
            BigDecimal retained = BigDecimal.ZERO;
            List<ProgressFigure> ordered = new ArrayList<>(figures);
            ordered.sort(java.util.Comparator.comparing(ProgressFigure::asOf));
            for (ProgressFigure f : ordered) {
                switch (f.kind()) {
                    case STOCKPILE_DECLARED -> declared = f.quantity();
                    case MUNITIONS_DESTROYED -> destroyed = destroyed.add(f.quantity());
                    case RETAINED -> retained = f.quantity();
                    default -> {
                        continue;
                    }
                }
                if (declared != null) {
                    series.put(f.asOf(), declared.subtract(destroyed).subtract(retained).max(BigDecimal.ZERO));
                }
            }
        } else if (article == Article.ARTICLE_4) {
            Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
            figures.stream().filter(f -> f.kind() == FigureKind.CONFIRMED_AREA || f.kind() == FigureKind.SUSPECTED_AREA)
                    .forEach(f -> byDate.merge(f.asOf(), f.quantity(), BigDecimal::add));
            series.putAll(byDate);
        }
        return series;
    }

    /** The chart, or an empty string when there is nothing to draw. */
    static String svg(ObligationView view, List<ProgressFigure> figures, Labels labels) {
        TreeMap<LocalDate, BigDecimal> series = remainingSeries(view.obligation().article(), figures);
        if (series.isEmpty()) {
            return "";
        }
        LocalDate first = view.startDate() != null && view.startDate().isBefore(series.firstKey()) ? view.startDate()
                : series.firstKey();
        LocalDate last = series.lastKey();
        for (LocalDate d : new LocalDate[] {view.currentDeadline(), view.projection().projectedCompletion()}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        last = last.plusMonths(6);
        double max = series.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double top = niceCeiling(max);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(HtmlUtils.htmlEscape(labels.description(), "UTF-8"))
                .append("\" class=\"progress-chart\"><title>").append(HtmlUtils.htmlEscape(labels.description(), "UTF-8"))
                .append("</title>");
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#6c757d", null));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#6c757d", null));
        svg.append(text(LEFT - 6, TOP + 4, format(top), "end"));
        svg.append(text(LEFT - 6, HEIGHT - BOTTOM, "0", "end"));
        for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1), first, span);
            if ((year - first.getYear()) % Math.max(1, (last.getYear() - first.getYear()) / 8 + 1) == 0) {
                svg.append(text(x, HEIGHT - BOTTOM + 16, String.valueOf(year), "middle"));
            }
        }
        StringBuilder points = new StringBuilder();
        series.forEach((day, value) -> points.append(fmt(x(day, first, span))).append(',')
                .append(fmt(y(value.doubleValue(), top))).append(' '));
        svg.append("<polyline fill=\"none\" stroke=\"#0b5ed7\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip()).append("\"/>");
        series.forEach((day, value) -> svg.append("<circle r=\"3\" fill=\"#0b5ed7\" cx=\"")
                .append(fmt(x(day, first, span))).append("\" cy=\"").append(fmt(y(value.doubleValue(), top)))
                .append("\"/>"));
        Projection projection = view.projection();
        if (projection.projectedCompletion() != null && projection.remaining() != null
                && projection.remaining().signum() > 0) {
            svg.append(line(x(projection.remainingAsOf(), first, span), y(projection.remaining().doubleValue(), top),
                    x(projection.projectedCompletion(), first, span), y(0, top), "#6f42c1", "6 4"));
            svg.append(text(x(projection.projectedCompletion(), first, span), y(0, top) - 6, labels.projection(),
                    "end"));
        }
        if (view.currentDeadline() != null) {
            double x = x(view.currentDeadline(), first, span);
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#b02a37", null));
            svg.append(text(x - 4, TOP + 12, labels.deadline(), "end"));
        }
        return svg.append("</svg>").toString();
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that leaves a margin above the highest value. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double target = max * 1.05;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= target) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double x(LocalDate day, LocalDate first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / span;
    }

    private static double y(double value, double top) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / top;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\"" + (dash == null ? "" : " stroke-dasharray=\""
                + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String content, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"11\" text-anchor=\"" + anchor
                + "\" fill=\"#212529\">" + HtmlUtils.htmlEscape(content, "UTF-8") + "</text>";
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%,.0f", value);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
