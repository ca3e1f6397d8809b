package org.ccmplatform.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmplatform.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The CSV form of the register: one line per State and treaty, the same columns for export and import. */
final class RegisterCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5000;

    /** A formula character at the start, after any apostrophes (so that escaping can always be undone). */

    static final List<String> COLUMNS = List.of("iso3", "iso2", "un_membership", "region", "name_en", "name_fr",
            "name_es", "treaty", "status", "signature_date", "deposit_date", "deposit_type", "entry_into_force",
            "withdrawal_notified", "withdrawal_effective", "source");

    private RegisterCsv() {}

    /** Reads a file as strict UTF-8; columns missing from the file take the given defaults. */
    static List<RegisterRow> read(byte[] content, Map<String, String> defaults) {
        if (content.length > MAX_BYTES) {
            throw ImportRejected.file("import.file.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ImportRejected.file("import.file.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<RegisterRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("iso3")) {
                throw ImportRejected.file("import.file.noIso3Column");
            }
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw ImportRejected.file("import.file.tooManyRows", MAX_ROWS);
                }
                rows.add(toRow(record, lines.lineOf(record.getCharacterPosition()), header, defaults));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ImportRejected.file("import.file.unreadable");
        }
        if (rows.isEmpty()) {
            throw ImportRejected.file("import.file.empty");
        }
        return rows;
    }

    private static RegisterRow toRow(CSVRecord record, long line, Map<String, Integer> header,
            Map<String, String> defaults) {
        java.util.function.Function<String, String> get = column -> {
            String value = header.containsKey(column) && record.isSet(column) ? record.get(column) : null;
            if (value == null || value.isEmpty()) {
                value = defaults.get(column);
            }
            return value == null || value.isBlank() ? null : value.strip();
        };
        return new RegisterRow(line, get.apply("iso3"), get.apply("iso2"),
                get.apply("un_membership"), get.apply("region"), uncell(get.apply("name_en")),
                uncell(get.apply("name_fr")), uncell(get.apply("name_es")), get.apply("treaty"),
                get.apply("signature_date"), get.apply("deposit_date"), get.apply("deposit_type"),
                get.apply("withdrawal_notified"), get.apply("entry_into_force"), uncell(get.apply("source")));
    }

    /**
     * The line of the file on which each record starts, as a text editor numbers it: the parser's record number
     * does not count the empty lines it skips nor the line breaks inside quoted values.
     */
    private static final class LineCounter {

        private final String text;
        private int counted;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineOf(long characterPosition) {
            int start = (int) characterPosition;
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++; // empty lines skipped before the record belong to no record
            }
            for (; counted < start; counted++) {
                char c = text.charAt(counted);
                if (c == '\n' || (c == '\r' && (counted + 1 == text.length() || text.charAt(counted + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }

    /** Writes the profiles and flushes; the writer stays open, its owner closes it. */
    static void write(Writer out, List<StateProfile> profiles) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get());
            for (StateProfile profile : profiles) {
                State s = profile.state();
                List<StateProfile.TreatyStanding> recorded = profile.standings().stream()
                        .filter(t -> t.participation() != null)
                        .toList();
                if (recorded.isEmpty()) {
                    printer.printRecord(s.iso3(), s.iso2(), s.unMembership(), s.region(), cell(s.names().en()),
                            cell(s.names().fr()), cell(s.names().es()), "", ParticipationStatus.NOT_PARTY, "", "", "", "", "",
                            "", "");
                }
                for (StateProfile.TreatyStanding standing : recorded) {
                    Participation p = standing.participation();
                    printer.printRecord(s.iso3(), s.iso2(), s.unMembership(), s.region(), cell(s.names().en()),
                            cell(s.names().fr()), cell(s.names().es()), standing.treaty().code(), standing.status(),
                            text(p.signatureDate()), text(p.depositDate()),
                            p.depositType() == null ? "" : p.depositType().name().toLowerCase(java.util.Locale.ROOT),
                            text(p.entryIntoForce()), text(p.withdrawalNotified()), text(p.withdrawalEffective()),
                            cell(p.source()));
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        return SpreadsheetCells.cell(value);
    }

    static String uncell(String value) {
        return SpreadsheetCells.uncell(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
