package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.analysed;
import static org.ccmplatform.obligations.ObligationFixture.draft;
import static org.ccmplatform.obligations.ObligationFixture.meeting;
import static org.ccmplatform.obligations.ObligationFixture.msp;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.state;

import java.time.LocalDate;
import java.util.Set;
import org.ccmplatform.meetings.Meeting;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The steps of an extension request and the moves the model refuses: drafted and submitted by the State before its
 * deadline, for no longer than the treaty allows and with a work plan; analysed by a group that excludes the
 * requester; decided only once analysed, by a Meeting of States Parties or a Review Conference, never beyond what was
 * asked. Each refusal leaves the request as it was. (Who may take each step is the desk's business, tested with the
 * application running.)
 */
class ExtensionWorkflowTest {

    /** Lebanon's Article 4 deadline: 10 years after entry into force on 1 May 2011. */
    private static final LocalDate LEBANON_DEADLINE = LocalDate.of(2021, 5, 1);
    private static final LocalDate SUBMITTED = LocalDate.of(2020, 3, 31);
    private static final Meeting NINTH_MSP = msp("Ninth Meeting of States Parties", LocalDate.of(2020, 11, 25));

    private final Obligation lebanon = obligation("LBN", Article.ARTICLE_4);

    private static RuleViolation refused(Executable move) {
        return catchThrowableOfType(RuleViolation.class, move::execute);
    }

    @Test
    @DisplayName("A request goes from draft to submitted, under analysis, analysed and granted, and keeps what each step decided")
    void theWholeWorkflow() {
        ExtensionRequest request = draft(lebanon, LocalDate.of(2026, 5, 1));
        assertThat(request.status()).isEqualTo(RequestStatus.DRAFT);

        request.submit(SUBMITTED, LEBANON_DEADLINE, 5);
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.submittedOn()).isEqualTo(SUBMITTED);

        var norway = state("NOR");
        request.openAnalysis(Set.of(norway, state("CHE")));
        assertThat(request.status()).isEqualTo(RequestStatus.UNDER_ANALYSIS);
        assertThat(request.hasAnalysisMember(norway.id())).isTrue();
        assertThat(request.hasAnalysisMember(lebanon.state().id())).isFalse();

        request.concludeAnalysis("  The Group notes the survey results and recommends the request.  ");
        assertThat(request.status()).isEqualTo(RequestStatus.ANALYSED);
        assertThat(request.analysisReport()).isEqualTo("The Group notes the survey results and recommends the request.");

        request.decide(true, LocalDate.of(2026, 5, 1), NINTH_MSP, LEBANON_DEADLINE);
        assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(request.isGranted()).isTrue();
        assertThat(request.grantedDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(request.decidedOn()).isEqualTo(LocalDate.of(2020, 11, 25));
        assertThat(request.decidedBy()).isEqualTo("Ninth Meeting of States Parties");
        assertThat(request.status().isOpen()).isFalse();
    }

    @Test
    @DisplayName("Only Article 3 and 4 deadlines can be extended")
    void onlyArticlesThreeAndFourAreExtended() {
        for (Article article : new Article[] {Article.ARTICLE_5, Article.ARTICLE_7, Article.ARTICLE_9}) {
            RuleViolation refusal = refused(() -> new ExtensionRequest(obligation("LBN", article),
                    LocalDate.of(2026, 5, 1), null));

            assertThat(refusal.messageCode()).isEqualTo("extension.notExtendable");
        }
    }

    @Test
    @DisplayName("A draft needs a requested deadline and a justification of at most 4,000 characters")
    void aDraftNeedsARequestedDeadline() {
        assertThat(refused(() -> new ExtensionRequest(lebanon, null, "why")).messageCode())
                .isEqualTo("validation.required");
        RuleViolation tooLong = refused(() -> new ExtensionRequest(lebanon, LocalDate.of(2026, 5, 1), "x".repeat(4001)));
        assertThat(tooLong.field()).isEqualTo("justification");
        assertThat(tooLong.messageCode()).isEqualTo("validation.tooLong");
        assertThat(new ExtensionRequest(lebanon, LocalDate.of(2026, 5, 1), "  ").justification()).isNull();
    }

