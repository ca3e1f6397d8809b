package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** CCM Article 17: when the Convention enters into force for a State, from the day it deposited its instrument. */
class CcmEntryIntoForceTest {

    private static final LocalDate CONVENTION_IN_FORCE = LocalDate.of(2010, 8, 1);
    private static final LocalDate THIRTIETH_DEPOSIT = LocalDate.of(2010, 2, 16);

    private static List<CSVRecord> referenceDeposits;

    private final Treaty ccm = TreatyFixture.ccm();

    @BeforeAll
    static void readReferenceDeposits() throws IOException {
        try (InputStream in = CcmEntryIntoForceTest.class.getResourceAsStream("/reference/ccm-participation.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader,
                        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            referenceDeposits = parser.getRecords();
        }
    }

    @ParameterizedTest(name = "{0}, deposited {1}: in force from {2}")
    @CsvSource({
        "Norway (first day of signature), 2008-12-03, 2010-08-01",
        "Ireland (first day of signature), 2008-12-03, 2010-08-01",
        "Denmark, 2010-02-12, 2010-08-01",
        "Burkina Faso (29th/30th deposit), 2010-02-16, 2010-08-01",
        "Republic of Moldova (29th/30th deposit), 2010-02-16, 2010-08-01"
    })
    void aDepositUpToTheThirtiethEntersIntoForceWithTheConvention(String state, LocalDate deposit,
            LocalDate expected) {
        assertThat(ccm.entryIntoForceFor(deposit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, deposited {1}: in force from {2}")
    @CsvSource({
        "Afghanistan, 2011-09-08, 2012-03-01",
        "Andorra, 2013-04-09, 2013-10-01",
        "Antigua and Barbuda, 2010-08-23, 2011-02-01",
        "Vanuatu, 2025-09-05, 2026-03-01",
        "Lebanon, 2010-11-05, 2011-05-01",
        "Ecuador, 2010-05-11, 2010-11-01",
        "Mauritania (first day of a month), 2012-02-01, 2012-08-01",
        "Dominican Republic (December), 2011-12-20, 2012-06-01",
        "Namibia (last day of August), 2018-08-31, 2019-02-01",
        "Comoros (the last days of signature), 2010-07-28, 2011-01-01"
    })
    void aLaterDepositEntersIntoForceOnTheFirstDayOfTheSixthMonthAfterTheMonthOfDeposit(String state,
            LocalDate deposit, LocalDate expected) {
        assertThat(ccm.entryIntoForceFor(deposit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "deposited {0}: in force from {1}")
    @CsvSource({
        "2010-02-17, 2010-08-01",
        "2010-02-28, 2010-08-01",
        "2010-03-01, 2010-09-01",
        "2010-08-01, 2011-02-01",
        "2011-12-31, 2012-06-01",
        "2012-01-01, 2012-07-01",
        "2012-08-15, 2013-02-01",
        "2012-08-31, 2013-02-01",
        "2024-02-29, 2024-08-01"
    })
    void theSixthMonthIsCountedFromTheMonthOfDepositWhateverTheDay(LocalDate deposit, LocalDate expected) {
        assertThat(ccm.entryIntoForceFor(deposit)).isEqualTo(expected);
    }

    @Test
    void theThirtiethInstrumentWasDepositedOn16February2010() {
        long upToThirtieth = referenceDeposits.stream()
                .filter(row -> !deposit(row).isAfter(THIRTIETH_DEPOSIT))
                .count();
        long before = referenceDeposits.stream().filter(row -> deposit(row).isBefore(THIRTIETH_DEPOSIT)).count();

        assertThat(upToThirtieth).isEqualTo(30);
        assertThat(before).isEqualTo(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceRows")
    void everyReferenceDepositEntersIntoForceOnAFirstOfTheMonthFiveToSixMonthsLater(String state,
            LocalDate deposit) {
        LocalDate inForce = ccm.entryIntoForceFor(deposit);

        assertThat(inForce.getDayOfMonth()).isEqualTo(1);
        assertThat(inForce).isAfterOrEqualTo(deposit);
        if (deposit.isAfter(THIRTIETH_DEPOSIT)) {
            assertThat(inForce).isAfter(deposit.plusMonths(5)).isBeforeOrEqualTo(deposit.plusMonths(6));
            assertThat(YearMonth.from(inForce)).isEqualTo(YearMonth.from(deposit).plusMonths(6));
        } else {
            assertThat(inForce).isEqualTo(CONVENTION_IN_FORCE);
        }
    }

    @Test
    void theReferenceListHoldsEveryDepositOnce() {
        assertThat(referenceDeposits).hasSize(113);
        assertThat(referenceDeposits).extracting(row -> row.get("iso3")).doesNotHaveDuplicates();
    }

    static List<Arguments> referenceRows() throws IOException {
        readReferenceDeposits();
        return referenceDeposits.stream()
                .map(row -> Arguments.of(
                        row.get("state") + " (" + row.get("deposit_date") + ")", deposit(row)))
                .toList();
    }

    private static LocalDate deposit(CSVRecord row) {
        return LocalDate.parse(row.get("deposit_date"));
    }
}
