package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.afterHostilities;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.view;
import static org.ccmplatform.obligations.ObligationFixture.withId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A State that completes an obligation records the day (and its declaration); the obligation is then completed, on
 * time or late against the deadline in force. A completion before the obligation began, in the future or without a day
 * is refused, and the obligation stays as it was.
 */
class CompletionTest {

    private static final LocalDate CROATIA_IN_FORCE = LocalDate.of(2010, 8, 1);

    @Test
    @DisplayName("Croatia cleared on 10 July 2020, before its deadline of 1 August 2020: completed on time")
    void croatiaCompletedClearanceOnTime() {
        Obligation croatia = obligation("HRV", Article.ARTICLE_4);

        croatia.complete(LocalDate.of(2020, 7, 10), "  Declared compliance with Article 4  ", entryIntoForceOf("HRV"),
                ObligationFixture.TODAY);
        ObligationView view = view(croatia, entryIntoForceOf("HRV"), ObligationFixture.TODAY);

        assertThat(croatia.completedOn()).isEqualTo(LocalDate.of(2020, 7, 10));
        assertThat(croatia.completionPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(croatia.completionNote()).isEqualTo("Declared compliance with Article 4");
        assertThat(view.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(view.completedOnTime()).isTrue();
    }

    @Test
    @DisplayName("A completion on the deadline is on time; the day after, late; both are completed")
    void onTheDeadlineIsOnTime() {
        Obligation onTheDay = obligation("HRV", Article.ARTICLE_4);
        onTheDay.complete(LocalDate.of(2020, 8, 1), null, CROATIA_IN_FORCE, ObligationFixture.TODAY);
        Obligation dayAfter = obligation("HRV", Article.ARTICLE_4);
        dayAfter.complete(LocalDate.of(2020, 8, 2), null, CROATIA_IN_FORCE, ObligationFixture.TODAY);

        ObligationView onTime = view(onTheDay, CROATIA_IN_FORCE, ObligationFixture.TODAY);
        ObligationView late = view(dayAfter, CROATIA_IN_FORCE, ObligationFixture.TODAY);

        assertThat(onTime.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(onTime.completedOnTime()).isTrue();
        assertThat(late.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(late.completedOnTime()).isFalse();
        assertThat(onTheDay.completionNote()).isNull();
    }

    @Test
    @DisplayName("A completion after the treaty's deadline but within a granted extension is on time")
    void onTimeAgainstTheExtendedDeadline() {
        // Peru: deadline 1 March 2021, extended to 1 April 2024; last stockpiles destroyed on 15 December 2023.
        Obligation peru = obligation("PER", Article.ARTICLE_3);
        ExtensionRequest grant = withId(ExtensionRequest.decidedEarlier(peru, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 1), "2RC", null, "Monitor 2021"));
        peru.complete(LocalDate.of(2023, 12, 15), "NPA", entryIntoForceOf("PER"), ObligationFixture.TODAY);

        ObligationView view = view(peru, entryIntoForceOf("PER"), List.of(grant), List.of(), ObligationFixture.TODAY);

        assertThat(view.originalDeadline()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(view.completedOnTime()).isTrue();
        assertThat(view(peru, entryIntoForceOf("PER"), ObligationFixture.TODAY).completedOnTime()).isFalse();
    }

    @Test
    @DisplayName("A completion before entry into force is refused, with the day the obligation began, and nothing changes")
    void noCompletionBeforeEntryIntoForce() {
        Obligation croatia = obligation("HRV", Article.ARTICLE_3);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> croatia.complete(
                LocalDate.of(2010, 7, 31), "Destroyed before", CROATIA_IN_FORCE, ObligationFixture.TODAY));

        assertThat(refusal.field()).isEqualTo("completedOn");
        assertThat(refusal.messageCode()).isEqualTo("obligation.completed.beforeStart");
        assertThat(refusal.arguments()).containsExactly(CROATIA_IN_FORCE);
        assertThat(croatia.completedOn()).isNull();
        assertThat(croatia.completionNote()).isNull();
        // The day of entry into force itself is allowed.
        croatia.complete(CROATIA_IN_FORCE, null, CROATIA_IN_FORCE, ObligationFixture.TODAY);
        assertThat(croatia.completedOn()).isEqualTo(CROATIA_IN_FORCE);
    }

    @Test
    @DisplayName("Article 4(1)(b): remnants are not cleared before the hostilities that left them ended")
    void noCompletionBeforeTheEndOfHostilities() {
        Obligation remnants = afterHostilities("LBN", LocalDate.of(2024, 11, 27));

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> remnants.complete(
                LocalDate.of(2024, 6, 1), null, entryIntoForceOf("LBN"), ObligationFixture.TODAY));

        assertThat(refusal.messageCode()).isEqualTo("obligation.completed.beforeStart");
        assertThat(refusal.arguments()).containsExactly(LocalDate.of(2024, 11, 27));
        assertThat(remnants.completedOn()).isNull();
    }

    @Test
    @DisplayName("A completion in the future, without a day or with an overlong declaration is refused; an earlier completion stays")
    void badCompletionsLeaveTheObligationAsItWas() {
        Obligation germany = obligation("DEU", Article.ARTICLE_3);
        germany.complete(LocalDate.of(2015, 11, 25), "CCM President", CROATIA_IN_FORCE, ObligationFixture.TODAY);

        RuleViolation future = catchThrowableOfType(RuleViolation.class, () -> germany.complete(
                ObligationFixture.TODAY.plusDays(1), null, CROATIA_IN_FORCE, ObligationFixture.TODAY));
        RuleViolation none = catchThrowableOfType(RuleViolation.class, () -> germany.complete(null, "x",
                CROATIA_IN_FORCE, ObligationFixture.TODAY));
        RuleViolation tooLong = catchThrowableOfType(RuleViolation.class, () -> germany.complete(
                LocalDate.of(2015, 11, 26), "d".repeat(1001), CROATIA_IN_FORCE, ObligationFixture.TODAY));

        assertThat(future.messageCode()).isEqualTo("participation.date.future");
        assertThat(none.messageCode()).isEqualTo("validation.required");
        assertThat(tooLong.field()).isEqualTo("completionNote");
        assertThat(tooLong.messageCode()).isEqualTo("validation.tooLong");
        assertThat(germany.completedOn()).isEqualTo(LocalDate.of(2015, 11, 25));
        assertThat(germany.completionNote()).isEqualTo("CCM President");
        // Today itself is allowed.
        germany.complete(ObligationFixture.TODAY, null, CROATIA_IN_FORCE, ObligationFixture.TODAY);
        assertThat(germany.completedOn()).isEqualTo(ObligationFixture.TODAY);
    }

    @Test
    @DisplayName("A completion reopened leaves the obligation open again, overdue once its deadline has passed")
    void reopening() {
        Obligation croatia = obligation("HRV", Article.ARTICLE_4);
        croatia.complete(LocalDate.of(2020, 7, 10), "ISU", CROATIA_IN_FORCE, ObligationFixture.TODAY);

        croatia.reopen();

        assertThat(croatia.completedOn()).isNull();
        assertThat(croatia.completionPrecision()).isNull();
        assertThat(croatia.completionNote()).isNull();
        assertThat(view(croatia, CROATIA_IN_FORCE, ObligationFixture.TODAY).status())
                .isEqualTo(ObligationStatus.OVERDUE);
    }

    @ParameterizedTest(name = "\"{0}\" known to the {1}: kept as {2}")
    @CsvSource({
        "2020-07-10, DAY, 2020-07-10",
        "2023-06, MONTH, 2023-06-30",
        "2012-02, MONTH, 2012-02-29",
        "2013-02, MONTH, 2013-02-28",
        "2020, YEAR, 2020-12-31"
    })
    @DisplayName("A completion known to a month or a year is kept as the last day of that month or year")
    void completionsOfThePublicRecord(String text, DatePrecision precision, LocalDate kept) {
        assertThat(DatePrecision.lastDayOf(text, precision)).isEqualTo(kept);
    }

    @Test
    @DisplayName("Croatia destroyed its stockpile in July 2018, before its deadline of 1 August 2018: on time though known to the month")
    void aMonthBeforeTheDeadlineIsOnTime() {
        Obligation croatia = obligation("HRV", Article.ARTICLE_3);
        croatia.complete(DatePrecision.lastDayOf("2018-07", DatePrecision.MONTH), DatePrecision.MONTH, "Monitor",
                CROATIA_IN_FORCE, ObligationFixture.TODAY);

        assertThat(view(croatia, CROATIA_IN_FORCE, ObligationFixture.TODAY).completedOnTime()).isTrue();
    }

    @Test
    @DisplayName("A completion known only to a year that ends after the deadline is not called late: Montenegro cleared in 2020, deadline 1 August 2020")
    void aYearThatContainsTheDeadlineIsNotCalledLate() {
        Obligation montenegro = obligation("MNE", Article.ARTICLE_4);
        montenegro.complete(DatePrecision.lastDayOf("2020", DatePrecision.YEAR), DatePrecision.YEAR,
                "ISU: declared fulfilment before the deadline of 1 August 2020", entryIntoForceOf("MNE"),
                ObligationFixture.TODAY);
        ObligationView view = view(montenegro, entryIntoForceOf("MNE"), ObligationFixture.TODAY);

        assertThat(view.currentDeadline()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(view.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(view.completedOnTime()).isNotEqualTo(Boolean.FALSE);
        assertThat(ObligationHistory.of(view, List.of(), java.util.Map.of()))
                .extracting(ObligationHistory.Event::code).contains("history.completed")
                .doesNotContain("history.completedLate");
    }

    @Test
    @DisplayName("A completion known only to a year wholly after the deadline is late")
    void aYearWhollyAfterTheDeadlineIsLate() {
        Obligation obligation = obligation("MNE", Article.ARTICLE_4);
        obligation.complete(LocalDate.of(2021, 12, 31), DatePrecision.YEAR, null, entryIntoForceOf("MNE"),
                ObligationFixture.TODAY);

        assertThat(view(obligation, entryIntoForceOf("MNE"), ObligationFixture.TODAY).completedOnTime()).isFalse();
    }

    @Test
    @DisplayName("No completion of the reference data comes before entry into force, and none that the record calls timely is shown late")
    void referenceCompletions() {
        List<CSVRecord> extensions = ObligationFixture.reference("ccm-extensions.csv");
        List<String> late = new ArrayList<>();
        for (CSVRecord row : ObligationFixture.reference("ccm-obligations.csv")) {
            if (row.get("completed_on").isBlank()) {
                continue;
            }
            String iso3 = row.get("iso3");
            Article article = Article.of(Integer.parseInt(row.get("article")));
            Obligation obligation = obligation(iso3, article);
            DatePrecision precision = DatePrecision.valueOf(row.get("completion_precision").toUpperCase(Locale.ROOT));
            obligation.complete(DatePrecision.lastDayOf(row.get("completed_on"), precision), precision,
                    row.get("source"), entryIntoForceOf(iso3), ObligationFixture.TODAY);
            List<ExtensionRequest> grants = extensions.stream()
                    .filter(e -> e.get("iso3").equals(iso3) && e.get("article").equals(row.get("article")))
                    .map(e -> withId(ExtensionRequest.decidedEarlier(obligation,
                            LocalDate.parse(e.get("requested_deadline")), LocalDate.parse(e.get("granted_deadline")),
                            null, null, e.get("source"))))
                    .toList();
            ObligationView view = view(obligation, entryIntoForceOf(iso3), grants, List.of(),
                    ObligationFixture.TODAY);
            assertThat(view.status()).isEqualTo(ObligationStatus.COMPLETED);
            if (Boolean.FALSE.equals(view.completedOnTime())) {
                late.add(iso3 + " Article " + article.number());
            }
        }
        assertThat(late).as("completions shown late, which their sources say were timely").isEmpty();
    }
}
