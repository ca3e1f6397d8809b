package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.afterHostilities;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.obligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A reported figure: of a kind that belongs to the obligation's article, a quantity of zero or more, for a calendar
 * year from the obligation's start to this year (destroyed, released) or as at a day not in the future (declared,
 * remaining, retained), with its source, and a reason for munitions retained. Anything else is refused with the field
 * and the message that say why.
 */
class ProgressFigureTest {

    private static final LocalDate TODAY = ObligationFixture.TODAY;
    private static final LocalDate LEBANON_IN_FORCE = LocalDate.of(2011, 5, 1);
    private static final String SOURCE = "Article 7 report of 2019";

    private final Obligation clearance = obligation("LBN", Article.ARTICLE_4);
    private final Obligation stockpile = obligation("BGR", Article.ARTICLE_3);

    private ProgressFigure figure(Obligation obligation, FigureKind kind, Integer year, LocalDate date,
            String quantity, String reason, String source, LocalDate start) {
        return new ProgressFigure(obligation, kind, year, date, quantity == null ? null : new BigDecimal(quantity),
                reason, source, "focal.lbn", start, TODAY);
    }

    private static void assertRefused(String field, String code, ThrowingCallable entry, Object... arguments) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, entry);
        assertThat(refusal).as(code).isNotNull();
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.messageCode()).isEqualTo(code);
        if (arguments.length > 0) {
            assertThat(refusal.arguments()).containsExactly(arguments);
        }
    }

    @Test
    @DisplayName("Land cleared in 2018 is kept for its year, stands for 31 December 2018, with who entered it and from where")
    void aYearlyFigure() {
        ProgressFigure cleared = figure(clearance, FigureKind.CLEARED, 2018, LocalDate.of(2018, 6, 1), "1240000",
                null, "  " + SOURCE + "  ", LEBANON_IN_FORCE);

        assertThat(cleared.year()).isEqualTo(2018);
        assertThat(cleared.date()).isNull();
        assertThat(cleared.asOf()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(cleared.quantity()).isEqualByComparingTo("1240000");
        assertThat(cleared.source()).isEqualTo(SOURCE);
        assertThat(cleared.enteredBy()).isEqualTo("focal.lbn");
        assertThat(cleared.reason()).isNull();
    }

    @Test
    @DisplayName("A confirmed area is kept as at its day; a year given with it is not kept")
    void aFigureAsAtADay() {
        ProgressFigure area = figure(clearance, FigureKind.CONFIRMED_AREA, 2019, LocalDate.of(2019, 12, 31),
                "17180000", null, SOURCE, LEBANON_IN_FORCE);

        assertThat(area.date()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(area.year()).isNull();
        assertThat(area.asOf()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    @DisplayName("A quantity of zero is a figure (a year with nothing cleared); a negative quantity is refused")
    void negativeQuantities() {
        assertThat(figure(clearance, FigureKind.CLEARED, 2020, null, "0", null, SOURCE, LEBANON_IN_FORCE)
                .quantity()).isZero();
        assertRefused("quantity", "progress.quantity.negative", () -> figure(clearance, FigureKind.CLEARED, 2020,
                null, "-1", null, SOURCE, LEBANON_IN_FORCE));
        assertRefused("quantity", "progress.quantity.negative", () -> figure(stockpile,
                FigureKind.STOCKPILE_DECLARED, null, LocalDate.of(2012, 3, 29), "-0.5", null, SOURCE, null));
        assertRefused("quantity", "validation.required", () -> figure(clearance, FigureKind.CLEARED, 2020, null,
                null, null, SOURCE, LEBANON_IN_FORCE));
    }

    @Test
    @DisplayName("A figure of another article's kind is refused: no cleared area for a stockpile, no destroyed munitions for clearance")
    void kindsBelongToTheirArticle() {
        assertRefused("kind", "progress.kind.otherArticle", () -> figure(stockpile, FigureKind.CLEARED, 2014, null,
                "100", null, SOURCE, null));
        assertRefused("kind", "progress.kind.otherArticle", () -> figure(clearance, FigureKind.MUNITIONS_DESTROYED,
                2014, null, "100", null, SOURCE, LEBANON_IN_FORCE));
        assertRefused("kind", "validation.required", () -> figure(clearance, null, 2014, null, "100", null, SOURCE,
                LEBANON_IN_FORCE));
        for (FigureKind kind : FigureKind.values()) {
            assertThat(kind.article()).isIn(Article.ARTICLE_3, Article.ARTICLE_4);
        }
    }

    @Test
    @DisplayName("A yearly figure needs its year, not before the year the obligation began, not after this year")
    void theYearOfAYearlyFigure() {
        assertRefused("year", "validation.required", () -> figure(clearance, FigureKind.CLEARED, null,
                LocalDate.of(2019, 12, 31), "100", null, SOURCE, LEBANON_IN_FORCE));
        assertRefused("year", "progress.year.beforeObligation", () -> figure(clearance, FigureKind.CLEARED, 2010,
                null, "100", null, SOURCE, LEBANON_IN_FORCE), "2011");
        assertThat(figure(clearance, FigureKind.CLEARED, 2011, null, "100", null, SOURCE, LEBANON_IN_FORCE).year())
                .isEqualTo(2011);
        assertRefused("year", "participation.date.future", () -> figure(clearance, FigureKind.CLEARED, 2027, null,
                "100", null, SOURCE, LEBANON_IN_FORCE));
        assertThat(figure(clearance, FigureKind.CLEARED, 2026, null, "100", null, SOURCE, LEBANON_IN_FORCE).year())
                .isEqualTo(2026);
    }

    @Test
    @DisplayName("Article 4(1)(b): no release is reported for a year before the hostilities ended")
    void noReleaseBeforeTheHostilitiesEnded() {
        Obligation remnants = afterHostilities("LBN", LocalDate.of(2024, 11, 27));
        LocalDate start = remnants.startFrom(entryIntoForceOf("LBN"));

        assertRefused("year", "progress.year.beforeObligation", () -> figure(remnants, FigureKind.CLEARED, 2023,
                null, "5000", null, SOURCE, start), "2024");
        assertThat(figure(remnants, FigureKind.CLEARED, 2025, null, "5000", null, SOURCE, start).year())
                .isEqualTo(2025);
    }

    @Test
    @DisplayName("A stock or area figure needs its day, not in the future")
    void theDayOfAStockOrArea() {
        assertRefused("date", "validation.required", () -> figure(clearance, FigureKind.SUSPECTED_AREA, 2019, null,
                "100", null, SOURCE, LEBANON_IN_FORCE));
        assertRefused("date", "participation.date.future", () -> figure(clearance, FigureKind.SUSPECTED_AREA, null,
                TODAY.plusDays(1), "100", null, SOURCE, LEBANON_IN_FORCE));
        assertThat(figure(clearance, FigureKind.SUSPECTED_AREA, null, TODAY, "100", null, SOURCE, LEBANON_IN_FORCE)
                .date()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("Munitions retained under Article 3(6) need the reason; every figure needs its source")
    void reasonsAndSources() {
        assertRefused("reason", "progress.retained.reason", () -> figure(stockpile, FigureKind.RETAINED, null,
                LocalDate.of(2015, 12, 31), "24", "  ", SOURCE, null));
        ProgressFigure retained = figure(stockpile, FigureKind.RETAINED, null, LocalDate.of(2015, 12, 31), "24",
                " Training of clearance personnel ", SOURCE, null);
        assertThat(retained.reason()).isEqualTo("Training of clearance personnel");

        assertRefused("source", "progress.source.required", () -> figure(clearance, FigureKind.CLEARED, 2019, null,
                "100", null, " ", LEBANON_IN_FORCE));
        assertRefused("source", "progress.source.required", () -> figure(clearance, FigureKind.CLEARED, 2019, null,
                "100", null, null, LEBANON_IN_FORCE));
    }

    @Test
    @DisplayName("Destroyed and released figures are for a year; declared, remaining and retained figures are as at a day")
    void yearlyAndDatedKinds() {
        assertThat(FigureKind.values()).filteredOn(FigureKind::yearly).containsExactlyInAnyOrder(
                FigureKind.MUNITIONS_DESTROYED, FigureKind.SUBMUNITIONS_DESTROYED,
                FigureKind.CANCELLED_BY_NON_TECHNICAL_SURVEY, FigureKind.REDUCED_BY_TECHNICAL_SURVEY,
                FigureKind.CLEARED, FigureKind.REMNANTS_DESTROYED);
        assertThat(FigureKind.values()).filteredOn(FigureKind::releasesLand).containsExactlyInAnyOrder(
                FigureKind.CANCELLED_BY_NON_TECHNICAL_SURVEY, FigureKind.REDUCED_BY_TECHNICAL_SURVEY,
                FigureKind.CLEARED);
    }
}
