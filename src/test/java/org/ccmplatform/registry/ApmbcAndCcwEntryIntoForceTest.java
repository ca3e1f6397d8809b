package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two other treaties the platform carries: APMBC Articles 17 and 20; CCW Articles 5(3), 5(4) and 9. */
class ApmbcAndCcwEntryIntoForceTest {

    private final Treaty apmbc = TreatyFixture.apmbc();
    private final Treaty ccwProtocolV = TreatyFixture.ccwProtocolV();

    @ParameterizedTest(name = "APMBC deposit {0}: in force from {1}")
    @CsvSource({
        "1997-12-03, 1999-03-01",
        "1998-09-16, 1999-03-01",
        "1998-09-17, 1999-03-01",
        "1998-10-01, 1999-04-01",
        "2002-09-11, 2003-03-01",
        "2005-12-27, 2006-06-01",
        "2012-01-09, 2012-07-01"
    })
    void theMineBanConventionEntersIntoForceOnTheFirstDayOfTheSixthMonth(LocalDate deposit, LocalDate expected) {
        assertThat(apmbc.entryIntoForceFor(deposit)).isEqualTo(expected);
    }

    @Test
    void aWithdrawalFromTheMineBanConventionTakesEffectSixMonthsAfterNotification() {
        assertThat(apmbc.withdrawalEffectiveFor(LocalDate.of(2025, 6, 27))).isEqualTo(LocalDate.of(2025, 12, 27));
    }

    @ParameterizedTest(name = "CCW Protocol V consent {0}: in force from {1}")
    @CsvSource({
        "2004-05-13, 2006-11-12",
        "2006-05-12, 2006-11-12",
        "2006-05-13, 2006-11-13",
        "2007-01-10, 2007-07-10",
        "2009-01-21, 2009-07-21"
    })
    void protocolVEntersIntoForceSixMonthsAfterTheDayOfDeposit(LocalDate deposit, LocalDate expected) {
        assertThat(ccwProtocolV.entryIntoForceFor(deposit)).isEqualTo(expected);
    }

    @Test
    void aWithdrawalFromProtocolVTakesEffectOneYearAfterNotification() {
        assertThat(ccwProtocolV.withdrawalEffectiveFor(LocalDate.of(2020, 3, 2))).isEqualTo(LocalDate.of(2021, 3, 2));
    }

    @Test
    void protocolVHasNoSignatureAndTakesDepositsFromItsAdoption() {
        assertThat(ccwProtocolV.hasSignature()).isFalse();
        assertThat(ccwProtocolV.isOpenForSignatureOn(LocalDate.of(2004, 1, 1))).isFalse();
        assertThat(ccwProtocolV.earliestDeposit()).isEqualTo(LocalDate.of(2003, 11, 28));
    }

    @Test
    void theMineBanConventionWasOpenForSignatureUntilItsEntryIntoForce() {
        assertThat(apmbc.isOpenForSignatureOn(LocalDate.of(1997, 12, 2))).isFalse();
        assertThat(apmbc.isOpenForSignatureOn(LocalDate.of(1997, 12, 3))).isTrue();
        assertThat(apmbc.isOpenForSignatureOn(LocalDate.of(1999, 2, 28))).isTrue();
        assertThat(apmbc.isOpenForSignatureOn(LocalDate.of(1999, 3, 1))).isFalse();
        assertThat(apmbc.earliestDeposit()).isEqualTo(LocalDate.of(1997, 12, 3));
    }
}
