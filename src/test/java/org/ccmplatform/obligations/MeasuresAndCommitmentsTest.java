package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.state;
import static org.ccmplatform.obligations.ObligationFixture.view;

import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Article 9, national implementation measures: where the State stands on legislation, since a day; in place once
 * adopted or when existing law is deemed sufficient. Article 5, victim assistance: dated commitments (a national focal
 * point, a national action plan), each with its target date. Article 7: a report as received.
 */
class MeasuresAndCommitmentsTest {

    private static final LocalDate TODAY = ObligationFixture.TODAY;

    @Test
    @DisplayName("Legislation adopted completes Article 9 on the day it was adopted")
    void legislationAdopted() {
        Obligation measures = obligation("NZL", Article.ARTICLE_9);

        measures.recordLegislation(Legislation.ADOPTED, LocalDate.of(2009, 12, 17), TODAY);
        ObligationView view = view(measures, entryIntoForceOf("NZL"), TODAY);

        assertThat(measures.legislation()).isEqualTo(Legislation.ADOPTED);
        assertThat(measures.legislationSince()).isEqualTo(LocalDate.of(2009, 12, 17));
        assertThat(measures.completedOn()).isEqualTo(LocalDate.of(2009, 12, 17));
        assertThat(measures.completionPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(view.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(view.completedOnTime()).isNull();
    }

    @Test
    @DisplayName("Existing law deemed sufficient is in place; in preparation or none is not, and undoes an earlier completion")
    void legislationInPlaceOrNot() {
        assertThat(Legislation.values()).filteredOn(Legislation::isInPlace)
                .containsExactlyInAnyOrder(Legislation.ADOPTED, Legislation.EXISTING_LAW_DEEMED_SUFFICIENT);

        Obligation measures = obligation("LBN", Article.ARTICLE_9);
        measures.recordLegislation(Legislation.EXISTING_LAW_DEEMED_SUFFICIENT, LocalDate.of(2012, 4, 30), TODAY);
        assertThat(measures.completedOn()).isEqualTo(LocalDate.of(2012, 4, 30));

        measures.recordLegislation(Legislation.IN_PREPARATION, LocalDate.of(2020, 1, 15), TODAY);

        assertThat(measures.legislation()).isEqualTo(Legislation.IN_PREPARATION);
        assertThat(measures.completedOn()).isNull();
        assertThat(measures.completionPrecision()).isNull();
        assertThat(view(measures, entryIntoForceOf("LBN"), TODAY).status()).isEqualTo(ObligationStatus.NO_DEADLINE);
    }

    @Test
    @DisplayName("Legislation is recorded only for Article 9, with a status, and not since a day in the future; a refusal changes nothing")
    void badLegislation() {
        RuleViolation otherArticle = catchThrowableOfType(RuleViolation.class, () -> obligation("LBN",
                Article.ARTICLE_4).recordLegislation(Legislation.ADOPTED, LocalDate.of(2012, 1, 1), TODAY));
        assertThat(otherArticle.field()).isEqualTo("legislation");
        assertThat(otherArticle.messageCode()).isEqualTo("obligation.legislation.onlyArticle9");

        Obligation measures = obligation("LBN", Article.ARTICLE_9);
        measures.recordLegislation(Legislation.IN_PREPARATION, LocalDate.of(2019, 3, 1), TODAY);
        RuleViolation none = catchThrowableOfType(RuleViolation.class,
                () -> measures.recordLegislation(null, LocalDate.of(2020, 1, 1), TODAY));
        RuleViolation future = catchThrowableOfType(RuleViolation.class,
                () -> measures.recordLegislation(Legislation.ADOPTED, TODAY.plusDays(1), TODAY));

        assertThat(none.messageCode()).isEqualTo("validation.required");
        assertThat(future.field()).isEqualTo("legislationSince");
        assertThat(future.messageCode()).isEqualTo("participation.date.future");
        assertThat(measures.legislation()).isEqualTo(Legislation.IN_PREPARATION);
        assertThat(measures.legislationSince()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(measures.completedOn()).isNull();
    }

    @Test
    @DisplayName("Dated commitments of the Dubrovnik Action Plan: a focal point by 31 December 2016, a national action plan by 31 December 2018")
    void commitmentsCarryTheirTargetDates() {
        Obligation assistance = obligation("LAO", Article.ARTICLE_5);

        AssistanceCommitment focalPoint = new AssistanceCommitment(assistance, AssistanceCommitment.Kind.FOCAL_POINT);
        AssistanceCommitment plan = new AssistanceCommitment(assistance,
                AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN);

        assertThat(focalPoint.targetDate()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(plan.targetDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(focalPoint.done()).isFalse();
        assertThat(focalPoint.obligation()).isSameAs(assistance);
    }

    @Test
    @DisplayName("A commitment not done is late from the day after its target date; once done it is not late")
    void lateCommitments() {
        Obligation assistance = obligation("LAO", Article.ARTICLE_5);
        AssistanceCommitment focalPoint = new AssistanceCommitment(assistance, AssistanceCommitment.Kind.FOCAL_POINT);

        assertThat(focalPoint.isOverdueOn(LocalDate.of(2016, 12, 31))).isFalse();
        assertThat(focalPoint.isOverdueOn(LocalDate.of(2017, 1, 1))).isTrue();

        focalPoint.done(LocalDate.of(2017, 3, 15), "Article 7 report of 2018", TODAY);

        assertThat(focalPoint.done()).isTrue();
        assertThat(focalPoint.doneOn()).isEqualTo(LocalDate.of(2017, 3, 15));
        assertThat(focalPoint.source()).isEqualTo("Article 7 report of 2018");
        assertThat(focalPoint.isOverdueOn(TODAY)).isFalse();
        ObligationView view = ObligationView.of(assistance, entryIntoForceOf("LAO"), List.of(), List.of(),
                List.of(focalPoint), TODAY);
        assertThat(view.hasLateCommitment()).isFalse();
        assertThat(view.status()).isEqualTo(ObligationStatus.NO_DEADLINE);
    }

    @Test
    @DisplayName("Commitments belong to Article 5; one done without a day or on a day in the future is refused and stays pending")
    void badCommitments() {
        RuleViolation otherArticle = catchThrowableOfType(RuleViolation.class, () -> new AssistanceCommitment(
                obligation("LAO", Article.ARTICLE_4), AssistanceCommitment.Kind.FOCAL_POINT));
        assertThat(otherArticle.messageCode()).isEqualTo("commitment.onlyArticle5");

        AssistanceCommitment plan = new AssistanceCommitment(obligation("LAO", Article.ARTICLE_5),
                AssistanceCommitment.Kind.NATIONAL_ACTION_PLAN);
        RuleViolation none = catchThrowableOfType(RuleViolation.class, () -> plan.done(null, "x", TODAY));
        RuleViolation future = catchThrowableOfType(RuleViolation.class,
                () -> plan.done(TODAY.plusDays(1), "x", TODAY));

        assertThat(none.field()).isEqualTo("doneOn");
        assertThat(none.messageCode()).isEqualTo("validation.required");
        assertThat(future.messageCode()).isEqualTo("participation.date.future");
        assertThat(plan.done()).isFalse();
        assertThat(plan.source()).isNull();
        assertThat(plan.isOverdueOn(TODAY)).isTrue();
    }

    @Test
    @DisplayName("An initial report covers no calendar year; an annual one keeps its year; a blank link or source is not kept")
    void transparencyReportsAsReceived() {
        TransparencyReport initial = new TransparencyReport(state("LBN"), ReportKind.INITIAL, 2011,
                LocalDate.of(2011, 10, 27), " ", 3L, "  ");
        TransparencyReport annual = new TransparencyReport(state("LBN"), ReportKind.ANNUAL, 2015,
                LocalDate.of(2016, 4, 29), " https://example.org/lbn-2015.pdf ", null, " ISU ");

        assertThat(initial.yearCovered()).isNull();
        assertThat(initial.link()).isNull();
        assertThat(initial.source()).isNull();
        assertThat(initial.documentId()).isEqualTo(3L);
        assertThat(annual.yearCovered()).isEqualTo(2015);
        assertThat(annual.link()).isEqualTo("https://example.org/lbn-2015.pdf");
        assertThat(annual.source()).isEqualTo("ISU");
        assertThat(annual.receivedOn()).isEqualTo(LocalDate.of(2016, 4, 29));
    }
}
