package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.registry.UnRegion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** ObligationLedger's lists, orders and statuses as at today on the demo data, and the overdue reports by State. */
@IntegrationTest
class ObligationLedgerIntegrationTest {

    static final ObligationFilter EVERY_ONE = new ObligationFilter(null, null, null, null);
    static final ObligationFilter CLEARANCE = new ObligationFilter(Article.ARTICLE_4, null, null, null);

    @Autowired
    ObligationLedger ledger;

    @Autowired
    TransparencyDesk transparency;

    @Autowired
    ExtensionDesk desk;

    @Autowired
    StateRegister register;

    private ObligationView obligation(String iso3, Article article) {
        return ledger.ofState(register.get(iso3)).stream()
                .filter(v -> v.obligation().article() == article
                        && v.obligation().basis().equals(Obligation.basisOf(article)))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Lebanon's clearance is overdue today: its deadline of 1 May 2026 passed while its request for "
            + "five more years is still under analysis")
    void lebanonsClearanceIsOverdueWhileItsRequestIsAnalysed() {
        ObligationView lebanon = obligation("LBN", Article.ARTICLE_4);

        assertThat(lebanon.currentDeadline()).isEqualTo(LocalDate.of(2026, 5, 1)).isBefore(ledger.today());
        assertThat(lebanon.status()).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(ledger.requestsOf(lebanon.obligation())).extracting(ExtensionRequest::status)
                .containsExactly(RequestStatus.GRANTED, RequestStatus.UNDER_ANALYSIS);
        ExtensionRequest open = ledger.requestsOf(lebanon.obligation()).get(1);
        assertThat(open.requestedDeadline()).isEqualTo(LocalDate.of(2031, 5, 1));
        assertThat(desk.record(open.id(), null).request().analysisGroup()).extracting(s -> s.iso3()).containsExactlyInAnyOrder("ITA", "DEU", "NOR");
        assertThat(ledger.history(lebanon)).filteredOn(e -> e.request() != null && open.id().equals(e.request().id()))
                .extracting(ObligationHistory.Event::code, ObligationHistory.Event::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("history.step.DRAFT", "lebanon"),
                        org.assertj.core.groups.Tuple.tuple("history.step.SUBMITTED", "lebanon"),
                        org.assertj.core.groups.Tuple.tuple("history.step.UNDER_ANALYSIS", "isu"));
    }

    @Test
    @DisplayName("Lebanon's projection divides the area left (11 km² at the end of 2025) by the mean release of the "
            + "last three reported years")
    void lebanonsProjectionUsesTheMeanOfTheLastThreeYears() {
        Projection projection = obligation("LBN", Article.ARTICLE_4).projection();

        assertThat(projection.basis()).isEqualTo("projection.meanOfRecentYears");
        assertThat(projection.projectedCompletion()).isAfter(LocalDate.of(2030, 1, 1))
                .isBefore(LocalDate.of(2034, 1, 1));
    }

