package org.ccmplatform.assistance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ccmplatform.assistance.AssistanceExports.NeedLine;
import org.ccmplatform.assistance.AssistanceExports.PledgeLine;
import org.ccmplatform.shared.Money;
import org.ccmplatform.shared.SpreadsheetCells;

/**
 * Needs, pledges and funding gaps as CSV: codes rather than words, dates as YYYY-MM-DD, amounts as plain decimals
 * with the currency in a column of its own, free text neutralised against spreadsheet formulas. A gap names the date
 * of the oldest rate it used and the day the rates were read for; an amount without a rate has columns of its own.
 */
final class AssistanceCsv {

    static final String[] NEED_COLUMNS = {"id", "state_iso3", "state", "article", "theme", "place", "title",
        "quantity", "unit", "cost", "currency", "start_year", "end_year", "priority", "status", "public", "evidence",
        "posted_on", "committed", "pledged_not_committed", "gap", "rate_date", "rates_on", "not_converted_committed",
        "not_converted_pledged"};

    static final String[] PLEDGE_COLUMNS = {"id", "donor", "donor_name", "need_id", "need_title", "state_iso3", "state",
        "coalition_id", "amount", "currency", "amount_disclosed", "disbursed", "from_year", "to_year", "status",
        "operator", "recorded_on"};

    private AssistanceCsv() {}

    static void needs(Writer out, List<NeedLine> rows) {
        try {
            CSVPrinter printer = printer(out, NEED_COLUMNS);
            for (NeedLine n : rows) {
                FundingGap g = n.gap();
                printer.printRecord(n.id(), n.stateIso3(), cell(n.stateName()), n.article(), n.theme(),
                        cell(n.place()), cell(n.title()), plain(n.quantity()), cell(n.unit()), amount(n.cost()),
                        n.cost().currency(), n.startYear(), n.endYear(), n.priority(), n.status(), n.publicNeed(),
                        cell(n.evidence()), text(n.postedOn()), amount(g.committed()), amount(g.pledged()),
                        amount(g.gap()), text(g.rateDate()), text(g.ratesOn()),
                        notConverted(g, FundingGap.Part.COMMITTED), notConverted(g, FundingGap.Part.PLEDGED));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pledges(Writer out, List<PledgeLine> rows) {
        try {
            CSVPrinter printer = printer(out, PLEDGE_COLUMNS);
            for (PledgeLine p : rows) {
                printer.printRecord(p.id(), cell(p.donor()), cell(p.donorName()), text(p.needId()),
                        cell(p.needTitle()), p.stateIso3(), cell(p.stateName()), text(p.coalitionId()),
                        amount(p.amount()), p.amount() == null ? "" : p.amount().currency(), p.amountDisclosed(),
                        amount(p.disbursed()), p.fromYear(), p.toYear(), p.status(), cell(p.operator()),
                        text(p.recordedOn()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void gaps(Writer out, GapReport report, Locale locale) {
        try {
            CSVPrinter printer = printer(out, GapRows.COLUMNS);
            for (GapRows.Line line : GapRows.all(report, locale)) {
                FundingGap g = line.gap();
                printer.printRecord(line.level(), cell(line.key()), cell(line.name()), text(line.stateIso3()),
                        text(line.theme()), text(report.year()), report.currency(), amount(g.cost()),
                        amount(g.committed()), amount(g.pledged()), amount(g.gap()), text(g.rateDate()),
                        text(g.ratesOn()), "", "", "");
                for (FundingGap.Unconverted u : g.unconverted()) {
                    printer.printRecord(line.level(), cell(line.key()), cell(line.name()), text(line.stateIso3()),
                            text(line.theme()), text(report.year()), "", "", "", "", "", "", text(g.ratesOn()),
                            u.part(), amount(u.money()), u.money().currency());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(Writer out, String[] columns) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns).get());
    }

    /** The amounts of one part left unconverted, each with its currency: "1200.00 EUR; 300.00 GBP". */
    private static String notConverted(FundingGap gap, FundingGap.Part part) {
        return gap.unconverted().stream().filter(u -> u.part() == part)
                .map(u -> u.money().amount().toPlainString() + " " + u.money().currency())
                .collect(Collectors.joining("; "));
    }

    private static String amount(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }

    private static String plain(java.math.BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        return SpreadsheetCells.cell(text);
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof LocalDate d ? d.toString() : value.toString();
    }
}
