package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.draft;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.granted;
import static org.ccmplatform.obligations.ObligationFixture.meeting;
import static org.ccmplatform.obligations.ObligationFixture.msp;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.state;
import static org.ccmplatform.obligations.ObligationFixture.step;
import static org.ccmplatform.obligations.ObligationFixture.view;
import static org.ccmplatform.obligations.ObligationFixture.withId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.meetings.MeetingBody;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grant after grant: each granted request moves the current deadline, the next request is measured from it, and the
 * history of the obligation shows every step. Real chains from the reference data (Chile, Bulgaria, Germany, Lebanon).
 */
class ExtensionChainTest {

    @Test
    @DisplayName("Chile, Article 4: 1 June 2021, extended to 2022, to 2023, then to 1 June 2026; overdue once that passes")
    void chileChainOfThreeGrants() {
        Obligation chile = obligation("CHL", Article.ARTICLE_4);
        LocalDate inForce = entryIntoForceOf("CHL");
        List<ExtensionRequest> grants = new ArrayList<>();

        LocalDate original = view(chile, inForce, LocalDate.of(2020, 6, 1)).currentDeadline();
        assertThat(original).isEqualTo(LocalDate.of(2021, 6, 1));
        grants.add(granted(chile, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1), LocalDate.of(2020, 6, 1),
                original, meeting(MeetingBody.REVIEW_CONFERENCE, "Second Review Conference, first part",
                        LocalDate.of(2020, 11, 27))));

