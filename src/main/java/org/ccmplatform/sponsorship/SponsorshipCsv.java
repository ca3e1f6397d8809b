package org.ccmplatform.sponsorship;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.SpreadsheetCells;
import org.ccmplatform.sponsorship.SponsorshipReports.MeetingLine;
import org.ccmplatform.sponsorship.SponsorshipReports.YearReport;

/**
 * A year's report as CSV: one line for the year, one per contribution and one per meeting, amounts as plain decimals
 * in CHF. Counts and States only: no delegate's name, no bank reference.
 */
final class SponsorshipCsv {

    static final String[] COLUMNS = {"line", "year", "donor", "meeting_id", "meeting", "meeting_date",
        "carried_in", "contributions", "donors", "delegates", "states", "allocated", "actual", "cost", "balance",
        "currency"};

    private SponsorshipCsv() {}

    static void year(Writer out, YearReport r, Locale locale) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
            printer.printRecord("year", r.year(), "", "", "", "", plain(r.carriedIn()), plain(r.contributed()),
                    r.donors(), r.delegates(), r.states(), plain(r.allocated()), plain(r.actual()), plain(r.cost()),
                    plain(r.balance()), Sponsorship.CURRENCY);
            for (SponsorshipContribution c : r.contributions()) {
                printer.printRecord("contribution", r.year(), cell(c.donor().name(locale)), "", "",
                        c.receivedOn().toString(), "", plain(c.amount()), "", "", "", "", "", "", "",
                        Sponsorship.CURRENCY);
            }
            for (MeetingLine m : r.meetings()) {
                printer.printRecord("meeting", r.year(), "", m.meeting().id(), cell(m.meeting().title()),
                        m.meeting().day().toString(), "", "", "", m.delegates(), m.states(), plain(m.allocated()),
                        plain(m.actual()), plain(m.cost()), "", Sponsorship.CURRENCY);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }

    private static String cell(String text) {
        return SpreadsheetCells.cell(text);
    }
}
