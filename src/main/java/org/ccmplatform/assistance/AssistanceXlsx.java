package org.ccmplatform.assistance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ccmplatform.assistance.AssistanceExports.NeedLine;
import org.ccmplatform.assistance.AssistanceExports.PledgeLine;
import org.ccmplatform.shared.Money;

/**
 * Needs, pledges and funding gaps as XLSX workbooks: the same columns as the CSV files, with a header row, amounts as
 * numeric cells beside a currency column, dates as real date cells and years as whole numbers. Written as a stream,
 * so a workbook of ten thousand rows holds only a window of them in memory.
 */
final class AssistanceXlsx {

    private AssistanceXlsx() {}

    static void needs(OutputStream out, List<NeedLine> rows) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.sheet("needs", AssistanceCsv.NEED_COLUMNS);
            for (NeedLine n : rows) {
                FundingGap g = n.gap();
                sheet.row(n.id(), n.stateIso3(), n.stateName(), n.article(), n.theme(), n.place(), n.title(),
                        n.quantity(), n.unit(), n.cost(), n.cost().currency(), n.startYear(), n.endYear(),
                        n.priority(), n.status(), n.publicNeed(), n.evidence(), n.postedOn(), g.committed(),
                        g.pledged(), g.gap(), g.rateDate(), g.ratesOn(), notConverted(g, FundingGap.Part.COMMITTED),
                        notConverted(g, FundingGap.Part.PLEDGED));
            }
            book.write(out);
        }
    }

    static void pledges(OutputStream out, List<PledgeLine> rows) throws IOException {
        try (Book book = new Book()) {
            Sheet sheet = book.sheet("pledges", AssistanceCsv.PLEDGE_COLUMNS);
            for (PledgeLine p : rows) {
                sheet.row(p.id(), p.donor(), p.donorName(), p.needId(), p.needTitle(), p.stateIso3(), p.stateName(),
                        p.coalitionId(), p.amount(), p.amount() == null ? null : p.amount().currency(),
                        p.amountDisclosed(), p.disbursed(), p.fromYear(), p.toYear(), p.status(), p.operator(),
                        p.recordedOn());
            }
            book.write(out);
        }
    }

    /** One sheet per level: total (with general support), by need, by State, by theme, by year. */
    static void gaps(OutputStream out, GapReport report, Locale locale) throws IOException {
        try (Book book = new Book()) {
            for (Map.Entry<String, List<GapRows.Line>> entry : GapRows.bySheet(report, locale).entrySet()) {
                Sheet sheet = book.sheet(entry.getKey(), GapRows.COLUMNS);
                for (GapRows.Line line : entry.getValue()) {
                    FundingGap g = line.gap();
                    sheet.row(line.level(), line.key(), line.name(), line.stateIso3(), line.theme(), report.year(),
                            report.currency(), g.cost(), g.committed(), g.pledged(), g.gap(), g.rateDate(),
                            g.ratesOn(), null, null, null);
                    for (FundingGap.Unconverted u : g.unconverted()) {
                        sheet.row(line.level(), line.key(), line.name(), line.stateIso3(), line.theme(), report.year(),
                                null, null, null, null, null, null, g.ratesOn(), u.part(), u.money(),
                                u.money().currency());
                    }
                }
            }
            book.write(out);
        }
    }

    private static String notConverted(FundingGap gap, FundingGap.Part part) {
        String text = gap.unconverted().stream().filter(u -> u.part() == part)
                .map(u -> u.money().amount().toPlainString() + " " + u.money().currency())
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    /** A streaming workbook with its few cell styles: header, date, and amount by number of decimals. */
    private static final class Book implements AutoCloseable {

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final CellStyle header;
        private final CellStyle date;
        private final Map<Integer, CellStyle> amounts = new HashMap<>();

        Book() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        Sheet sheet(String name, String[] columns) {
            SXSSFSheet sheet = workbook.createSheet(name);
            Row row = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns[i]);
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            return new Sheet(this, sheet);
        }

        CellStyle amount(int digits) {
            return amounts.computeIfAbsent(digits, d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat()
                        .getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return style;
            });
        }

        void write(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /** A sheet filled row after row; each value becomes the cell of its kind. */
    private static final class Sheet {

        private final Book book;
        private final SXSSFSheet sheet;
        private int next = 1;

        Sheet(Book book, SXSSFSheet sheet) {
            this.book = book;
            this.sheet = sheet;
        }

        void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Money money) {
                    cell.setCellValue(money.amount().doubleValue());
                    cell.setCellStyle(book.amount(Money.fractionDigits(money.currency())));
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(book.date);
                } else if (value instanceof Boolean flag) {
                    cell.setCellValue(flag);
                } else if (value instanceof Enum<?> code) {
                    cell.setCellValue(code.name());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
