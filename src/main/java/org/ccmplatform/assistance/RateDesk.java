package org.ccmplatform.assistance;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.shared.CurrentUser;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange rates the reports convert with, kept by the ISU: entered one by one or imported from a CSV file
 * (currency,date,usd_per_unit,source), which lands whole or not at all.
 */
@Service
@Transactional(readOnly = true)
public class RateDesk {

    static final int MAX_ROWS = 10_000;

    private final ExchangeRates rates;

    RateDesk(ExchangeRates rates) {
        this.rates = rates;
    }

    /** A line of an import that was refused, with the message key and its arguments. */
    public record LineProblem(long line, String messageCode, Object... arguments) {}

    /** An import refused as a whole, with every bad line. */
    public static class RatesRejected extends RuntimeException {

        private final transient List<LineProblem> problems;

        RatesRejected(List<LineProblem> problems) {
            super(problems.size() + " bad lines");
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    public Page<ExchangeRate> list(String currency, Pageable pageable) {
        return rates.list(currency == null || currency.isBlank() ? null
                : Money.currency(currency, "currency").getCurrencyCode(), pageable);
    }

    @Transactional
    public ExchangeRate record(String currency, LocalDate rateDate, BigDecimal usdPerUnit, String source,
            CurrentUser user) {
        checkIsu(user);
        return recordOnBehalf(currency, rateDate, usdPerUnit, source);
    }

    @Transactional
    public ExchangeRate recordOnBehalf(String currency, LocalDate rateDate, BigDecimal usdPerUnit, String source) {
        String code = Money.currency(currency, "currency").getCurrencyCode();
        if (rateDate != null && rates.existsByCurrencyAndRateDate(code, rateDate)) {
            throw new RuleViolation("rateDate", "rate.duplicate", code, rateDate);
        }
        return rates.save(new ExchangeRate(code, rateDate, usdPerUnit, source));
    }

    /** Imports rates; any bad line refuses the whole file, and every bad line is reported. */
    @Transactional
    public int importCsv(byte[] content, CurrentUser user) {
        checkIsu(user);
        List<LineProblem> problems = new ArrayList<>();
        List<ExchangeRate> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            for (String column : List.of("currency", "date", "usd_per_unit", "source")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new LineProblem(1, "rate.import.missingColumn", column));
                }
            }
            if (problems.isEmpty()) {
                for (CSVRecord row : parser) {
                    if (read.size() >= MAX_ROWS) {
                        problems.add(new LineProblem(row.getRecordNumber() + 1, "rate.import.tooLong", MAX_ROWS));
                        break;
                    }
                    readRow(row, read, seen, problems);
                }
            }
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            problems.add(new LineProblem(0, "rate.import.unreadable"));
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(0, "rate.import.empty"));
        }
        if (!problems.isEmpty()) {
            throw new RatesRejected(problems);
        }
        rates.saveAll(read);
        return read.size();
    }

    private void readRow(CSVRecord row, List<ExchangeRate> read, Set<String> seen, List<LineProblem> problems) {
        long line = row.getRecordNumber() + 1;
        try {
            String currency = Money.currency(row.get("currency"), "currency").getCurrencyCode();
            LocalDate date = LocalDate.parse(row.get("date"));
            BigDecimal rate = new BigDecimal(row.get("usd_per_unit"));
            if (!seen.add(currency + date) || rates.existsByCurrencyAndRateDate(currency, date)) {
                problems.add(new LineProblem(line, "rate.duplicate", currency, date));
                return;
            }
            read.add(new ExchangeRate(currency, date, rate, row.get("source")));
        } catch (RuleViolation violation) {
            problems.add(new LineProblem(line, violation.messageCode(), violation.arguments()));
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(line, "rate.import.badDate", row.get("date")));
        } catch (NumberFormatException e) {
            problems.add(new LineProblem(line, "rate.import.badNumber", row.get("usd_per_unit")));
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(new LineProblem(line, "rate.import.badLine"));
        }
    }

    private static void checkIsu(CurrentUser user) {
        if (user == null || !user.isIsuAdmin()) {
            throw new AccessDeniedException("Only the ISU keeps exchange rates");
        }
    }
}
