package org.ccmplatform.finance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.registry.State;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a UN scale of assessment that the ISU prepares from the General Assembly's resolution, as CSV with the
 * columns iso3,rate,valid_from,valid_to,source (and optionally illustrative=true|false). The file lands whole or not
 * at all: every bad line is reported, and a scale whose years overlap one already recorded is refused.
 */
@Service
public class ScaleImport {

    static final int MAX_ROWS = 500;

    private final ScaleRates rates;
    private final StateRegister states;

    ScaleImport(ScaleRates rates, StateRegister states) {
        this.rates = rates;
        this.states = states;
    }

    /** A refused line: its number in the file (0 for the whole file), a message key and its arguments. */
    public record LineProblem(long line, String messageCode, Object... arguments) {}

    /** The import refused as a whole. */
    public static class ScaleRejected extends RuntimeException {

        private final transient List<LineProblem> problems;

        ScaleRejected(List<LineProblem> problems) {
            super(problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    @Transactional
    public int importCsv(byte[] content, CurrentUser user) {
        Treasury.checkIsu(user);
        List<LineProblem> problems = new ArrayList<>();
        List<ScaleRate> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> periods = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(new String(content == null ? new byte[0] : content, StandardCharsets.UTF_8)))) {
            for (String column : List.of("iso3", "rate", "valid_from", "valid_to", "source")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new LineProblem(1, "scale.import.missingColumn", column));
                }
            }
            boolean illustrativeColumn = parser.getHeaderMap().containsKey("illustrative");
            if (problems.isEmpty()) {
                for (CSVRecord row : parser) {
                    if (read.size() >= MAX_ROWS) {
                        problems.add(new LineProblem(row.getRecordNumber() + 1, "scale.import.tooLong", MAX_ROWS));
                        break;
                    }
                    line(row, illustrativeColumn, seen, periods, problems).ifPresent(read::add);
                }
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(new LineProblem(0, "scale.import.unreadable"));
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(0, "scale.import.empty"));
        }
        for (String period : periods) {
            String[] years = period.split("-");
            if (rates.overlaps(Integer.parseInt(years[0]), Integer.parseInt(years[1]))) {
                problems.add(new LineProblem(0, "scale.import.overlaps", years[0], years[1]));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScaleRejected(problems);
        }
        rates.saveAll(read);
        return read.size();
    }

    private Optional<ScaleRate> line(CSVRecord row, boolean illustrativeColumn, Set<String> seen, Set<String> periods,
            List<LineProblem> problems) {
        long line = row.getRecordNumber() + 1;
        String iso3 = row.get("iso3").toUpperCase(Locale.ROOT);
        Optional<State> state = states.find(iso3);
        if (state.isEmpty()) {
            problems.add(new LineProblem(line, "state.unknown", row.get("iso3")));
            return Optional.empty();
        }
        BigDecimal rate;
        int from;
        int to;
        try {
            rate = new BigDecimal(row.get("rate"));
            from = Integer.parseInt(row.get("valid_from"));
            to = Integer.parseInt(row.get("valid_to"));
        } catch (NumberFormatException e) {
            problems.add(new LineProblem(line, "scale.import.badNumber"));
            return Optional.empty();
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new LineProblem(line, "scale.import.badRate", row.get("rate")));
            return Optional.empty();
        }
        if (from < FinanceParams.FIRST_YEAR || to > FinanceParams.LAST_YEAR || to < from) {
            problems.add(new LineProblem(line, "scale.import.badYears", row.get("valid_from"), row.get("valid_to")));
            return Optional.empty();
        }
        if (row.get("source").isBlank()) {
            problems.add(new LineProblem(line, "validation.required"));
            return Optional.empty();
        }
        if (!seen.add(iso3 + from)) {
            problems.add(new LineProblem(line, "scale.import.twice", iso3));
            return Optional.empty();
        }
        periods.add(from + "-" + to);
        boolean illustrative = illustrativeColumn && Boolean.parseBoolean(row.get("illustrative"));
        return Optional.of(new ScaleRate(state.get(), rate, from, to, row.get("source"), illustrative));
    }
}
