package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmplatform.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where obligations stood on a past day (ObligationLedger.standingsOn) and which reports were due by then
 * (TransparencyDesk.dueBefore), for the action plans' indicators: read from the reference data of the public record.
 */
@IntegrationTest
class StandingsOnIntegrationTest {

    static final LocalDate COMMITTEE_MEETING = LocalDate.of(2016, 11, 4);

    @Autowired
    ObligationLedger ledger;

    @Autowired
    TransparencyDesk transparency;

    @Test
    @DisplayName("An obligation completed after a day was not completed on that day, and is from its completion on")
    void anObligationCompletedLaterWasNotCompletedBefore() {
        ObligationView completed = views(Article.ARTICLE_3).stream()
                .filter(v -> v.status() == ObligationStatus.COMPLETED
                        && v.obligation().completionPrecision() == DatePrecision.DAY
                        && v.obligation().completedOn().isAfter(v.startDate().plusDays(1)))
                .findFirst().orElseThrow();
        LocalDate on = completed.obligation().completedOn();

        assertThat(standing(on.minusDays(1), completed).status()).isNotEqualTo(ObligationStatus.COMPLETED);
        assertThat(standing(on, completed).status()).isEqualTo(ObligationStatus.COMPLETED);
    }

    @Test
    @DisplayName("An extension from the public record, whose decision day is not recorded, moves the deadline from the "
            + "day the deadline it extended ran out")
    void anUndatedExtensionMovesTheDeadlineWhenTheOldOneRunsOut() {
        ObligationView extended = views(Article.ARTICLE_4).stream()
                .filter(v -> !v.extensions().isEmpty() && v.extensions().get(0).decidedOn() == null)
                .findFirst().orElseThrow();
        LocalDate original = extended.originalDeadline();

        assertThat(standing(original.minusDays(1), extended).deadline()).isEqualTo(original);
        assertThat(standing(original, extended).deadline()).isEqualTo(extended.extensions().get(0).grantedDeadline());
    }

    @Test
    @DisplayName("Today, every obligation stands as the ledger says it does")
    void todayTheStandingsAreTheLedgersStatuses() {
        for (Article article : List.of(Article.ARTICLE_3, Article.ARTICLE_4)) {
            Map<Long, ObligationStatus> ledgers = views(article).stream().filter(v -> v.startDate() != null)
                    .collect(Collectors.toMap(v -> v.obligation().id(), ObligationView::status));
            Map<Long, ObligationStatus> standings = ledger.standingsOn(ledger.today(), article).stream()
                    .collect(Collectors.toMap(s -> s.obligation().id(), ObligationStanding::status));

            assertThat(standings).isEqualTo(ledgers).isNotEmpty();
        }
    }

    @Test
    @DisplayName("An obligation of a State for which the Convention was not yet in force on a day is not counted then")
    void anObligationNotYetBegunIsNotCounted() {
        ObligationView late = views(Article.ARTICLE_4).stream()
                .filter(v -> v.startDate() != null && v.startDate().isAfter(LocalDate.of(2011, 1, 1)))
                .findFirst().orElseThrow();

        assertThat(ids(ledger.standingsOn(late.startDate().minusDays(1), Article.ARTICLE_4)))
                .doesNotContain(late.obligation().id());
        assertThat(ids(ledger.standingsOn(late.startDate(), Article.ARTICLE_4))).contains(late.obligation().id());
    }

    @Test
    @DisplayName("The reports due before a day and not received are exactly the reports overdue on that day")
    void theReportsDueAndNotReceivedAreTheOverdueOnes() {
        Set<String> overdue = transparency.overdue(COMMITTEE_MEETING).stream()
                .map(o -> o.state().iso3() + o.kind() + o.yearCovered()).collect(Collectors.toSet());
        List<TransparencyDesk.ReportDue> due = transparency.dueBefore(COMMITTEE_MEETING);

        assertThat(due.stream().filter(d -> !d.received()).map(d -> d.state().iso3() + d.kind() + d.yearCovered())
                .collect(Collectors.toSet())).isEqualTo(overdue);
        assertThat(due).allSatisfy(d -> assertThat(d.dueDate()).isBefore(COMMITTEE_MEETING));
        assertThat(due.stream().filter(TransparencyDesk.ReportDue::received)).isNotEmpty();
    }

    private List<ObligationView> views(Article article) {
        return ledger.all(new ObligationFilter(article, null, null, null), ObligationSort.STATE, Locale.ENGLISH);
    }

    private ObligationStanding standing(LocalDate day, ObligationView view) {
        Map<Long, ObligationStanding> byId = ledger.standingsOn(day, view.obligation().article()).stream()
                .collect(Collectors.toMap(s -> s.obligation().id(), Function.identity()));
        assertThat(byId).containsKey(view.obligation().id());
        return byId.get(view.obligation().id());
    }

    private static List<Long> ids(List<ObligationStanding> standings) {
        return standings.stream().map(s -> s.obligation().id()).toList();
    }
}
