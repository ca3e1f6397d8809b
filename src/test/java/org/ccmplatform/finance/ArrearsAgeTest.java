package org.ccmplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccmplatform.finance.Arrears.Age;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long an invoice has been owed, by days since it was issued: under 90, under 365, under 730, and more. */
class ArrearsAgeTest {

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({
            "0, UNDER_90_DAYS", "1, UNDER_90_DAYS", "89, UNDER_90_DAYS",
            "90, UNDER_A_YEAR", "364, UNDER_A_YEAR",
            "365, ONE_TO_TWO_YEARS", "729, ONE_TO_TWO_YEARS",
            "730, OVER_TWO_YEARS", "3650, OVER_TWO_YEARS",
            "-5, UNDER_90_DAYS"})
    void theAgeBucketChangesOnTheDayTheBoundaryIsReached(long days, Age age) {
        assertThat(Arrears.age(days)).isEqualTo(age);
    }
}
