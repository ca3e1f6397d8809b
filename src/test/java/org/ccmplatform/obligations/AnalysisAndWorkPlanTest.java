package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.draft;
import static org.ccmplatform.obligations.ObligationFixture.obligation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Analysis Group's questions and the State's answers, on the record; the yearly targets and budget of a work plan. */
class AnalysisAndWorkPlanTest {

    private final ExtensionRequest request = draft(obligation("LBN", Article.ARTICLE_4), LocalDate.of(2026, 5, 1));
    private final Instant asked = Instant.parse("2020-06-15T09:30:00Z");
    private final Instant answered = Instant.parse("2020-07-01T14:00:00Z");

    @Test
    @DisplayName("A question is kept with who asked it and when; its answer with who answered and when")
    void aQuestionAndItsAnswer() {
        AnalysisExchange exchange = new AnalysisExchange(request,
                "  How many square metres were cancelled by non-technical survey in 2019?  ", "coordinator.nor", asked);

        exchange.answer(" 1,240,000 m², in the south. ", "focal.lbn", answered);

        assertThat(exchange.question()).isEqualTo("How many square metres were cancelled by non-technical survey in 2019?");
        assertThat(exchange.askedBy()).isEqualTo("coordinator.nor");
        assertThat(exchange.askedAtUtc()).isEqualTo(LocalDateTime.of(2020, 6, 15, 9, 30));
        assertThat(exchange.answer()).isEqualTo("1,240,000 m², in the south.");
        assertThat(exchange.answeredBy()).isEqualTo("focal.lbn");
        assertThat(exchange.answeredAtUtc()).isEqualTo(LocalDateTime.of(2020, 7, 1, 14, 0));
    }

    @Test
    @DisplayName("A question is answered once: a second answer is refused and the first stays on the record")
    void aQuestionIsAnsweredOnce() {
        AnalysisExchange exchange = new AnalysisExchange(request, "What budget is secured for 2021?", "isu", asked);
        exchange.answer("USD 4.2 million", "focal.lbn", answered);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> exchange.answer("USD 5 million", "focal.lbn", answered.plusSeconds(60)));

        assertThat(refusal.field()).isEqualTo("answer");
        assertThat(refusal.messageCode()).isEqualTo("extension.alreadyAnswered");
        assertThat(exchange.answer()).isEqualTo("USD 4.2 million");
        assertThat(exchange.answeredAtUtc()).isEqualTo(LocalDateTime.of(2020, 7, 1, 14, 0));
    }

    @Test
    @DisplayName("An empty or overlong question or answer is refused; an unanswered question has no answer time")
    void emptyQuestionsAndAnswers() {
        assertThat(catchThrowableOfType(RuleViolation.class, () -> new AnalysisExchange(request, " ", "isu", asked))
                .messageCode()).isEqualTo("validation.required");
        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> new AnalysisExchange(request, "?".repeat(4001), "isu", asked)).messageCode())
                .isEqualTo("validation.tooLong");

        AnalysisExchange exchange = new AnalysisExchange(request, "Which areas remain?", "isu", asked);
        assertThat(exchange.answeredAtUtc()).isNull();
        RuleViolation blank = catchThrowableOfType(RuleViolation.class, () -> exchange.answer("", "focal", answered));
        assertThat(blank.field()).isEqualTo("answer");
        assertThat(blank.messageCode()).isEqualTo("validation.required");
        assertThat(catchThrowableOfType(RuleViolation.class,
                () -> exchange.answer("a".repeat(8001), "focal", answered)).messageCode())
                .isEqualTo("validation.tooLong");
        assertThat(exchange.answer()).isNull();
    }

    @Test
    @DisplayName("A work plan year has a target of zero or more, its unit, and a budget in a currency")
    void aWorkPlanYear() {
        WorkPlanYear year = new WorkPlanYear(request, 2022, new BigDecimal("2500000"), WorkPlanYear.Unit.SQUARE_METRES,
                new BigDecimal("4200000"), "USD");

        assertThat(year.planYear()).isEqualTo(2022);
        assertThat(year.target()).isEqualByComparingTo("2500000");
        assertThat(year.unit()).isEqualTo(WorkPlanYear.Unit.SQUARE_METRES);
        assertThat(year.budget()).isEqualByComparingTo("4200000");
        assertThat(year.currency()).isEqualTo("USD");
        assertThat(new WorkPlanYear(request, 2023, BigDecimal.ZERO, WorkPlanYear.Unit.SUBMUNITIONS, null, null)
                .target()).isZero();
    }

    @Test
    @DisplayName("A negative target or budget, a missing unit, a budget without an ISO currency code are refused")
    void badWorkPlanYears() {
        assertRefused("target", "progress.quantity.negative", () -> new WorkPlanYear(request, 2022,
                new BigDecimal("-1"), WorkPlanYear.Unit.SQUARE_METRES, null, null));
        assertRefused("target", "progress.quantity.negative", () -> new WorkPlanYear(request, 2022, null,
                WorkPlanYear.Unit.SQUARE_METRES, null, null));
        assertRefused("unit", "validation.required", () -> new WorkPlanYear(request, 2022, BigDecimal.TEN, null,
                null, null));
        assertRefused("budget", "progress.quantity.negative", () -> new WorkPlanYear(request, 2022, BigDecimal.TEN,
                WorkPlanYear.Unit.CLUSTER_MUNITIONS, new BigDecimal("-0.01"), "CHF"));
        assertRefused("currency", "workPlan.currency", () -> new WorkPlanYear(request, 2022, BigDecimal.TEN,
                WorkPlanYear.Unit.CLUSTER_MUNITIONS, new BigDecimal("100000"), null));
        assertRefused("currency", "workPlan.currency", () -> new WorkPlanYear(request, 2022, BigDecimal.TEN,
                WorkPlanYear.Unit.CLUSTER_MUNITIONS, new BigDecimal("100000"), "usd"));
        assertRefused("currency", "workPlan.currency", () -> new WorkPlanYear(request, 2022, BigDecimal.TEN,
                WorkPlanYear.Unit.CLUSTER_MUNITIONS, new BigDecimal("100000"), "US$"));
    }

    @Test
    @DisplayName("Without a budget, a currency is not kept")
    void noCurrencyWithoutABudget() {
        WorkPlanYear year = new WorkPlanYear(request, 2022, BigDecimal.TEN, WorkPlanYear.Unit.CLUSTER_MUNITIONS, null,
                "EUR");

        assertThat(year.budget()).isNull();
        assertThat(year.currency()).isNull();
    }

    private static void assertRefused(String field, String code, org.assertj.core.api.ThrowableAssert.ThrowingCallable
            move) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, move);
        assertThat(refusal).as(code).isNotNull();
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.messageCode()).isEqualTo(code);
    }
}
