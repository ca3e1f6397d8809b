package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.Participation;
import org.ccmplatform.registry.StateRegister;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The reference obligations (reference/ccm-obligations.csv and ccm-extensions.csv) as the platform carries them: the
 * States Parties of the list with their completions and extensions, each fact with its source, and deadlines
 * computed from the register's deposit dates (Article 17: the first day of the sixth month after the deposit, or
 * 1 August 2010 for deposits before it). Read only: these tests change nothing.
 */
@IntegrationTest
class ReferenceObligationsIntegrationTest {

    @Autowired
    ObligationLedger ledger;

    @Autowired
    StateRegister register;

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private ObligationView obligation(String iso3, Article article) {
        return ledger.ofState(register.get(iso3)).stream()
                .filter(v -> v.obligation().article() == article
                        && v.obligation().basis().equals(Obligation.basisOf(article)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(iso3 + " carries no " + article + " obligation"));
    }

    private LocalDate entryIntoForce(String iso3) {
        return register.participation(register.get(iso3), register.ccm()).map(Participation::entryIntoForce)
                .orElseThrow();
    }

    @Test
    @DisplayName("Montenegro completed its clearance (Article 4) in 2020, before its deadline of 1 August 2020")
    void montenegroCompletedArticle4In2020OnTime() {
        ObligationView montenegro = obligation("MNE", Article.ARTICLE_4);

        assertThat(montenegro.entryIntoForce()).isEqualTo(day("2010-08-01"));
        assertThat(montenegro.originalDeadline()).isEqualTo(day("2020-08-01"));
        assertThat(montenegro.currentDeadline()).isEqualTo(day("2020-08-01"));
        assertThat(montenegro.extensions()).isEmpty();
        assertThat(montenegro.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(montenegro.obligation().completedOn()).hasYear(2020);
        assertThat(montenegro.completedOnTime()).as("DOMAIN.md: completed Article 4 on time, 2020").isTrue();
        assertThat(montenegro.obligation().source()).contains("Montenegro", "1 August 2020");
    }

    @Test
    @DisplayName("Croatia completed its clearance on 10 July 2020, within its deadline of 1 August 2020")
    void croatiaCompletedArticle4On10July2020() {
        ObligationView croatia = obligation("HRV", Article.ARTICLE_4);

        assertThat(croatia.originalDeadline()).isEqualTo(day("2020-08-01"));
        assertThat(croatia.obligation().completedOn()).isEqualTo(day("2020-07-10"));
        assertThat(croatia.obligation().completionPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(croatia.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(croatia.completedOnTime()).isTrue();
        assertThat(croatia.obligation().source()).contains("10 July 2020");
    }

    static Stream<Arguments> openClearance() {
        return Stream.of(
                // State, deposit, entry into force, treaty deadline, granted deadlines in order, current deadline
                Arguments.of("LBN", "2010-11-05", "2011-05-01", "2021-05-01", List.of("2026-05-01"), "2026-05-01"),
                Arguments.of("LAO", "2009-03-18", "2010-08-01", "2020-08-01", List.of("2025-08-01"), "2025-08-01"),
                Arguments.of("DEU", "2009-07-08", "2010-08-01", "2020-08-01", List.of("2025-08-01"), "2025-08-01"),
                Arguments.of("CHL", "2010-12-16", "2011-06-01", "2021-06-01",
                        List.of("2022-06-01", "2023-06-01", "2026-06-01"), "2026-06-01"),
                Arguments.of("BIH", "2010-09-07", "2011-03-01", "2021-03-01", List.of("2022-09-01", "2023-09-01"),
                        "2023-09-01"),
                Arguments.of("IRQ", "2013-05-14", "2013-11-01", "2023-11-01", List.of(), "2023-11-01"),
                Arguments.of("AFG", "2011-09-08", "2012-03-01", "2022-03-01", List.of("2026-03-01"), "2026-03-01"));
    }

    @ParameterizedTest(name = "{0}: deposited {1}, in force {2}, treaty deadline {3}, extended to {4}")
    @MethodSource("openClearance")
    @DisplayName("The clearance obligations of the public record carry the deadline computed from the deposit and "
            + "the extensions granted")
    void clearanceDeadlinesFollowFromTheDepositAndTheExtensions(String iso3, String deposit, String inForce,
            String treatyDeadline, List<String> granted, String current) {
        Participation party = register.participation(register.get(iso3), register.ccm()).orElseThrow();
        assertThat(party.depositDate()).isEqualTo(day(deposit));

        ObligationView view = obligation(iso3, Article.ARTICLE_4);

        assertThat(view.entryIntoForce()).isEqualTo(day(inForce)).isEqualTo(party.entryIntoForce());
        assertThat(view.startDate()).isEqualTo(day(inForce));
        assertThat(view.originalDeadline()).isEqualTo(day(treatyDeadline))
                .isEqualTo(view.startDate().plusYears(10));
        assertThat(view.extensions()).extracting(ExtensionRequest::grantedDeadline)
                .containsExactlyElementsOf(granted.stream().map(LocalDate::parse).toList());
        assertThat(view.extensions()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(view.currentDeadline()).isEqualTo(day(current));
        assertThat(view.obligation().source()).isNotBlank();
    }

    @Test
    @DisplayName("Lao PDR's and Germany's five-year extensions were decided at the Ninth Meeting of States Parties")
    void theNinthMeetingGrantedLaoAndGermanyFiveYears() {
        for (String iso3 : List.of("LAO", "DEU")) {
            ObligationView view = obligation(iso3, Article.ARTICLE_4);
            assertThat(view.extensions()).singleElement().satisfies(e -> {
                assertThat(e.decidedBy()).isEqualTo("9MSP");
                assertThat(e.requestedDeadline()).isEqualTo(view.originalDeadline().plusYears(5));
                assertThat(e.status()).isEqualTo(RequestStatus.GRANTED);
            });
        }
    }

    @Test
    @DisplayName("Bosnia and Herzegovina completed its clearance in August 2023, within its extended deadline")
    void bosniaCompletedClearanceInAugust2023() {
        ObligationView bosnia = obligation("BIH", Article.ARTICLE_4);

        assertThat(bosnia.obligation().completedOn()).isEqualTo(day("2023-08-31"));
        assertThat(bosnia.obligation().completionPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(bosnia.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(bosnia.completedOnTime()).isTrue();
    }

    @Test
    @DisplayName("Iraq, with no extension granted in the record, is overdue since 1 November 2023")
    void iraqIsOverdue() {
        ObligationView iraq = obligation("IRQ", Article.ARTICLE_4);

        assertThat(iraq.obligation().completedOn()).isNull();
        assertThat(iraq.currentDeadline()).isBefore(ledger.today());
        assertThat(iraq.status()).isEqualTo(ObligationStatus.OVERDUE);
    }

    static Stream<Arguments> completedStockpiles() {
        return Stream.of(
                // State, entry into force, treaty deadline, current deadline, completed on, precision, on time
                Arguments.of("BWA", "2011-12-01", "2019-12-01", "2019-12-01", "2018-09-18", DatePrecision.DAY),
                Arguments.of("BGR", "2011-10-01", "2019-10-01", "2023-12-31", "2023-06-30", DatePrecision.MONTH),
                Arguments.of("PER", "2013-03-01", "2021-03-01", "2024-04-01", "2023-12-15", DatePrecision.DAY),
                Arguments.of("SVK", "2016-01-01", "2024-01-01", "2024-01-01", "2023-09-01", DatePrecision.DAY),
                Arguments.of("ZAF", "2015-11-01", "2023-11-01", "2023-11-01", "2023-12-31", DatePrecision.YEAR));
    }

    @ParameterizedTest(name = "{0}: in force {1}, deadline {2} (now {3}), completed {4} ({5})")
    @MethodSource("completedStockpiles")
    @DisplayName("The stockpile destructions of the public record are completed, with the deadlines computed")
    void stockpileDestructionsAreCompleted(String iso3, String inForce, String treatyDeadline, String current,
            String completed, DatePrecision precision) {
        ObligationView view = obligation(iso3, Article.ARTICLE_3);

        assertThat(view.entryIntoForce()).isEqualTo(day(inForce)).isEqualTo(entryIntoForce(iso3));
        assertThat(view.originalDeadline()).isEqualTo(day(treatyDeadline))
                .isEqualTo(view.startDate().plusYears(8));
        assertThat(view.currentDeadline()).isEqualTo(day(current));
        assertThat(view.obligation().completedOn()).isEqualTo(day(completed));
        assertThat(view.obligation().completionPrecision()).isEqualTo(precision);
        assertThat(view.status()).isEqualTo(ObligationStatus.COMPLETED);
        assertThat(view.obligation().source()).isNotBlank();
    }

    @Test
    @DisplayName("Peru's extension to 1 April 2024 was decided by the Second Review Conference")
    void perusExtensionWasDecidedByTheSecondReviewConference() {
        assertThat(obligation("PER", Article.ARTICLE_3).extensions()).singleElement().satisfies(e -> {
            assertThat(e.grantedDeadline()).isEqualTo(day("2024-04-01"));
            assertThat(e.decidedBy()).isEqualTo("2RC");
        });
    }

    @Test
    @DisplayName("Every row of the reference files is carried with its source, completion and granted deadline")
    void everyReferenceFactIsCarriedWithItsSource() throws IOException {
        for (CSVRecord row : csv(ReferenceObligations.OBLIGATIONS)) {
            String iso3 = row.get("iso3");
            Article article = Article.of(Integer.parseInt(row.get("article")));
            ObligationView view = obligation(iso3, article);
            assertThat(view.obligation().source()).as("source of %s %s", iso3, article).isEqualTo(row.get("source"));
            if (row.get("completed_on").isBlank()) {
                assertThat(view.obligation().completedOn()).as("%s %s open", iso3, article).isNull();
            } else {
                DatePrecision precision = DatePrecision.valueOf(row.get("completion_precision")
                        .toUpperCase(Locale.ROOT));
                assertThat(view.obligation().completedOn()).as("%s %s completed", iso3, article)
                        .isEqualTo(DatePrecision.lastDayOf(row.get("completed_on"), precision));
                assertThat(view.obligation().completionPrecision()).isEqualTo(precision);
                assertThat(view.obligation().completionNote()).isEqualTo(row.get("source"));
            }
        }
        for (CSVRecord row : csv(ReferenceObligations.EXTENSIONS)) {
            String iso3 = row.get("iso3");
            Article article = Article.of(Integer.parseInt(row.get("article")));
            assertThat(obligation(iso3, article).extensions())
                    .as("%s %s extended to %s", iso3, article, row.get("granted_deadline"))
                    .anySatisfy(e -> {
                        assertThat(e.grantedDeadline()).isEqualTo(day(row.get("granted_deadline")));
                        assertThat(e.requestedDeadline()).isEqualTo(day(row.get("requested_deadline")));
                        assertThat(e.source()).isEqualTo(row.get("source"));
                        assertThat(e.decidedBy()).isEqualTo(row.get("decided_by").isBlank() ? null
                                : row.get("decided_by"));
                    });
        }
    }

    @Test
    @DisplayName("Only the States of the reference file carry Article 3 and Article 4 obligations from it")
    void theArticle3And4ObligationsAreThoseOfTheReferenceFile() throws IOException {
        Set<String> expected = csv(ReferenceObligations.OBLIGATIONS).stream()
                .map(row -> row.get("iso3") + "/" + row.get("article")).collect(Collectors.toSet());

        Set<String> carried = ledger.all(new ObligationFilter(null, null, null, null), ObligationSort.STATE,
                        Locale.ENGLISH).stream()
                .filter(v -> v.obligation().article() == Article.ARTICLE_3
                        || v.obligation().article() == Article.ARTICLE_4)
                .filter(v -> v.obligation().basis().equals(Obligation.basisOf(v.obligation().article())))
                .filter(v -> v.obligation().source() != null && !v.obligation().source().startsWith("Demo"))
                .map(v -> v.obligation().state().iso3() + "/" + v.obligation().article().number())
                .collect(Collectors.toSet());

        assertThat(carried).containsAll(expected);
        assertThat(expected).contains("MNE/4", "HRV/4", "LBN/4", "LAO/4", "DEU/4", "CHL/4", "BIH/4", "IRQ/4",
                "AFG/4", "BWA/3", "BGR/3", "PER/3", "SVK/3", "ZAF/3");
    }

    @Test
    @DisplayName("Every State Party carries a transparency (Article 7) and an implementation measures (Article 9) "
            + "obligation, its initial report due 180 days after entry into force")
    void everyStatePartyReportsAndAdoptsMeasures() {
        LocalDate today = ledger.today();
        List<Participation> parties = register.participationsIn(register.ccm()).stream()
                .filter(p -> p.depositDate() != null && !p.isWithdrawnOn(today)).toList();
        assertThat(parties).hasSizeGreaterThanOrEqualTo(112);

        for (Participation party : parties) {
            List<ObligationView> views = ledger.ofState(party.state());
            assertThat(views).as("obligations of %s", party.state().iso3())
                    .extracting(v -> v.obligation().article()).contains(Article.ARTICLE_7, Article.ARTICLE_9);
            ObligationView transparency = views.stream()
                    .filter(v -> v.obligation().article() == Article.ARTICLE_7).findFirst().orElseThrow();
            assertThat(transparency.originalDeadline()).as("initial report of %s", party.state().iso3())
                    .isEqualTo(party.entryIntoForce().plusDays(180));
            ObligationView measures = views.stream()
                    .filter(v -> v.obligation().article() == Article.ARTICLE_9).findFirst().orElseThrow();
            assertThat(measures.currentDeadline()).isNull();
        }
    }

    @Test
    @DisplayName("Lebanon's initial transparency report was due on 28 October 2011, 180 days after 1 May 2011")
    void lebanonsInitialReportWasDue180DaysAfterEntryIntoForce() {
        assertThat(obligation("LBN", Article.ARTICLE_7).originalDeadline()).isEqualTo(day("2011-10-28"));
        assertThat(obligation("LBN", Article.ARTICLE_9).status()).isNotEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    @DisplayName("A State that never joined the Convention (the United States) carries no obligation")
    void aStateNotPartyCarriesNoObligation() {
        assertThat(register.participation(register.get("USA"), register.ccm())
                .map(Participation::depositDate)).isEmpty();
        assertThat(ledger.ofState(register.get("USA"))).isEmpty();
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }
}
