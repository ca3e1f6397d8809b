package org.ccmplatform.universalization;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of General Assembly votes, {@code iso3,year,vote} with an optional {@code source} column, as strict
 * UTF-8. It only reads: whether each line is acceptable is the import's to say.
 */
public final class VoteCsv {

    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_ROWS = 5000;
    static final List<String> COLUMNS = List.of("iso3", "year", "vote");

    private VoteCsv() {}

    /** A line as written; the line number counts the header as line 1. */
    record Row(long line, String iso3, String year, String vote, String source) {}

    /** A line (or, at line 0, the whole file) that cannot be taken, the column concerned and why. */
    public record Problem(long line, String column, String messageCode, Object... arguments) {}

    /** The rows, or the problems that make the file unreadable as a whole. */
    record Read(List<Row> rows, List<Problem> problems) {}

    static Read read(byte[] content) {
        if (content == null || content.length == 0) {
            return failed("universalization.import.empty");
        }
        if (content.length > MAX_BYTES) {
            return failed("universalization.import.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed("universalization.import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : COLUMNS) {
                if (header == null || !header.containsKey(column)) {
                    problems.add(new Problem(1, column, "universalization.import.missingColumn", column));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(List.of(), problems);
            }
            int[] lineStarts = lineStarts(text);
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return failed("universalization.import.tooManyRows", MAX_ROWS);
                }
                rows.add(new Row(lineOf(text, lineStarts, record.getCharacterPosition()), cell(record, "iso3"), cell(record, "year"),
                        cell(record, "vote"), header.containsKey("source") ? cell(record, "source") : null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed("universalization.import.unreadable");
        }
        if (rows.isEmpty()) {
            return failed("universalization.import.empty");
        }
        return new Read(rows, List.of());
    }

    /** Where each line of the text begins, to name a record's line even after empty lines. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line a record begins on; the empty lines skipped before it belong to no record. */
    private static long lineOf(String text, int[] lineStarts, long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        int found = java.util.Arrays.binarySearch(lineStarts, start);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Read failed(String messageCode, Object... arguments) {
        return new Read(List.of(), List.of(new Problem(0, "", messageCode, arguments)));
    }
}