    @Test
    @DisplayName("A request without a work plan is not submitted")
    void noSubmissionWithoutAWorkPlan() {
        ExtensionRequest request = draft(lebanon, LocalDate.of(2026, 5, 1));

        RuleViolation refusal = refused(() -> request.submit(SUBMITTED, LEBANON_DEADLINE, 0));

        assertThat(refusal.field()).isEqualTo("workPlan");
        assertThat(refusal.messageCode()).isEqualTo("extension.workPlanRequired");
        assertThat(request.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(request.submittedOn()).isNull();
    }

    @Test
    @DisplayName("A request is submitted by the deadline at the latest: on 1 May 2021 still, on 2 May 2021 no longer")
    void noSubmissionAfterTheDeadline() {
        ExtensionRequest late = draft(lebanon, LocalDate.of(2026, 5, 1));

        RuleViolation refusal = refused(() -> late.submit(LocalDate.of(2021, 5, 2), LEBANON_DEADLINE, 5));

        assertThat(refusal.messageCode()).isEqualTo("extension.afterDeadline");
        assertThat(refusal.arguments()).containsExactly(LEBANON_DEADLINE);
        assertThat(late.status()).isEqualTo(RequestStatus.DRAFT);

        ExtensionRequest onTheDay = draft(obligation("LBN", Article.ARTICLE_4), LocalDate.of(2026, 5, 1));
        onTheDay.submit(LEBANON_DEADLINE, LEBANON_DEADLINE, 5);
        assertThat(onTheDay.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @DisplayName("Article 4: an extension of 5 years is submitted; one day more is refused, with the latest day allowed")
    void articleFourExtensionsAreAtMostFiveYears() {
        ExtensionRequest tooLong = draft(lebanon, LocalDate.of(2026, 5, 2));

        RuleViolation refusal = refused(() -> tooLong.submit(SUBMITTED, LEBANON_DEADLINE, 5));

        assertThat(refusal.field()).isEqualTo("requestedDeadline");
        assertThat(refusal.messageCode()).isEqualTo("extension.tooLong");
        assertThat(refusal.arguments()).containsExactly(5, LocalDate.of(2026, 5, 1));
        assertThat(tooLong.status()).isEqualTo(RequestStatus.DRAFT);

        tooLong.redraft(LocalDate.of(2026, 5, 1), "Five years, as the Convention allows.");
        tooLong.submit(SUBMITTED, LEBANON_DEADLINE, 5);
        assertThat(tooLong.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @DisplayName("Article 3: Bulgaria (deadline 1 October 2019) may ask for 4 years, until 1 October 2023, and no more")
    void articleThreeExtensionsAreAtMostFourYears() {
        Obligation bulgaria = obligation("BGR", Article.ARTICLE_3);
        LocalDate deadline = Article.ARTICLE_3.deadlineFrom(ObligationFixture.entryIntoForceOf("BGR"));
        assertThat(deadline).isEqualTo(LocalDate.of(2019, 10, 1));

        RuleViolation refusal = refused(() -> draft(bulgaria, LocalDate.of(2023, 10, 2))
                .submit(LocalDate.of(2019, 4, 1), deadline, 3));
        assertThat(refusal.messageCode()).isEqualTo("extension.tooLong");
        assertThat(refusal.arguments()).containsExactly(4, LocalDate.of(2023, 10, 1));

        ExtensionRequest fourYears = draft(bulgaria, LocalDate.of(2023, 10, 1));
        fourYears.submit(LocalDate.of(2019, 4, 1), deadline, 3);
        assertThat(fourYears.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @DisplayName("A request must ask for a deadline after the current one")
    void theRequestedDeadlineIsAfterTheCurrentOne() {
        for (LocalDate requested : new LocalDate[] {LEBANON_DEADLINE, LocalDate.of(2020, 12, 31)}) {
            RuleViolation refusal = refused(() -> draft(lebanon, requested).submit(SUBMITTED, LEBANON_DEADLINE, 5));

            assertThat(refusal.messageCode()).isEqualTo("extension.notLater");
            assertThat(refusal.arguments()).containsExactly(LEBANON_DEADLINE);
        }
    }

    @Test
    @DisplayName("A completed obligation needs no extension: Croatia cleared on 10 July 2020")
    void noExtensionOfACompletedObligation() {
        Obligation croatia = obligation("HRV", Article.ARTICLE_4);
        croatia.complete(LocalDate.of(2020, 7, 10), "Declared at the Second Review Conference",
                LocalDate.of(2010, 8, 1), ObligationFixture.TODAY);

        RuleViolation refusal = refused(() -> draft(croatia, LocalDate.of(2021, 8, 1))
                .submit(LocalDate.of(2020, 7, 20), LocalDate.of(2020, 8, 1), 1));

        assertThat(refusal.messageCode()).isEqualTo("extension.obligationCompleted");
    }

    @Test
    @DisplayName("A submitted request is no longer redrafted nor submitted again")
    void aSubmittedRequestIsNotRedrafted() {
        ExtensionRequest request = draft(lebanon, LocalDate.of(2026, 5, 1));
        request.submit(SUBMITTED, LEBANON_DEADLINE, 5);

        assertThat(refused(() -> request.redraft(LocalDate.of(2025, 5, 1), "shorter")).messageCode())
                .isEqualTo("extension.wrongStep");
        assertThat(refused(() -> request.submit(SUBMITTED, LEBANON_DEADLINE, 5)).messageCode())
                .isEqualTo("extension.wrongStep");
        assertThat(request.requestedDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    @DisplayName("The Analysis Group is formed only for a submitted request, of at least one State, never the requester")
    void theAnalysisGroup() {
        ExtensionRequest notSubmitted = draft(lebanon, LocalDate.of(2026, 5, 1));
        assertThat(refused(() -> notSubmitted.openAnalysis(Set.of(state("NOR")))).messageCode())
                .isEqualTo("extension.wrongStep");

        ExtensionRequest request = draft(lebanon, LocalDate.of(2026, 5, 1));
        request.submit(SUBMITTED, LEBANON_DEADLINE, 5);
        RuleViolation empty = refused(() -> request.openAnalysis(Set.of()));
        assertThat(empty.field()).isEqualTo("members");
        assertThat(empty.messageCode()).isEqualTo("extension.analysisGroup.required");
        RuleViolation requester = refused(() -> request.openAnalysis(Set.of(state("NOR"), lebanon.state())));
        assertThat(requester.messageCode()).isEqualTo("extension.analysisGroup.notTheRequester");
        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.analysisGroup()).isEmpty();
    }

    @Test
    @DisplayName("The analysis is concluded only while under analysis, with a report; after that no more questions")
    void concludingTheAnalysis() {
        ExtensionRequest submitted = draft(lebanon, LocalDate.of(2026, 5, 1));
        submitted.submit(SUBMITTED, LEBANON_DEADLINE, 5);
        assertThat(refused(() -> submitted.concludeAnalysis("Recommended.")).messageCode())
                .isEqualTo("extension.wrongStep");
        assertThat(refused(submitted::checkUnderAnalysis).messageCode()).isEqualTo("extension.wrongStep");

        submitted.openAnalysis(Set.of(state("NOR")));
        submitted.checkUnderAnalysis();
        RuleViolation blank = refused(() -> submitted.concludeAnalysis("   "));
        assertThat(blank.field()).isEqualTo("report");
        assertThat(blank.messageCode()).isEqualTo("extension.report.required");
        assertThat(refused(() -> submitted.concludeAnalysis("x".repeat(8001))).messageCode())
                .isEqualTo("validation.tooLong");
        assertThat(submitted.status()).isEqualTo(RequestStatus.UNDER_ANALYSIS);

        submitted.concludeAnalysis("Recommended.");
        assertThat(refused(submitted::checkUnderAnalysis).messageCode()).isEqualTo("extension.wrongStep");
        assertThat(refused(() -> submitted.concludeAnalysis("A second report")).messageCode())
                .isEqualTo("extension.wrongStep");
        assertThat(submitted.analysisReport()).isEqualTo("Recommended.");
    }

    @Test
    @DisplayName("A request never analysed is not decided: not as a draft, not when submitted, not while under analysis")
    void noDecisionBeforeTheAnalysisIsConcluded() {
        ExtensionRequest request = draft(lebanon, LocalDate.of(2026, 5, 1));
        assertNoDecision(request);

        request.submit(SUBMITTED, LEBANON_DEADLINE, 5);
        assertNoDecision(request);

        request.openAnalysis(Set.of(state("NOR")));
        assertNoDecision(request);
        assertThat(request.status()).isEqualTo(RequestStatus.UNDER_ANALYSIS);
    }

    private void assertNoDecision(ExtensionRequest request) {
        RequestStatus before = request.status();
        for (boolean granted : new boolean[] {true, false}) {
            RuleViolation refusal = refused(() -> request.decide(granted, LocalDate.of(2026, 5, 1), NINTH_MSP,
                    LEBANON_DEADLINE));

            assertThat(refusal.field()).isEqualTo("decision");
            assertThat(refusal.messageCode()).isEqualTo("extension.decideOnlyAnalysed");
        }
        assertThat(request.status()).isEqualTo(before);
        assertThat(request.grantedDeadline()).isNull();
        assertThat(request.decidedOn()).isNull();
    }

    @Test
    @DisplayName("Only a Meeting of States Parties or a Review Conference decides, not the Coordination Committee")
    void onlyAMeetingOfStatesPartiesDecides() {
        ExtensionRequest request = analysed(lebanon, LocalDate.of(2026, 5, 1), SUBMITTED, LEBANON_DEADLINE);
        Meeting committee = meeting(MeetingBody.COORDINATION_COMMITTEE, "Coordination Committee",
                LocalDate.of(2020, 10, 6));

        assertThat(refused(() -> request.decide(true, LocalDate.of(2026, 5, 1), committee, LEBANON_DEADLINE))
                .messageCode()).isEqualTo("extension.decidedByMsp");
        assertThat(refused(() -> request.decide(true, LocalDate.of(2026, 5, 1), null, LEBANON_DEADLINE))
                .messageCode()).isEqualTo("extension.decidedByMsp");
        assertThat(request.status()).isEqualTo(RequestStatus.ANALYSED);

        Meeting reviewConference = meeting(MeetingBody.REVIEW_CONFERENCE, "Second Review Conference",
                LocalDate.of(2020, 11, 27));
        request.decide(true, LocalDate.of(2026, 5, 1), reviewConference, LEBANON_DEADLINE);
        assertThat(request.decidedBy()).isEqualTo("Second Review Conference");
    }

    @Test
    @DisplayName("A grant goes no further than asked, moves the deadline later, and stays within the treaty's limit")
    void theGrantedDeadline() {
        ExtensionRequest request = analysed(lebanon, LocalDate.of(2025, 5, 1), SUBMITTED, LEBANON_DEADLINE);

        RuleViolation longer = refused(() -> request.decide(true, LocalDate.of(2025, 5, 2), NINTH_MSP,
                LEBANON_DEADLINE));
        assertThat(longer.field()).isEqualTo("grantedDeadline");
        assertThat(longer.messageCode()).isEqualTo("extension.longerThanAsked");
        assertThat(longer.arguments()).containsExactly(LocalDate.of(2025, 5, 1));

        RuleViolation notLater = refused(() -> request.decide(true, LEBANON_DEADLINE, NINTH_MSP, LEBANON_DEADLINE));
        assertThat(notLater.messageCode()).isEqualTo("extension.notLater");

        RuleViolation none = refused(() -> request.decide(true, null, NINTH_MSP, LEBANON_DEADLINE));
        assertThat(none.messageCode()).isEqualTo("validation.required");

        assertThat(request.status()).isEqualTo(RequestStatus.ANALYSED);
        assertThat(request.grantedDeadline()).isNull();
        assertThat(request.decidedAtMeeting()).isNull();
    }

    @Test
    @DisplayName("A grant that the current deadline makes too long is refused, though it is what was asked")
    void aGrantIsMeasuredFromTheCurrentDeadline() {
        // Asked in 2020 for five years from 1 May 2021; by the decision the deadline stands at 1 May 2020.
        ExtensionRequest request = analysed(lebanon, LocalDate.of(2026, 5, 1), SUBMITTED, LEBANON_DEADLINE);

        RuleViolation refusal = refused(() -> request.decide(true, LocalDate.of(2026, 5, 1), NINTH_MSP,
                LocalDate.of(2020, 5, 1)));

        assertThat(refusal.messageCode()).isEqualTo("extension.tooLong");
        assertThat(refusal.arguments()).containsExactly(5, LocalDate.of(2025, 5, 1));
        assertThat(request.status()).isEqualTo(RequestStatus.ANALYSED);
    }

    @Test
    @DisplayName("A Meeting may grant less than asked: asked until 2026, granted until 2024")
    void aShorterGrantThanAsked() {
        ExtensionRequest request = analysed(lebanon, LocalDate.of(2026, 5, 1), SUBMITTED, LEBANON_DEADLINE);

        request.decide(true, LocalDate.of(2024, 5, 1), NINTH_MSP, LEBANON_DEADLINE);

        assertThat(request.requestedDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(request.grantedDeadline()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    @DisplayName("A request not granted keeps no new deadline, and the deadline it asked for is ignored")
    void aRequestNotGranted() {
        ExtensionRequest request = analysed(lebanon, LocalDate.of(2026, 5, 1), SUBMITTED, LEBANON_DEADLINE);

        request.decide(false, LocalDate.of(2030, 1, 1), NINTH_MSP, LEBANON_DEADLINE);

        assertThat(request.status()).isEqualTo(RequestStatus.NOT_GRANTED);
        assertThat(request.isGranted()).isFalse();
        assertThat(request.grantedDeadline()).isNull();
        assertThat(request.decidedOn()).isEqualTo(NINTH_MSP.day());
    }

    @Test
    @DisplayName("A decided request is not decided again, nor withdrawn")
    void aDecisionIsFinal() {
        ExtensionRequest granted = analysed(lebanon, LocalDate.of(2026, 5, 1), SUBMITTED, LEBANON_DEADLINE);
        granted.decide(true, LocalDate.of(2026, 5, 1), NINTH_MSP, LEBANON_DEADLINE);

        assertThat(refused(() -> granted.decide(false, null, NINTH_MSP, LEBANON_DEADLINE)).messageCode())
                .isEqualTo("extension.decideOnlyAnalysed");
        RuleViolation withdrawal = refused(granted::withdraw);
        assertThat(withdrawal.field()).isEqualTo("status");
        assertThat(withdrawal.messageCode()).isEqualTo("extension.closed");
        assertThat(granted.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(granted.grantedDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));

        ExtensionRequest refusedRequest = analysed(obligation("LBN", Article.ARTICLE_4), LocalDate.of(2026, 5, 1),
                SUBMITTED, LEBANON_DEADLINE);
        refusedRequest.decide(false, null, NINTH_MSP, LEBANON_DEADLINE);
        assertThat(refused(refusedRequest::withdraw).messageCode()).isEqualTo("extension.closed");
    }

    @Test
    @DisplayName("The State may withdraw an open request at any step before the decision, once")
    void withdrawal() {
        ExtensionRequest request = draft(lebanon, LocalDate.of(2026, 5, 1));
        request.submit(SUBMITTED, LEBANON_DEADLINE, 5);
        request.openAnalysis(Set.of(state("NOR")));

        request.withdraw();

        assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(request.status().isOpen()).isFalse();
        assertThat(refused(request::withdraw).messageCode()).isEqualTo("extension.closed");
        assertThat(refused(() -> request.decide(true, LocalDate.of(2026, 5, 1), NINTH_MSP, LEBANON_DEADLINE))
                .messageCode()).isEqualTo("extension.decideOnlyAnalysed");
        assertThat(refused(() -> request.concludeAnalysis("Too late.")).messageCode())
                .isEqualTo("extension.wrongStep");
    }

    @Test
    @DisplayName("Open steps are draft, submitted, under analysis and analysed; granted, not granted and withdrawn are closed")
    void openAndClosedSteps() {
        assertThat(RequestStatus.values()).filteredOn(RequestStatus::isOpen).containsExactly(RequestStatus.DRAFT,
                RequestStatus.SUBMITTED, RequestStatus.UNDER_ANALYSIS, RequestStatus.ANALYSED);
    }
}
