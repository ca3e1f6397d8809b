package org.ccmplatform.obligations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccmplatform.shared.SpreadsheetCells;

/** The obligations table as CSV: one line per obligation, dates as YYYY-MM-DD, codes rather than words. */
final class ObligationsCsv {

    static final String[] COLUMNS = {"state_iso3", "state", "article", "basis", "start_date", "original_deadline",
        "current_deadline", "extensions_granted", "status", "completed_on", "remaining", "remaining_as_of",
        "rate_per_year", "projected_completion", "projection_rule"};

    private ObligationsCsv() {}

    static void write(Writer out, List<ObligationView> rows, Locale locale) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
            for (ObligationView v : rows) {
                Projection p = v.projection();
                printer.printRecord(v.obligation().state().iso3(),
                        SpreadsheetCells.cell(v.obligation().state().name(locale)),
                        v.obligation().article().number(), SpreadsheetCells.cell(v.obligation().basis()),
                        text(v.startDate()), text(v.originalDeadline()), text(v.currentDeadline()),
                        v.extensions().size(), v.status(), text(v.obligation().completedOn()),
                        text(p.remaining() == null ? null : p.remaining().toPlainString()), text(p.remainingAsOf()),
                        text(p.ratePerYear() == null ? null : p.ratePerYear().toPlainString()),
                        text(p.projectedCompletion()), p.basis());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
