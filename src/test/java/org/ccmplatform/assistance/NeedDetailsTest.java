package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.assistance.AssistanceFixture.TODAY;
import static org.ccmplatform.assistance.AssistanceFixture.lebanon;
import static org.ccmplatform.assistance.AssistanceFixture.money;
import static org.ccmplatform.assistance.AssistanceFixture.needDetails;
import static org.ccmplatform.assistance.AssistanceFixture.usd;

import java.math.BigDecimal;
import org.ccmplatform.obligations.Article;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeedDetailsTest {

    private static NeedDetails withQuantity(String quantity, String unit) {
        return new NeedDetails(Theme.SURVEY_AND_CLEARANCE, null, "Clear the south", new BigDecimal(quantity), unit,
                usd("300000.00"), 2026, 2028, Priority.HIGH, null, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1500.00"})
    void aNeedCostingNothingOrLessIsRefused(String cost) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> needDetails(Theme.SURVEY_AND_CLEARANCE, money(cost, "USD"), 2026, 2028));

        assertThat(refusal.field()).isEqualTo("cost");
        assertThat(refusal.messageCode()).isEqualTo("need.costNotPositive");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithBothYears() {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> needDetails(Theme.SURVEY_AND_CLEARANCE, usd("1000.00"), 2028, 2026));

        assertThat(refusal.field()).isEqualTo("endYear");
        assertThat(refusal.messageCode()).isEqualTo("period.endsBeforeStart");
        assertThat(refusal.arguments()).containsExactly("2028", "2026");
    }

    @Test
    void aNeedOfASingleYearIsAPeriod() {
        assertThat(needDetails(Theme.VICTIM_ASSISTANCE, usd("1000.00"), 2027, 2027).years()).isEqualTo(1);
        assertThat(needDetails(Theme.VICTIM_ASSISTANCE, usd("1000.00"), 2026, 2030).years()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"1999, 2001", "2099, 2101", "0, 2026", "2026, 20280"})
    void yearsOutsideTwoThousandToTwentyOneHundredAreRefused(int from, int to) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> needDetails(Theme.SURVEY_AND_CLEARANCE, usd("1000.00"), from, to));

        assertThat(refusal.messageCode()).isEqualTo("validation.range");
        assertThat(refusal.arguments()).containsExactly("2000", "2100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aQuantityWithoutItsUnitIsRefused(String unit) {
        RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> withQuantity("1.5", unit));

        assertThat(refusal.field()).isEqualTo("unit");
        assertThat(refusal.messageCode()).isEqualTo("need.unitRequired");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> withQuantity("1.5", null)).messageCode())
                .isEqualTo("need.unitRequired");
    }

    @Test
    void aQuantityOfNothingIsRefused() {
        assertThat(catchThrowableOfType(RuleViolation.class, () -> withQuantity("0", "km²")).messageCode())
                .isEqualTo("need.quantityNotPositive");
    }

    @Test
    void aUnitWithoutAQuantityIsDroppedAndBlankTextsAreNone() {
        NeedDetails details = new NeedDetails(Theme.SURVEY_AND_CLEARANCE, "  ", "  Clear the south ", null, "km²",
                usd("1000.00"), 2026, 2028, Priority.HIGH, " ", true);

        assertThat(details.unit()).isNull();
        assertThat(details.place()).isNull();
        assertThat(details.evidence()).isNull();
        assertThat(details.title()).isEqualTo("Clear the south");
        assertThat(withQuantity("12.5", " km² ").unit()).isEqualTo("km²");
    }

    @Test
    void aNeedWithoutTitleThemeOrPriorityIsIncomplete() {
        Money cost = usd("1000.00");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> new NeedDetails(null, null, "Clear", null, null,
                cost, 2026, 2028, Priority.HIGH, null, true)).field()).isEqualTo("theme");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> new NeedDetails(Theme.RISK_EDUCATION, null, " ",
                null, null, cost, 2026, 2028, Priority.HIGH, null, true)).field()).isEqualTo("title");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> new NeedDetails(Theme.RISK_EDUCATION, null,
                "Clear", null, null, cost, 2026, 2028, null, null, true)).field()).isEqualTo("priority");
    }

    @ParameterizedTest
    @CsvSource({
        "SURVEY_AND_CLEARANCE, 4, true", "SURVEY_AND_CLEARANCE, 3, false", "SURVEY_AND_CLEARANCE, 5, false",
        "RISK_EDUCATION, 4, true", "RISK_EDUCATION, 5, false",
        "STOCKPILE_DESTRUCTION, 3, true", "STOCKPILE_DESTRUCTION, 4, false", "STOCKPILE_DESTRUCTION, 7, false",
        "VICTIM_ASSISTANCE, 5, true", "VICTIM_ASSISTANCE, 4, false", "VICTIM_ASSISTANCE, 9, false",
        "NATIONAL_CAPACITY, 3, true", "NATIONAL_CAPACITY, 4, true", "NATIONAL_CAPACITY, 5, true",
        "NATIONAL_CAPACITY, 7, true", "NATIONAL_CAPACITY, 9, true"})
    void eachThemeServesTheArticlesOfItsWork(Theme theme, int article, boolean serves) {
        assertThat(theme.serves(Article.of(article))).isEqualTo(serves);
    }

    @Test
    void aNeedWhoseThemeDoesNotServeItsObligationIsRefused() {
        NeedDetails clearance = needDetails(Theme.SURVEY_AND_CLEARANCE, usd("1000.00"), 2026, 2028);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> new Need(lebanon(), 1L, Article.ARTICLE_3, clearance, "focal", TODAY));

        assertThat(refusal.field()).isEqualTo("theme");
        assertThat(refusal.messageCode()).isEqualTo("need.themeDoesNotServe");
        assertThat(refusal.arguments()).containsExactly("SURVEY_AND_CLEARANCE", 3);
    }

    @Test
    void aNeedCannotBeRedescribedWithAThemeItsObligationDoesNotServe() {
        Need need = new Need(lebanon(), 1L, Article.ARTICLE_4,
                needDetails(Theme.SURVEY_AND_CLEARANCE, usd("1000.00"), 2026, 2028), "focal", TODAY);

        RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
                () -> need.describe(needDetails(Theme.VICTIM_ASSISTANCE, usd("1000.00"), 2026, 2028)));

        assertThat(refusal.messageCode()).isEqualTo("need.themeDoesNotServe");
        assertThat(need.theme()).isEqualTo(Theme.SURVEY_AND_CLEARANCE);
        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
    }
}
