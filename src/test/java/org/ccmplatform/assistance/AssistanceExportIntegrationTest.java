package org.ccmplatform.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccmplatform.IntegrationTest;
import org.ccmplatform.registry.OrganisationDirectory;
import org.ccmplatform.registry.StateRegister;
import org.ccmplatform.shared.SpreadsheetCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The CSV and XLSX exports downloaded over HTTP and read back: CSV with commons-csv, XLSX opened with POI. Each test
 * makes its own needs, rate and pledges (ExportScenario) in its transaction, which the requests share and which is
 * rolled back after it.
 */
@IntegrationTest
@Transactional
class AssistanceExportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    @Autowired
    NeedDesk needDesk;

    @Autowired
    PledgeDesk pledgeDesk;

    @Autowired
    RateDesk rateDesk;

    @Autowired
    FundingGaps gaps;

    @Autowired
    StateRegister states;

    @Autowired
    OrganisationDirectory organisations;

    ExportScenario s;

    @BeforeEach
    void makeScenario() {
        s = new ExportScenario(needDesk, pledgeDesk, rateDesk, gaps, states, organisations);
    }

    @Test
    void needsCsvShowsANeedNotPublicOnlyToThoseWhoMaySeeIt() throws Exception {
        MockHttpServletResponse anonymous = download(get("/assistance/needs/export.csv"));
        assertThat(anonymous.getContentType()).startsWith("text/csv");
        assertThat(anonymous.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"ccm-needs-" + s.today + ".csv\"");
        assertThat(anonymous.getHeader("X-Export-Row-Limit")).isEqualTo("10000");
        assertThat(anonymous.getHeader("X-Export-Truncated")).isEqualTo("false");
        List<CSVRecord> rows = csv(anonymous);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(AssistanceCsv.NEED_COLUMNS);
        assertThat(find(rows, "id", s.hiddenNeed.id())).isEmpty();
        assertThat(anonymous.getContentAsString()).doesNotContain(s.hiddenTitle);

        CSVRecord need = find(rows, "id", s.publicNeed.id()).orElseThrow();
        assertThat(need.get("state_iso3")).isEqualTo("LBN");
        assertThat(need.get("article")).isEqualTo("4");
        assertThat(need.get("title")).as("a formula is neutralised").isEqualTo("'" + s.publicTitle);
        assertThat(SpreadsheetCells.uncell(need.get("title"))).isEqualTo(s.publicTitle);
        assertThat(need.get("cost")).isEqualTo("1000000.00");
        assertThat(need.get("currency")).isEqualTo("USD");
        assertThat(need.get("quantity")).isEqualTo("2.4");
        assertThat(need.get("start_year")).isEqualTo(String.valueOf(s.firstYear));
        assertThat(need.get("public")).isEqualTo("true");
        assertThat(need.get("posted_on")).isEqualTo(s.today.toString());
        // committed: Norway's USD pledge; the KGS one has no rate and stands apart, never added
        assertThat(need.get("committed")).isEqualTo("300000.00");
        assertThat(need.get("not_converted_committed")).isEqualTo("1000000.00 KGS");
        assertThat(need.get("pledged_not_committed")).isEqualTo("173456.78");
        assertThat(need.get("gap")).isEqualTo("700000.00");
        assertThat(need.get("rates_on")).isEqualTo(s.today.toString());

        List<CSVRecord> isuRows = csv(download(get("/assistance/needs/export.csv")
                .with(user(users.loadUserByUsername("isu")))));
        CSVRecord hidden = find(isuRows, "id", s.hiddenNeed.id()).orElseThrow();
        assertThat(hidden.get("title")).isEqualTo(s.hiddenTitle);
        assertThat(hidden.get("public")).isEqualTo("false");
        assertThat(hidden.get("cost")).isEqualTo("500000.00");
        assertThat(hidden.get("currency")).isEqualTo("MUR");
        assertThat(hidden.get("committed")).isEqualTo("100000.00");

        List<CSVRecord> lebanon = csv(download(get("/assistance/needs/export.csv")
                .with(user(users.loadUserByUsername("lebanon")))));
        assertThat(find(lebanon, "id", s.hiddenNeed.id())).as("the State's own focal point sees it").isPresent();
        List<CSVRecord> laos = csv(download(get("/assistance/needs/export.csv")
                .with(user(users.loadUserByUsername("laos")))));
        assertThat(find(laos, "id", s.hiddenNeed.id())).as("another State's focal point does not").isEmpty();
    }

    @Test
    void needsWorkbookHasNumericAmountsBesideTheirCurrencyAndRealDates() throws Exception {
        MockHttpServletResponse anonymous = download(get("/assistance/needs/export.xlsx"));
        assertThat(anonymous.getContentType()).isEqualTo(AssistanceExportController.XLSX);
        assertThat(anonymous.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"ccm-needs-" + s.today + ".xlsx\"");
        try (XSSFWorkbook book = workbook(anonymous)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheet("needs");
            Map<String, Integer> column = header(sheet, AssistanceCsv.NEED_COLUMNS);
            assertThat(rowWith(sheet, column.get("id"), s.hiddenNeed.id())).isEmpty();
            Row need = rowWith(sheet, column.get("id"), s.publicNeed.id()).orElseThrow();
            assertThat(number(need, column.get("cost"))).isEqualByComparingTo("1000000");
            assertThat(need.getCell(column.get("currency")).getStringCellValue()).isEqualTo("USD");
            assertThat(number(need, column.get("committed"))).isEqualByComparingTo("300000");
            assertThat(number(need, column.get("gap"))).isEqualByComparingTo("700000");
            assertThat(date(need, column.get("posted_on"))).isEqualTo(s.today);
            assertThat(date(need, column.get("rates_on"))).isEqualTo(s.today);
            assertThat(need.getCell(column.get("title")).getStringCellValue()).isEqualTo(s.publicTitle);
            assertThat(need.getCell(column.get("not_converted_committed")).getStringCellValue())
                    .isEqualTo("1000000.00 KGS");
        }
        try (XSSFWorkbook book = workbook(download(get("/assistance/needs/export.xlsx")
                .with(user(users.loadUserByUsername("isu")))))) {
            Sheet sheet = book.getSheet("needs");
            Map<String, Integer> column = header(sheet, AssistanceCsv.NEED_COLUMNS);
            Row hidden = rowWith(sheet, column.get("id"), s.hiddenNeed.id()).orElseThrow();
            assertThat(number(hidden, column.get("cost"))).isEqualByComparingTo("500000");
            assertThat(hidden.getCell(column.get("currency")).getStringCellValue()).isEqualTo("MUR");
        }
    }

    @Test
    void pledgesCsvLeavesAnUndisclosedAmountEmptyExceptForThoseItIsFor() throws Exception {
        MockHttpServletResponse anonymous = download(get("/assistance/pledges/export.csv"));
        assertThat(anonymous.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"ccm-pledges-" + s.today + ".csv\"");
        List<CSVRecord> rows = csv(anonymous);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(AssistanceCsv.PLEDGE_COLUMNS);

        CSVRecord committed = find(rows, "id", s.committed.id()).orElseThrow();
        assertThat(committed.get("donor")).isEqualTo("NOR");
        assertThat(committed.get("need_id")).isEqualTo(String.valueOf(s.publicNeed.id()));
        assertThat(SpreadsheetCells.uncell(committed.get("need_title"))).isEqualTo(s.publicTitle);
        assertThat(committed.get("amount")).isEqualTo("300000.00");
        assertThat(committed.get("currency")).isEqualTo("USD");
        assertThat(committed.get("disbursed")).isEqualTo("100000.00");
        assertThat(committed.get("status")).isEqualTo("COMMITTED");
        assertThat(committed.get("operator")).isEqualTo("NPA");
        assertThat(committed.get("recorded_on")).isEqualTo(s.today.toString());

        CSVRecord undisclosed = find(rows, "id", s.undisclosed.id()).orElseThrow();
        assertThat(undisclosed.get("donor")).isEqualTo("UNDP");
        assertThat(undisclosed.get("amount")).isEmpty();
        assertThat(undisclosed.get("currency")).isEmpty();
        assertThat(undisclosed.get("disbursed")).isEmpty();
        assertThat(undisclosed.get("amount_disclosed")).isEqualTo("false");
        assertThat(anonymous.getContentAsString()).doesNotContain("123456.78");

        CSVRecord toHidden = find(rows, "id", s.toHiddenNeed.id()).orElseThrow();
        assertThat(toHidden.get("need_title")).as("a need not public is not named").isEmpty();
        assertThat(anonymous.getContentAsString()).doesNotContain(s.hiddenTitle);

        for (String who : List.of("isu", "undp")) {
            List<CSVRecord> seen = csv(download(get("/assistance/pledges/export.csv")
                    .with(user(users.loadUserByUsername(who)))));
            assertThat(find(seen, "id", s.undisclosed.id()).orElseThrow().get("amount")).as(who)
                    .isEqualTo("123456.78");
        }
        List<CSVRecord> norway = csv(download(get("/assistance/pledges/export.csv")
                .with(user(users.loadUserByUsername("norway")))));
        assertThat(find(norway, "id", s.undisclosed.id()).orElseThrow().get("amount"))
                .as("another donor does not see it").isEmpty();

        List<CSVRecord> filtered = csv(download(get("/assistance/pledges/export.csv").param("need",
                String.valueOf(s.publicNeed.id()))));
        assertThat(filtered).extracting(r -> r.get("id")).containsExactlyInAnyOrder(
                String.valueOf(s.committed.id()), String.valueOf(s.unconvertible.id()),
                String.valueOf(s.undisclosed.id()), String.valueOf(s.indicated.id()));
    }

    @Test
    void pledgesWorkbookHasNumericAmountsAndDatesAndNoUndisclosedAmount() throws Exception {
        try (XSSFWorkbook book = workbook(download(get("/assistance/pledges/export.xlsx")))) {
            Sheet sheet = book.getSheet("pledges");
            Map<String, Integer> column = header(sheet, AssistanceCsv.PLEDGE_COLUMNS);
            Row committed = rowWith(sheet, column.get("id"), s.committed.id()).orElseThrow();
            assertThat(number(committed, column.get("amount"))).isEqualByComparingTo("300000");
            assertThat(committed.getCell(column.get("currency")).getStringCellValue()).isEqualTo("USD");
            assertThat(number(committed, column.get("disbursed"))).isEqualByComparingTo("100000");
            assertThat(number(committed, column.get("from_year"))).isEqualByComparingTo(String.valueOf(s.firstYear));
            assertThat(date(committed, column.get("recorded_on"))).isEqualTo(s.today);
            Row undisclosed = rowWith(sheet, column.get("id"), s.undisclosed.id()).orElseThrow();
            assertThat(blank(undisclosed, column.get("amount"))).isTrue();
            assertThat(blank(undisclosed, column.get("disbursed"))).isTrue();
            assertThat(undisclosed.getCell(column.get("amount_disclosed")).getBooleanCellValue()).isFalse();
        }
        try (XSSFWorkbook book = workbook(download(get("/assistance/pledges/export.xlsx")
                .with(user(users.loadUserByUsername("isu")))))) {
            Sheet sheet = book.getSheet("pledges");
            Map<String, Integer> column = header(sheet, AssistanceCsv.PLEDGE_COLUMNS);
            Row undisclosed = rowWith(sheet, column.get("id"), s.undisclosed.id()).orElseThrow();
            assertThat(number(undisclosed, column.get("amount"))).isEqualByComparingTo("123456.78");
        }
    }

    @Test
    void gapsCsvConvertsAtTheDatedRateAndKeepsAnAmountWithoutARateOnARowOfItsOwn() throws Exception {
        MockHttpServletResponse response = download(get("/assistance/gaps/export.csv").param("state", "lbn")
                .param("currency", "USD").with(user(users.loadUserByUsername("isu"))));
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"ccm-funding-gaps-LBN-USD-" + s.today + ".csv\"");
        List<CSVRecord> rows = csv(response);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(GapRows.COLUMNS);

        List<CSVRecord> hidden = all(rows, r -> r.get("level").equals("NEED")
                && r.get("key").equals(String.valueOf(s.hiddenNeed.id())));
        assertThat(hidden).hasSize(1);
        // 500,000.00 MUR at 0.0220 USD: 11,000.00 USD, on the rate of its date
        assertThat(hidden.get(0).get("cost")).isEqualTo("11000.00");
        assertThat(hidden.get(0).get("committed")).isEqualTo("2200.00");
        assertThat(hidden.get(0).get("gap")).isEqualTo("8800.00");
        assertThat(hidden.get(0).get("currency")).isEqualTo("USD");
        assertThat(hidden.get(0).get("rate_date")).isEqualTo(s.rateDate.toString());
        assertThat(hidden.get(0).get("state_iso3")).isEqualTo("LBN");

        List<CSVRecord> open = all(rows, r -> r.get("level").equals("NEED")
                && r.get("key").equals(String.valueOf(s.publicNeed.id())));
        assertThat(open).hasSize(2);
        CSVRecord converted = open.get(0);
        assertThat(converted.get("cost")).isEqualTo("1000000.00");
        assertThat(converted.get("committed")).isEqualTo("300000.00");
        assertThat(converted.get("gap")).isEqualTo("700000.00");
        assertThat(converted.get("not_converted_amount")).isEmpty();
        CSVRecord apart = open.get(1);
        assertThat(apart.get("not_converted_part")).isEqualTo("COMMITTED");
        assertThat(apart.get("not_converted_amount")).isEqualTo("1000000.00");
        assertThat(apart.get("not_converted_currency")).isEqualTo("KGS");
        assertThat(List.of(apart.get("cost"), apart.get("committed"), apart.get("gap"), apart.get("currency")))
                .allMatch(String::isEmpty);

        assertThat(all(rows, r -> r.get("level").equals("STATE") && r.get("not_converted_part").isEmpty()))
                .extracting(r -> r.get("key")).containsExactly("LBN");
        assertThat(all(rows, r -> r.get("level").equals("STATE") && !r.get("not_converted_part").isEmpty()))
                .extracting(r -> r.get("not_converted_currency")).contains("KGS");
        assertThat(all(rows, r -> r.get("level").equals("TOTAL"))).isNotEmpty();
        assertThat(all(rows, r -> r.get("level").equals("YEAR"))).extracting(r -> r.get("key"))
                .contains(String.valueOf(s.firstYear), String.valueOf(s.firstYear + 2));

        List<CSVRecord> anonymous = csv(download(get("/assistance/gaps/export.csv").param("state", "LBN")));
        assertThat(all(anonymous, r -> r.get("key").equals(String.valueOf(s.hiddenNeed.id()))
                && r.get("level").equals("NEED"))).isEmpty();
        assertThat(all(anonymous, r -> r.get("key").equals(String.valueOf(s.publicNeed.id())))).hasSize(2);
    }

    @Test
    void gapsCsvOfOneYearInAnotherCurrencyNamesThemInItsRowsAndFileName() throws Exception {
        MockHttpServletResponse response = download(get("/assistance/gaps/export.csv").param("state", "LBN")
                .param("year", String.valueOf(s.firstYear)).param("currency", "mur"));
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\""
                + "ccm-funding-gaps-LBN-" + s.firstYear + "-MUR-" + s.today + ".csv\"");
        CSVRecord need = all(csv(response), r -> r.get("level").equals("NEED")
                && r.get("key").equals(String.valueOf(s.publicNeed.id()))).get(0);
        assertThat(need.get("currency")).isEqualTo("MUR");
        assertThat(need.get("report_year")).isEqualTo(String.valueOf(s.firstYear));
        // a third of 1,000,000.00 USD in MUR at 0.0220 USD each
        BigDecimal inMur = new BigDecimal("1000000.00").divide(ExportScenario.MUR_IN_USD, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal expected = inMur.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
        assertThat(new BigDecimal(need.get("cost"))).isEqualByComparingTo(expected);
        assertThat(need.get("rate_date")).isEqualTo(s.rateDate.toString());
    }

    @Test
    void gapsWorkbookHasASheetPerLevelWithNumericAmountsAndRateDates() throws Exception {
        MockHttpServletResponse response = download(get("/assistance/gaps/export.xlsx").param("state", "LBN")
                .with(user(users.loadUserByUsername("isu"))));
        assertThat(response.getContentType()).isEqualTo(AssistanceExportController.XLSX);
        try (XSSFWorkbook book = workbook(response)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("total", "by_need", "by_state", "by_theme", "by_year");
            Sheet byNeed = book.getSheet("by_need");
            Map<String, Integer> column = header(byNeed, GapRows.COLUMNS);
            List<Row> hidden = rowsWith(byNeed, column.get("key"), String.valueOf(s.hiddenNeed.id()));
            assertThat(hidden).hasSize(1);
            assertThat(number(hidden.get(0), column.get("cost"))).isEqualByComparingTo("11000");
            assertThat(hidden.get(0).getCell(column.get("currency")).getStringCellValue()).isEqualTo("USD");
            assertThat(date(hidden.get(0), column.get("rate_date"))).isEqualTo(s.rateDate);
            assertThat(date(hidden.get(0), column.get("rates_on"))).isEqualTo(s.today);
            List<Row> open = rowsWith(byNeed, column.get("key"), String.valueOf(s.publicNeed.id()));
            assertThat(open).hasSize(2);
            assertThat(blank(open.get(1), column.get("cost"))).isTrue();
            assertThat(number(open.get(1), column.get("not_converted_amount"))).isEqualByComparingTo("1000000");
            assertThat(open.get(1).getCell(column.get("not_converted_currency")).getStringCellValue())
                    .isEqualTo("KGS");
            Sheet byState = book.getSheet("by_state");
            Map<String, Integer> stateColumn = header(byState, GapRows.COLUMNS);
            assertThat(rowsWith(byState, stateColumn.get("key"), "LBN")).isNotEmpty();
            Sheet total = book.getSheet("total");
            assertThat(total.getRow(1).getCell(0).getStringCellValue()).isEqualTo("TOTAL");
            assertThat(total.getRow(1).getCell(column.get("gap")).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void badParametersAreRefusedWithAProblemThatNamesThemNeverAServerError() throws Exception {
        Map<String, String> cases = Map.of(
                "/assistance/gaps/export.csv?currency=XXX", "currency",
                "/assistance/gaps/export.csv?currency=QQQ", "currency",
                "/assistance/gaps/export.xlsx?currency=dollars", "currency",
                "/assistance/gaps/export.csv?year=abc", "year",
                "/assistance/gaps/export.xlsx?year=1850", "year",
                "/assistance/gaps/export.csv?state=ZZZ", "state",
                "/assistance/gaps/export.csv?coalition=abc", "coalition",
                "/assistance/gaps/export.csv?asOf=yesterday", "asOf",
                "/assistance/pledges/export.csv?status=PROMISED", "status",
                "/assistance/pledges/export.xlsx?donor=ZZZ", "donor");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            MockHttpServletResponse response = mvc.perform(get(bad.getKey())).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(response.getContentType()).as(bad.getKey()).isEqualTo("application/problem+json");
            assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).as(bad.getKey()).isNull();
            JsonNode problem = json.readTree(response.getContentAsString());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("field").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
            assertThat(problem.get("detail").asString()).as(bad.getKey()).isNotBlank();
        }
        JsonNode unknownState = json.readTree(mvc.perform(get("/assistance/gaps/export.csv?state=ZZZ"))
                .andReturn().getResponse().getContentAsString());
        assertThat(unknownState.get("detail").asString()).contains("ZZZ");
        MockHttpServletResponse noCoalition = mvc.perform(get("/assistance/gaps/export.csv?coalition=987654321"))
                .andReturn().getResponse();
        assertThat(noCoalition.getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private static List<CSVRecord> csv(MockHttpServletResponse response) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString()))) {
            return parser.getRecords();
        }
    }

    private static Optional<CSVRecord> find(List<CSVRecord> rows, String column, Object value) {
        return rows.stream().filter(r -> r.get(column).equals(String.valueOf(value))).findFirst();
    }

    private static List<CSVRecord> all(List<CSVRecord> rows, Predicate<CSVRecord> which) {
        return rows.stream().filter(which).toList();
    }

    private static XSSFWorkbook workbook(MockHttpServletResponse response) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    /** The header row read back: each column's index by its name, checked against the expected names. */
    private static Map<String, Integer> header(Sheet sheet, String[] columns) {
        Row header = sheet.getRow(0);
        List<String> names = new ArrayList<>();
        header.forEach(cell -> names.add(cell.getStringCellValue()));
        assertThat(names).containsExactly(columns);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return index;
    }

    private static Optional<Row> rowWith(Sheet sheet, int column, long id) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.NUMERIC
                    && cell.getNumericCellValue() == id) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    private static List<Row> rowsWith(Sheet sheet, int column, String key) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(key)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static BigDecimal number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("column " + column).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static LocalDate date(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("a real date cell").isTrue();
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    private static boolean blank(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }
}
