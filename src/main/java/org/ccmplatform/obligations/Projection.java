package org.ccmplatform.obligations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * When an obligation will be done at the recent pace. The rule: the remaining stock or area, divided by the mean of
 * what was destroyed or released in the last three reported years (fewer if fewer were reported), counted from the
 * day the remaining figure stands for. Every figure behind the result is kept, to be shown.
 *
 * @param remaining what is left to destroy or clear, as at {@code remainingAsOf}; null when nothing was reported
 * @param ratePerYear the mean yearly destruction or release over {@code yearsUsed}; null without yearly figures
 * @param yearsUsed the reported years whose figures make the rate, oldest first
 * @param projectedCompletion the day the remaining would reach zero at that rate; null when it cannot be said
 * @param basis the message key that says which case applied
 */
public record Projection(BigDecimal remaining, LocalDate remainingAsOf, BigDecimal ratePerYear,
        Map<Integer, BigDecimal> yearsUsed, LocalDate projectedCompletion, String basis) {

    static final int YEARS = 3;
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    public static Projection of(Article article, List<ProgressFigure> figures) {
        return article == Article.ARTICLE_3 ? ofStockpile(figures) : article == Article.ARTICLE_4 ? ofArea(figures)
                : new Projection(null, null, null, Map.of(), null, "projection.none");
    }

    /** Article 3: declared munitions, less those retained and those destroyed; the pace of destruction. */
    static Projection ofStockpile(List<ProgressFigure> figures) {
        Optional<ProgressFigure> declared = latest(figures, FigureKind.STOCKPILE_DECLARED);
        if (declared.isEmpty()) {
            return new Projection(null, null, null, Map.of(), null, "projection.noData");
        }
        BigDecimal destroyed = sum(figures, FigureKind.MUNITIONS_DESTROYED);
        BigDecimal retained = latest(figures, FigureKind.RETAINED).map(ProgressFigure::quantity).orElse(BigDecimal.ZERO);
        BigDecimal remaining = declared.get().quantity().subtract(destroyed).subtract(retained).max(BigDecimal.ZERO);
        Map<Integer, BigDecimal> yearly = byYear(figures, k -> k == FigureKind.MUNITIONS_DESTROYED);
        LocalDate asOf = yearly.isEmpty() ? declared.get().asOf()
                : LocalDate.of(((TreeMap<Integer, BigDecimal>) yearly).lastKey(), 12, 31);
        return project(remaining, asOf, yearly);
    }

    /** Article 4: confirmed and suspected area at the latest dates; the pace of land release. */
    static Projection ofArea(List<ProgressFigure> figures) {
        Optional<ProgressFigure> confirmed = latest(figures, FigureKind.CONFIRMED_AREA);
        Optional<ProgressFigure> suspected = latest(figures, FigureKind.SUSPECTED_AREA);
        if (confirmed.isEmpty() && suspected.isEmpty()) {
            return new Projection(null, null, null, Map.of(), null, "projection.noData");
        }
        BigDecimal remaining = confirmed.map(ProgressFigure::quantity).orElse(BigDecimal.ZERO)
                .add(suspected.map(ProgressFigure::quantity).orElse(BigDecimal.ZERO));
        LocalDate asOf = java.util.stream.Stream.of(confirmed, suspected).flatMap(Optional::stream)
                .map(ProgressFigure::asOf).max(Comparator.naturalOrder()).orElseThrow();
        return project(remaining, asOf, byYear(figures, FigureKind::releasesLand));
    }

    private static Projection project(BigDecimal remaining, LocalDate asOf, Map<Integer, BigDecimal> yearly) {
        if (remaining.signum() == 0) {
            return new Projection(remaining, asOf, null, Map.of(), asOf, "projection.nothingLeft");
        }
        TreeMap<Integer, BigDecimal> recent = new TreeMap<>(yearly);
        while (recent.size() > YEARS) {
            recent.pollFirstEntry();
        }
        if (recent.isEmpty()) {
            return new Projection(remaining, asOf, null, Map.of(), null, "projection.noPace");
        }
        BigDecimal rate = recent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(recent.size()), MathContext.DECIMAL64);
        if (rate.signum() == 0) {
            return new Projection(remaining, asOf, rate, recent, null, "projection.stalled");
        }
        long days = remaining.divide(rate, MathContext.DECIMAL64).multiply(DAYS_PER_YEAR)
                .setScale(0, RoundingMode.CEILING).longValueExact();
        return new Projection(remaining, asOf, rate.setScale(2, RoundingMode.HALF_UP), recent, asOf.plusDays(days),
                "projection.meanOfRecentYears");
    }

    private static Optional<ProgressFigure> latest(List<ProgressFigure> figures, FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).max(Comparator.comparing(ProgressFigure::asOf)
                .thenComparing(ProgressFigure::id, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static BigDecimal sum(List<ProgressFigure> figures, FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).map(ProgressFigure::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<Integer, BigDecimal> byYear(List<ProgressFigure> figures,
            java.util.function.Predicate<FigureKind> counts) {
        return figures.stream().filter(f -> counts.test(f.kind()))
                .collect(Collectors.groupingBy(ProgressFigure::year, TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO, ProgressFigure::quantity, BigDecimal::add)));
    }
}
