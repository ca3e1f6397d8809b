package org.ccmplatform.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.obligations.ObligationFixture.afterHostilities;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceFor;
import static org.ccmplatform.obligations.ObligationFixture.entryIntoForceOf;
import static org.ccmplatform.obligations.ObligationFixture.obligation;
import static org.ccmplatform.obligations.ObligationFixture.state;
import static org.ccmplatform.obligations.ObligationFixture.view;

import java.time.LocalDate;
import java.time.Period;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadlines of Articles 3, 4 and 7, computed from the deposit recorded by the depositary (entry into force by
 * Article 17) and never typed in: checked against the deadlines that the public record states for real States, and at
 * the edges of the calendar (leap days, deposits on a month's last day).
 */
class DeadlineRulesTest {

    @ParameterizedTest(name = "{0}: deposited {1}, in force from {2}")
    @CsvSource({
        "LBN, 2010-11-05, 2011-05-01",
        "LAO, 2009-03-18, 2010-08-01",
        "AFG, 2011-09-08, 2012-03-01",
        "DEU, 2009-07-08, 2010-08-01",
        "HRV, 2009-08-17, 2010-08-01",
        "SOM, 2015-09-30, 2016-03-01"
    })
    @DisplayName("Entry into force for a State comes from its deposit in the reference data, by Article 17")
    void entryIntoForceFollowsTheDepositOfTheReferenceData(String iso3, LocalDate deposit, LocalDate inForce) {
        assertThat(ObligationFixture.depositOf(iso3)).isEqualTo(deposit);
        assertThat(entryIntoForceOf(iso3)).isEqualTo(inForce);
    }

    @ParameterizedTest(name = "{0}: Article 3 deadline {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "BWA | 2019-12-01 | 9MSP President: completed more than a year ahead of the 1 Dec 2019 deadline",
        "HRV | 2018-08-01 | ISU: within the stipulated deadline (1 Aug 2018)",
        "ITA | 2020-03-01 | ISU: five years ahead of its 1 March 2020 deadline",
        "JPN | 2018-08-01 | CMC: deadline 1 Aug 2018",
        "GNB | 2019-05-01 | Monitor 2019: missed its 1 May 2019 deadline",
        "PER | 2021-03-01 | Monitor 2021: deadline extended from 1 Mar 2021",
        "SVK | 2024-01-01 | Slovak MoD: deadline at the end of 2023 (entry into force 1 Jan 2016)"
    })
    @DisplayName("Article 3: stockpiles are destroyed within 8 years of entry into force, as the record states")
    void articleThreeDeadlinesOfRealStates(String iso3, LocalDate deadline, String source) {
        ObligationView stockpiles = view(obligation(iso3, Article.ARTICLE_3), entryIntoForceOf(iso3),
                ObligationFixture.TODAY);

        assertThat(stockpiles.startDate()).isEqualTo(entryIntoForceOf(iso3));
        assertThat(stockpiles.originalDeadline()).isEqualTo(deadline);
        assertThat(stockpiles.originalDeadline()).isEqualTo(stockpiles.startDate().plusYears(8));
        assertThat(stockpiles.currentDeadline()).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0}: Article 4 deadline {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "LBN | 2021-05-01 | ISU: Art 4 deadline 1 May 2021",
        "LAO | 2020-08-01 | ISU: Art 4 deadline 1 Aug 2020",
        "DEU | 2020-08-01 | ISU country profile: deadline 1 Aug 2020",
        "HRV | 2020-08-01 | ISU: deadline 1 August 2020",
        "AFG | 2022-03-01 | Mine Action Review: Art 4 deadline 1 March 2022",
        "IRQ | 2023-11-01 | ISU: deadline 1 Nov 2023",
        "TCD | 2023-09-01 | Mine Action Review: original deadline 1 Sept 2023",
        "SOM | 2026-03-01 | Mine Action Review: deadline 1 March 2026 (deposited on 30 September, a month's end)",
        "MOZ | 2021-09-01 | Mine Action Review: five years before its 1 Sept 2021 deadline",
        "NOR | 2020-08-01 | Monitor: deadline 1 Aug 2020",
        "CHL | 2021-06-01 | Mine Action Review: original deadline 1 June 2021",
        "BIH | 2021-03-01 | Mine Action Review: extension from 1 Mar 2021",
        "MNE | 2020-08-01 | ISU: fulfilment before the deadline of 1 August 2020"
    })
    @DisplayName("Article 4: areas are cleared within 10 years of entry into force, as the record states")
    void articleFourDeadlinesOfRealStates(String iso3, LocalDate deadline, String source) {
        ObligationView clearance = view(obligation(iso3, Article.ARTICLE_4), entryIntoForceOf(iso3),
                ObligationFixture.TODAY);

        assertThat(clearance.originalDeadline()).isEqualTo(deadline);
        assertThat(clearance.originalDeadline()).isEqualTo(clearance.startDate().plusYears(10));
    }

    @Test
    @DisplayName("Article 4(1)(b): remnants that arose after entry into force are cleared within 10 years of the end of hostilities")
    void remnantsAfterEntryIntoForceCountFromTheEndOfHostilities() {
        // Lebanon is bound from 1 May 2011; suppose remnants from hostilities that ended on 27 November 2024.
        LocalDate hostilitiesEnded = LocalDate.of(2024, 11, 27);
        Obligation remnants = afterHostilities("LBN", hostilitiesEnded);

        ObligationView view = view(remnants, entryIntoForceOf("LBN"), ObligationFixture.TODAY);

        assertThat(remnants.basis()).isEqualTo("Article 4(1)(b)");
        assertThat(view.entryIntoForce()).isEqualTo(LocalDate.of(2011, 5, 1));
        assertThat(view.startDate()).isEqualTo(hostilitiesEnded);
        assertThat(view.originalDeadline()).isEqualTo(LocalDate.of(2034, 11, 27));
    }

    @Test
    @DisplayName("An Article 4(1)(b) obligation without the date the hostilities ended is refused")
    void remnantsWithoutTheEndOfHostilitiesAreRefused() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> new Obligation(state("LBN"),
                Article.ARTICLE_4, Obligation.AFTER_HOSTILITIES, null, "test"));

        assertThat(refusal.field()).isEqualTo("hostilitiesEnded");
        assertThat(refusal.messageCode()).isEqualTo("obligation.hostilitiesEnded.required");
    }

    @Test
    @DisplayName("Leap day: 8 years after 29 February is 29 February again; 10 years after, the last day of February")
    void leapDayStarts() {
        LocalDate leapDay = LocalDate.of(2012, 2, 29);

        assertThat(Article.ARTICLE_3.deadlineFrom(leapDay)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(Article.ARTICLE_4.deadlineFrom(leapDay)).isEqualTo(LocalDate.of(2022, 2, 28));
        assertThat(Article.ARTICLE_4.deadlineFrom(LocalDate.of(2016, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("Leap day: hostilities that ended on 29 February 2016 give an Article 4(1)(b) deadline of 28 February 2026")
    void remnantsFromHostilitiesThatEndedOnALeapDay() {
        ObligationView view = view(afterHostilities("IRQ", LocalDate.of(2016, 2, 29)), entryIntoForceOf("IRQ"),
                ObligationFixture.TODAY);

        assertThat(view.originalDeadline()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("A deposit on the 29 February of a leap year enters into force on 1 August: deadlines on 1 August")
    void depositOnALeapDay() {
        LocalDate inForce = entryIntoForceFor(LocalDate.of(2012, 2, 29));

        assertThat(inForce).isEqualTo(LocalDate.of(2012, 8, 1));
        assertThat(Article.ARTICLE_3.deadlineFrom(inForce)).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(Article.ARTICLE_4.deadlineFrom(inForce)).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(ReportingCalendar.initialDue(inForce)).isEqualTo(LocalDate.of(2013, 1, 28));
    }

    @ParameterizedTest(name = "deposited {0}: in force {1}, Article 3 by {2}, Article 4 by {3}, initial report by {4}")
    @CsvSource({
        // Namibia deposited on the last day of August 2018.
        "2018-08-31, 2019-02-01, 2027-02-01, 2029-02-01, 2019-07-31",
        // The next day, a month later: one month later everywhere.
        "2018-09-01, 2019-03-01, 2027-03-01, 2029-03-01, 2019-08-28",
        // The last day of a year.
        "2011-12-31, 2012-06-01, 2020-06-01, 2022-06-01, 2012-11-28",
        // The last day of February in a common year.
        "2011-02-28, 2011-08-01, 2019-08-01, 2021-08-01, 2012-01-28",
        // The last day of the signature period: after the thirtieth deposit, so the sixth month after.
        "2010-07-31, 2011-01-01, 2019-01-01, 2021-01-01, 2011-06-30"
    })
    @DisplayName("A deposit on a month's last day counts from the first day of the sixth month after that month")
    void depositsAtAMonthsEnd(LocalDate deposit, LocalDate inForce, LocalDate articleThree, LocalDate articleFour,
            LocalDate initialReport) {
        LocalDate start = entryIntoForceFor(deposit);

        assertThat(start).isEqualTo(inForce);
        assertThat(view(obligation("NAM", Article.ARTICLE_3), start, ObligationFixture.TODAY).originalDeadline())
                .isEqualTo(articleThree);
        assertThat(view(obligation("NAM", Article.ARTICLE_4), start, ObligationFixture.TODAY).originalDeadline())
                .isEqualTo(articleFour);
        assertThat(view(obligation("NAM", Article.ARTICLE_7), start, ObligationFixture.TODAY).originalDeadline())
                .isEqualTo(initialReport);
    }

    @Test
    @DisplayName("Deposits up to the thirtieth (16 February 2010) share the Convention's own entry into force, and its deadlines")
    void depositsUpToTheThirtiethShareTheConventionsDeadlines() {
        LocalDate thirtieth = entryIntoForceFor(LocalDate.of(2010, 2, 16));
        LocalDate nextDay = entryIntoForceFor(LocalDate.of(2010, 2, 17));
        LocalDate firstDayOfSignature = entryIntoForceFor(LocalDate.of(2008, 12, 3));

        assertThat(thirtieth).isEqualTo(LocalDate.of(2010, 8, 1));
        assertThat(nextDay).isEqualTo(thirtieth);
        assertThat(firstDayOfSignature).isEqualTo(thirtieth);
        assertThat(Article.ARTICLE_3.deadlineFrom(thirtieth)).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(Article.ARTICLE_4.deadlineFrom(thirtieth)).isEqualTo(LocalDate.of(2020, 8, 1));
    }

    @Test
    @DisplayName("Article 7: the initial report is due 180 days after entry into force, one day earlier across a leap February")
    void initialReportIsDue180DaysAfterEntryIntoForce() {
        // Bulgaria (deposited 6 April 2011) is bound from 1 October 2011: 180 days run across 29 February 2012.
        assertThat(entryIntoForceOf("BGR")).isEqualTo(LocalDate.of(2011, 10, 1));
        assertThat(ReportingCalendar.initialDue(entryIntoForceOf("BGR"))).isEqualTo(LocalDate.of(2012, 3, 29));
        // Samoa (deposited 28 April 2010) is bound from 1 October 2010: no leap day on the way.
        assertThat(entryIntoForceOf("WSM")).isEqualTo(LocalDate.of(2010, 10, 1));
        assertThat(ReportingCalendar.initialDue(entryIntoForceOf("WSM"))).isEqualTo(LocalDate.of(2011, 3, 30));
        // Lebanon: 1 May 2011 + 180 days.
        assertThat(ReportingCalendar.initialDue(entryIntoForceOf("LBN"))).isEqualTo(LocalDate.of(2011, 10, 28));
        assertThat(Article.ARTICLE_7.deadlineFrom(entryIntoForceOf("LBN")))
                .isEqualTo(entryIntoForceOf("LBN").plusDays(180));
    }

    @Test
    @DisplayName("Articles 5 and 9 carry no treaty deadline: their status is NO_DEADLINE until completed")
    void articlesFiveAndNineHaveNoDeadline() {
        for (Article article : new Article[] {Article.ARTICLE_5, Article.ARTICLE_9}) {
            ObligationView view = view(obligation("LBN", article), entryIntoForceOf("LBN"), ObligationFixture.TODAY);

            assertThat(article.hasDeadline()).isFalse();
            assertThat(article.isExtendable()).isFalse();
            assertThat(view.startDate()).isEqualTo(LocalDate.of(2011, 5, 1));
            assertThat(view.originalDeadline()).isNull();
            assertThat(view.currentDeadline()).isNull();
            assertThat(view.status()).isEqualTo(ObligationStatus.NO_DEADLINE);
            assertThat(view.completedOnTime()).isNull();
        }
    }

    @Test
    @DisplayName("Without entry into force (a signatory), an obligation has no start and no deadline")
    void noEntryIntoForceNoDeadline() {
        ObligationView view = view(obligation("COD", Article.ARTICLE_4), null, ObligationFixture.TODAY);

        assertThat(view.startDate()).isNull();
        assertThat(view.originalDeadline()).isNull();
        assertThat(view.status()).isEqualTo(ObligationStatus.NO_DEADLINE);
    }

    @Test
    @DisplayName("A deadline is met on its day: Lebanon is on track on 1 May 2021 and overdue from 2 May 2021")
    void theDeadlineDayItselfIsNotOverdue() {
        Obligation clearance = obligation("LBN", Article.ARTICLE_4);
        LocalDate inForce = entryIntoForceOf("LBN");

        assertThat(view(clearance, inForce, LocalDate.of(2021, 5, 1)).status()).isEqualTo(ObligationStatus.ON_TRACK);
        assertThat(view(clearance, inForce, LocalDate.of(2021, 5, 2)).status()).isEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    @DisplayName("Only Articles 3 and 4 can be extended, by at most 4 and 5 years")
    void extensionLimitsOfEachArticle() {
        assertThat(Article.ARTICLE_3.longestExtension()).isEqualTo(Period.ofYears(4));
        assertThat(Article.ARTICLE_4.longestExtension()).isEqualTo(Period.ofYears(5));
        assertThat(Article.ARTICLE_3.latestExtensionOf(LocalDate.of(2019, 10, 1))).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(Article.ARTICLE_4.latestExtensionOf(LocalDate.of(2021, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 1));
        // From a leap-day deadline, four years reach the next leap day, five years the last day of February.
        assertThat(Article.ARTICLE_3.latestExtensionOf(LocalDate.of(2020, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Article.ARTICLE_4.latestExtensionOf(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(Article.ARTICLE_5.isExtendable()).isFalse();
        assertThat(Article.ARTICLE_7.isExtendable()).isFalse();
    }

    @Test
    @DisplayName("Articles are found by their number; there is no Article 6 obligation with a date")
    void articlesByNumber() {
        assertThat(Article.of(3)).isEqualTo(Article.ARTICLE_3);
        assertThat(Article.of(9)).isEqualTo(Article.ARTICLE_9);
        assertThatThrownBy(() -> Article.of(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