    @Test
    @DisplayName("Statuses as at today: Lao PDR's clearance overdue, Croatia's and Germany's stockpile completed, "
            + "Lebanon's victim assistance and implementation measures without deadline")
    void statusesAsAtToday() {
        assertThat(obligation("LAO", Article.ARTICLE_4).status()).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(obligation("HRV", Article.ARTICLE_4).status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(obligation("DEU", Article.ARTICLE_3).status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(obligation("LBN", Article.ARTICLE_5).status()).isEqualTo(ObligationStatus.NO_DEADLINE);
        assertThat(obligation("LBN", Article.ARTICLE_9).status()).isEqualTo(ObligationStatus.NO_DEADLINE);
        assertThat(obligation("NOR", Article.ARTICLE_9).obligation().completedOn())
                .isEqualTo(LocalDate.of(2008, 12, 19));
    }

    @Test
    @DisplayName("The filters combine: the overdue clearance obligations in Asia include Lebanon, Lao PDR and Iraq")
    void theFiltersCombine() {
        List<ObligationView> views = ledger.all(new ObligationFilter(Article.ARTICLE_4, null,
                ObligationStatus.OVERDUE, UnRegion.ASIA), ObligationSort.STATE, Locale.ENGLISH);

        assertThat(views).isNotEmpty().allSatisfy(v -> {
            assertThat(v.obligation().article()).isEqualTo(Article.ARTICLE_4);
            assertThat(v.status()).isEqualTo(ObligationStatus.OVERDUE);
            assertThat(v.obligation().state().region()).isEqualTo(UnRegion.ASIA);
        });
        assertThat(views).extracting(v -> v.obligation().state().iso3()).contains("LBN", "LAO", "IRQ")
                .doesNotContain("CHL", "DEU");
        assertThat(ledger.all(new ObligationFilter(null, "LBN", null, null), ObligationSort.STATE, Locale.ENGLISH))
                .extracting(v -> v.obligation().state().iso3()).containsOnly("LBN");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ObligationSort.class)
    @DisplayName("Each order lists every obligation once, and the pages follow the order")
    void eachOrderListsEveryObligationOnceAndPagesFollowIt(ObligationSort sort) {
        List<ObligationView> all = ledger.all(CLEARANCE, sort, Locale.ENGLISH);
        assertThat(all).extracting(v -> v.obligation().id()).doesNotHaveDuplicates();
        assertThat(all).hasSameSizeAs(ledger.all(CLEARANCE, ObligationSort.STATE, Locale.ENGLISH));

        Page<ObligationView> first = ledger.list(CLEARANCE, sort, Locale.ENGLISH, PageRequest.of(0, 7));
        Page<ObligationView> second = ledger.list(CLEARANCE, sort, Locale.ENGLISH, PageRequest.of(1, 7));

        assertThat(first.getTotalElements()).isEqualTo(all.size());
        assertThat(first.getContent()).extracting(v -> v.obligation().id())
                .containsExactlyElementsOf(all.subList(0, 7).stream().map(v -> v.obligation().id()).toList());
        assertThat(second.getContent()).extracting(v -> v.obligation().id())
                .containsExactlyElementsOf(all.subList(7, 14).stream().map(v -> v.obligation().id()).toList());
    }

    @Test
    @DisplayName("By State: in the order of the States' names in the reader's language")
    void byStateInTheOrderOfTheNames() {
        Collator english = Collator.getInstance(Locale.ENGLISH);
        english.setStrength(Collator.PRIMARY);
        List<String> names = ledger.all(CLEARANCE, ObligationSort.STATE, Locale.ENGLISH).stream()
                .map(v -> v.obligation().state().name(Locale.ENGLISH)).toList();

        assertThat(names).isSortedAccordingTo(english);
        assertThat(names.indexOf("Afghanistan")).isLessThan(names.indexOf("Bosnia and Herzegovina"));
        assertThat(names.get(names.size() - 1)).isNotEqualTo("Afghanistan");
    }

    @Test
    @DisplayName("By deadline: earliest first, and the obligations without a deadline last")
    void byDeadlineEarliestFirst() {
        List<LocalDate> deadlines = ledger.all(EVERY_ONE, ObligationSort.DEADLINE, Locale.ENGLISH).stream()
                .map(ObligationView::currentDeadline).toList();

        assertThat(deadlines).isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(deadlines.get(0)).isEqualTo(LocalDate.of(2011, 1, 28));
        assertThat(deadlines.get(deadlines.size() - 1)).isNull();
    }

    @Test
    @DisplayName("By article, by status and by projected completion: in that order")
    void byArticleStatusAndProjection() {
        assertThat(ledger.all(EVERY_ONE, ObligationSort.ARTICLE, Locale.ENGLISH))
                .extracting(v -> v.obligation().article()).isSorted();
        assertThat(ledger.all(EVERY_ONE, ObligationSort.STATUS, Locale.ENGLISH)).extracting(ObligationView::status)
                .isSorted();
        List<LocalDate> projected = ledger.all(CLEARANCE, ObligationSort.PROJECTED, Locale.ENGLISH).stream()
                .map(v -> v.projection().projectedCompletion()).toList();
        assertThat(projected).isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(projected).contains(obligation("LBN", Article.ARTICLE_4).projection().projectedCompletion());
    }

    @Test
    @DisplayName("The overdue reports of 4 November 2016 by State: each State once, with its own reports, 22 of "
            + "them owing their initial report")
    void overdueReportsByState() {
        List<TransparencyDesk.StateOverdue> byState = transparency.overdueByState(LocalDate.of(2016, 11, 4),
                Locale.ENGLISH);

        assertThat(byState).extracting(o -> o.state().iso3()).doesNotHaveDuplicates();
        assertThat(byState).allSatisfy(o -> {
            assertThat(o.reports()).isNotEmpty().allSatisfy(r -> assertThat(r.state()).isEqualTo(o.state()));
            assertThat(o.oldestDue()).isEqualTo(o.reports().stream().map(OverdueReport::dueDate)
                    .min(Comparator.naturalOrder()).orElseThrow());
        });
        assertThat(byState.stream().filter(o -> o.reports().stream().anyMatch(r -> r.kind() == ReportKind.INITIAL)))
                .hasSize(22);
        Set<String> states = byState.stream().map(o -> o.state().iso3()).collect(Collectors.toSet());
        assertThat(states).isEqualTo(transparency.overdue(LocalDate.of(2016, 11, 4)).stream()
                .map(o -> o.state().iso3()).collect(Collectors.toSet()));
        Collator english = Collator.getInstance(Locale.ENGLISH);
        english.setStrength(Collator.PRIMARY);
        assertThat(byState).extracting(o -> o.state().name(Locale.ENGLISH)).isSortedAccordingTo(english);
    }

    @Test
    @DisplayName("A State's overdue reports are the ones the full list gives for it")
    void aStatesOverdueReportsAreTheOnesOfTheFullList() {
        LocalDate day = LocalDate.of(2016, 11, 4);
        for (TransparencyDesk.StateOverdue group : transparency.overdueByState(day, Locale.ENGLISH)) {
            assertThat(transparency.overdueOf(group.state(), day)).containsExactlyInAnyOrderElementsOf(
                    group.reports());
        }
    }
}