        LocalDate second = view(chile, inForce, grants, List.of(), LocalDate.of(2021, 6, 1)).currentDeadline();
        assertThat(second).isEqualTo(LocalDate.of(2022, 6, 1));
        grants.add(granted(chile, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2021, 6, 1),
                second, meeting(MeetingBody.REVIEW_CONFERENCE, "Second Review Conference, second part",
                        LocalDate.of(2021, 9, 21))));

        LocalDate third = view(chile, inForce, grants, List.of(), LocalDate.of(2022, 4, 1)).currentDeadline();
        assertThat(third).isEqualTo(LocalDate.of(2023, 6, 1));
        grants.add(granted(chile, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2022, 4, 1),
                third, msp("Meeting of States Parties", LocalDate.of(2022, 9, 1))));

        ObligationView now = view(chile, inForce, grants, List.of(), ObligationFixture.TODAY);
        assertThat(now.originalDeadline()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(now.currentDeadline()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(now.extensions()).extracting(ExtensionRequest::grantedDeadline).containsExactly(
                LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2026, 6, 1));
        assertThat(now.status()).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(view(chile, inForce, grants, List.of(), LocalDate.of(2026, 6, 1)).status())
                .isEqualTo(ObligationStatus.ON_TRACK);
    }

    @Test
    @DisplayName("Lebanon: the grant to 1 May 2026 keeps the obligation on track after 1 May 2021; without it, it is overdue")
    void aGrantMovesTheDeadline() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        LocalDate inForce = entryIntoForceOf("LBN");
        ExtensionRequest grant = granted(lebanon, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1),
                LocalDate.of(2020, 3, 31), LocalDate.of(2021, 5, 1),
                msp("Ninth Meeting of States Parties", LocalDate.of(2020, 11, 25)));
        LocalDate day = LocalDate.of(2022, 1, 1);

        assertThat(view(lebanon, inForce, day).status()).isEqualTo(ObligationStatus.OVERDUE);
        ObligationView extended = view(lebanon, inForce, List.of(grant), List.of(), day);
        assertThat(extended.originalDeadline()).isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(extended.currentDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(extended.status()).isEqualTo(ObligationStatus.ON_TRACK);
    }

    @Test
    @DisplayName("A grant shorter than asked sets the deadline granted, and the next request is measured from it")
    void aShorterGrantIsTheNewDeadline() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        LocalDate inForce = entryIntoForceOf("LBN");
        ExtensionRequest shorter = granted(lebanon, LocalDate.of(2026, 5, 1), LocalDate.of(2024, 5, 1),
                LocalDate.of(2020, 3, 31), LocalDate.of(2021, 5, 1),
                msp("Ninth Meeting of States Parties", LocalDate.of(2020, 11, 25)));

        ObligationView view = view(lebanon, inForce, List.of(shorter), List.of(), LocalDate.of(2024, 5, 2));
        assertThat(view.currentDeadline()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(view.status()).isEqualTo(ObligationStatus.OVERDUE);

        LocalDate current = view.currentDeadline();
        RuleViolation tooLong = catchThrowableOfType(RuleViolation.class,
                () -> draft(lebanon, LocalDate.of(2029, 5, 2)).submit(LocalDate.of(2024, 3, 1), current, 5));
        assertThat(tooLong.arguments()).containsExactly(5, LocalDate.of(2029, 5, 1));
        ExtensionRequest next = draft(lebanon, LocalDate.of(2029, 5, 1));
        next.submit(LocalDate.of(2024, 3, 1), current, 5);
        assertThat(next.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @DisplayName("Germany, Article 4: 5 years to 1 August 2025; a further request may reach 1 August 2030, not a day more")
    void eachExtensionIsMeasuredFromTheCurrentDeadline() {
        Obligation germany = obligation("DEU", Article.ARTICLE_4);
        LocalDate inForce = entryIntoForceOf("DEU");
        LocalDate original = view(germany, inForce, LocalDate.of(2019, 3, 1)).currentDeadline();

        RuleViolation firstTooLong = catchThrowableOfType(RuleViolation.class,
                () -> draft(germany, LocalDate.of(2025, 8, 2)).submit(LocalDate.of(2019, 3, 1), original, 6));
        assertThat(firstTooLong.arguments()).containsExactly(5, LocalDate.of(2025, 8, 1));
        ExtensionRequest first = granted(germany, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 1),
                LocalDate.of(2019, 3, 1), original, msp("Ninth Meeting of States Parties", LocalDate.of(2019, 9, 4)));

        LocalDate current = view(germany, inForce, List.of(first), List.of(), LocalDate.of(2025, 3, 1))
                .currentDeadline();
        assertThat(current).isEqualTo(LocalDate.of(2025, 8, 1));
        RuleViolation secondTooLong = catchThrowableOfType(RuleViolation.class,
                () -> draft(germany, LocalDate.of(2030, 8, 2)).submit(LocalDate.of(2025, 3, 1), current, 5));
        assertThat(secondTooLong.messageCode()).isEqualTo("extension.tooLong");
        assertThat(secondTooLong.arguments()).containsExactly(5, LocalDate.of(2030, 8, 1));
        ExtensionRequest second = draft(germany, LocalDate.of(2030, 8, 1));
        second.submit(LocalDate.of(2025, 3, 1), current, 5);
        assertThat(second.status()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @DisplayName("Bulgaria, Article 3: to 1 October 2022, then a further extension to 31 December 2023; completed in June 2023, on time")
    void articleThreeFurtherExtensions() {
        Obligation bulgaria = obligation("BGR", Article.ARTICLE_3);
        LocalDate inForce = entryIntoForceOf("BGR");
        ExtensionRequest first = granted(bulgaria, LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 1),
                LocalDate.of(2019, 4, 1), LocalDate.of(2019, 10, 1),
                msp("Meeting of States Parties", LocalDate.of(2019, 9, 4)));
        LocalDate current = view(bulgaria, inForce, List.of(first), List.of(), LocalDate.of(2022, 3, 1))
                .currentDeadline();
        ExtensionRequest second = granted(bulgaria, LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31),
                LocalDate.of(2022, 3, 1), current, msp("Tenth Meeting of States Parties", LocalDate.of(2022, 9, 1)));

        bulgaria.complete(LocalDate.of(2023, 6, 30), DatePrecision.MONTH, "Monitor 2023", inForce,
                ObligationFixture.TODAY);
        ObligationView view = view(bulgaria, inForce, List.of(second, first), List.of(), ObligationFixture.TODAY);

        assertThat(view.originalDeadline()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(view.currentDeadline()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(view.extensions()).containsExactly(first, second);
        assertThat(view.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(view.completedOnTime()).isTrue();
        assertThat(view(bulgaria, inForce, ObligationFixture.TODAY).completedOnTime()).isFalse();
    }

    @Test
    @DisplayName("Every chain of grants in the reference data keeps the treaty's rules: later each time, within 4 or 5 years, never beyond the asked")
    void everyReferenceChainKeepsTheRules() {
        Map<String, List<CSVRecord>> chains = new LinkedHashMap<>();
        for (CSVRecord row : ObligationFixture.reference("ccm-extensions.csv")) {
            chains.computeIfAbsent(row.get("iso3") + "/" + row.get("article"), k -> new ArrayList<>()).add(row);
        }
        assertThat(chains).containsKeys("LBN/4", "LAO/4", "DEU/4", "CHL/4", "BGR/3", "PER/3", "AFG/4");

        chains.forEach((key, rows) -> {
            String iso3 = rows.get(0).get("iso3");
            Article article = Article.of(Integer.parseInt(rows.get(0).get("article")));
            Obligation obligation = obligation(iso3, article);
            LocalDate inForce = entryIntoForceOf(iso3);
            List<ExtensionRequest> grants = new ArrayList<>();
            LocalDate previous = article.deadlineFrom(inForce);
            for (CSVRecord row : rows) {
                LocalDate requested = LocalDate.parse(row.get("requested_deadline"));
                LocalDate grantedOn = LocalDate.parse(row.get("granted_deadline"));
                assertThat(grantedOn).as(key).isAfter(previous).isBeforeOrEqualTo(requested)
                        .isBeforeOrEqualTo(article.latestExtensionOf(previous));
                grants.add(withId(ExtensionRequest.decidedEarlier(obligation, requested, grantedOn, null, null,
                        row.get("source"))));
                previous = grantedOn;
            }
            assertThat(view(obligation, inForce, grants, List.of(), ObligationFixture.TODAY).currentDeadline())
                    .as(key).isEqualTo(previous);
        });
    }

    @Test
    @DisplayName("The history shows the start, the treaty's deadline, an undated earlier grant where it took effect, and each step of a request with who took it")
    void theHistoryShowsEveryStep() {
        Obligation lebanon = obligation("LBN", Article.ARTICLE_4);
        LocalDate inForce = entryIntoForceOf("LBN");
        ExtensionRequest earlier = withId(ExtensionRequest.decidedEarlier(lebanon, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 1), null, null, "Mine Action Review"));
        ExtensionRequest request = draft(lebanon, LocalDate.of(2031, 5, 1));
        List<ExtensionStep> steps = new ArrayList<>();
        steps.add(step(request, "focal.lbn", LocalDate.of(2026, 1, 10)));
        request.submit(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 1), 5);
        steps.add(step(request, "focal.lbn", LocalDate.of(2026, 3, 31)));
        request.openAnalysis(Set.of(state("NOR")));
        steps.add(step(request, "isu", LocalDate.of(2026, 4, 15)));
        ObligationView view = view(lebanon, inForce, List.of(earlier), List.of(), ObligationFixture.TODAY);

        List<ObligationHistory.Event> history = ObligationHistory.of(view, List.of(earlier, request),
                Map.of(request.id(), steps));

        assertThat(history).extracting(ObligationHistory.Event::day, ObligationHistory.Event::code,
                ObligationHistory.Event::by).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2011, 5, 1), "history.start", null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 1), "history.originalDeadline",
                                null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 1),
                                "history.decidedEarlierUndated", null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 10), "history.step.DRAFT",
                                "focal.lbn"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 31), "history.step.SUBMITTED",
                                "focal.lbn"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 15),
                                "history.step.UNDER_ANALYSIS", "isu"));
        assertThat(history.get(2).source()).isEqualTo("Mine Action Review");
    }

    @Test
    @DisplayName("In the history, each undated earlier grant is shown at the deadline it extended: Chile's first at 1 June 2021, its third at 1 June 2023")
    void undatedGrantsAreShownAtTheDeadlineTheyExtended() {
        Obligation chile = obligation("CHL", Article.ARTICLE_4);
        List<ExtensionRequest> grants = List.of(
                withId(ExtensionRequest.decidedEarlier(chile, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1),
                        null, null, "MAR 2021")),
                withId(ExtensionRequest.decidedEarlier(chile, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1),
                        "2RC", LocalDate.of(2021, 9, 21), "MAR 2021")),
                withId(ExtensionRequest.decidedEarlier(chile, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1),
                        null, null, "MAR 2023")));
        ObligationView view = view(chile, entryIntoForceOf("CHL"), grants, List.of(), ObligationFixture.TODAY);

        List<ObligationHistory.Event> history = ObligationHistory.of(view, grants, Map.of());

        assertThat(history).filteredOn(e -> e.request() != null)
                .extracting(ObligationHistory.Event::day, ObligationHistory.Event::code,
                        ObligationHistory.Event::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 6, 1),
                                "history.decidedEarlierUndated", null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 9, 21), "history.decidedEarlier",
                                "2RC"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 6, 1),
                                "history.decidedEarlierUndated", null));
    }
}
