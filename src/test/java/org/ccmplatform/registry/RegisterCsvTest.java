package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ccmplatform.registry.ParticipationFixture.TODAY;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Reading and writing the register's CSV form, before any line is checked against the rules. */
class RegisterCsvTest {

    @Test
    void eachLineIsNumberedAsInTheFileCountingTheHeader() {
        List<RegisterRow> rows = read("iso3,iso2\nFRA,FR\nDEU,DE\n");

        assertThat(rows).extracting(RegisterRow::line).containsExactly(2L, 3L);
    }

    @Test
    void blankLinesAndLineBreaksInsideQuotesDoNotShiftTheLineNumbers() {
        List<RegisterRow> rows = read("iso3,name_en\r\nFRA,France\r\n\r\nDEU,\"Germany\r\n(Federal Republic)\"\r\n"
                + "ITA,Italy\r\n\n\nESP,Spain\n");

        assertThat(rows).extracting(RegisterRow::iso3).containsExactly("FRA", "DEU", "ITA", "ESP");
        assertThat(rows).extracting(RegisterRow::line).containsExactly(2L, 4L, 6L, 9L);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "iso3,name_fr\nCIV,Côte d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedAsAWhole(latin1, "import.file.notUtf8");
    }

    @Test
    void aFileOverOneMegabyteIsRefused() {
        byte[] tooLarge = padded(RegisterCsv.MAX_BYTES + 1);

        ImportReport.RowProblem problem = assertRefusedAsAWhole(tooLarge, "import.file.tooLarge");
        assertThat(problem.arguments()).containsExactly(1024);
    }

    @Test
    void aFileOfExactlyOneMegabyteIsRead() {
        assertThat(RegisterCsv.read(padded(RegisterCsv.MAX_BYTES), Map.of())).hasSize(1);
    }

    @Test
    void aFileWithoutAnIso3ColumnIsRefused() {
        assertRefusedAsAWhole("code,name_en\nFRA,France\n".getBytes(StandardCharsets.UTF_8),
                "import.file.noIso3Column");
    }

    @Test
    void aFileWithOnlyAHeaderIsRefusedAsEmpty() {
        assertRefusedAsAWhole("iso3,iso2,treaty\n\n".getBytes(StandardCharsets.UTF_8), "import.file.empty");
    }

    @Test
    void aFileWithMoreThan5000LinesIsRefused() {
        assertThat(RegisterCsv.read(lines(5000), Map.of())).hasSize(5000);
        assertRefusedAsAWhole(lines(5001), "import.file.tooManyRows");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        List<RegisterRow> rows = read("\uFEFFiso3,iso2\nFRA,FR\n");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.iso3()).isEqualTo("FRA"));
    }

    @Test
    void aMissingColumnOrAnEmptyCellTakesTheDefault() {
        List<RegisterRow> rows = RegisterCsv.read("iso3,source\nAFG,\nAND,Depositary notification\n"
                .getBytes(StandardCharsets.UTF_8), Map.of("treaty", "CCM", "source", "UN Treaty Collection"));

        assertThat(rows).extracting(RegisterRow::treaty).containsExactly("CCM", "CCM");
        assertThat(rows).extracting(RegisterRow::source)
                .containsExactly("UN Treaty Collection", "Depositary notification");
    }

    @Test
    void theExportNeutralisesFormulasInFreeText() throws IOException {
        State state = new State("TUV", "TV", UnMembership.MEMBER, UnRegion.OCEANIA,
                new StateNames("=HYPERLINK(\"http://evil.example\",\"Tuvalu\")", "+Tuvalu", "@Tuvalu"));
        Participation participation = new Participation(state, TreatyFixture.ccm());
        participation.record(new ParticipationRecord(null, java.time.LocalDate.of(2011, 9, 8), DepositType.ACCESSION,
                null, "-1+1"), TODAY);

        CSVRecord line = single(export(new StateProfile(state,
                List.of(new StateProfile.TreatyStanding(TreatyFixture.ccm(), participation, TODAY)), TODAY)));

        assertThat(line.get("name_en")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Tuvalu\")");
        assertThat(line.get("name_fr")).isEqualTo("'+Tuvalu");
        assertThat(line.get("name_es")).isEqualTo("'@Tuvalu");
        assertThat(line.get("source")).isEqualTo("'-1+1");
        assertThat(line.get("iso3")).isEqualTo("TUV");
    }

    @Test
    void freeTextNeutralisedByTheExportIsReadBackAsItWas() {
        for (String name : List.of("=1+2", "-Tuvalu", "'=already quoted", "O'Brien", "'quoted'", "Tuvalu")) {
            String csv = "iso3,name_en,source\nTUV," + quoted(RegisterCsv.cell(name)) + ","
                    + quoted(RegisterCsv.cell("@" + name)) + "\n";

            RegisterRow row = read(csv).get(0);

            assertThat(row.nameEn()).as("name %s", name).isEqualTo(name);
            assertThat(row.source()).as("source @%s", name).isEqualTo("@" + name);
        }
    }

    @Test
    void theExportGivesComputedDatesAndTheStatusOnTheDay() throws IOException {
        Participation lithuania = ParticipationFixture.lithuania();

        CSVRecord line = single(export(new StateProfile(lithuania.state(),
                List.of(new StateProfile.TreatyStanding(TreatyFixture.ccm(), lithuania, TODAY)), TODAY)));

        assertThat(line.toMap()).containsEntry("iso3", "LTU").containsEntry("iso2", "LT")
                .containsEntry("treaty", "CCM").containsEntry("status", "NOT_PARTY")
                .containsEntry("deposit_date", "2011-03-24").containsEntry("deposit_type", "ratification")
                .containsEntry("entry_into_force", "2011-09-01").containsEntry("withdrawal_notified", "2024-09-06")
                .containsEntry("withdrawal_effective", "2025-03-06").containsEntry("name_fr", "Lituanie");
    }

    @Test
    void aStateWithoutParticipationIsExportedOnOneNotPartyLine() throws IOException {
        State tuvalu = ParticipationFixture.aState();

        CSVRecord line = single(export(new StateProfile(tuvalu,
                List.of(new StateProfile.TreatyStanding(TreatyFixture.ccm(), null, TODAY)), TODAY)));

        assertThat(line.toMap()).containsEntry("iso3", "TUV").containsEntry("treaty", "")
                .containsEntry("status", "NOT_PARTY").containsEntry("deposit_date", "")
                .containsEntry("region", "OCEANIA").containsEntry("un_membership", "MEMBER");
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String export(StateProfile profile) {
        StringWriter out = new StringWriter();
        RegisterCsv.write(out, List.of(profile));
        return out.toString();
    }

    private static CSVRecord single(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(RegisterCsv.COLUMNS);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(1);
            return records.get(0);
        }
    }

    private static List<RegisterRow> read(String csv) {
        return RegisterCsv.read(csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static ImportReport.RowProblem assertRefusedAsAWhole(byte[] content, String messageCode) {
        ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> RegisterCsv.read(content, Map.of()));

        assertThat(rejected).as("refused with %s", messageCode).isNotNull();
        assertThat(rejected.report().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageCode()).isEqualTo(messageCode);
            assertThat(problem.line()).isZero();
        });
        return rejected.report().problems().get(0);
    }

    /** A one-line file of exactly the given size: a header, then one State with a long source. */
    private static byte[] padded(int size) {
        String start = "iso3,source\nFRA,";
        return (start + "x".repeat(size - start.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] lines(int count) {
        StringBuilder csv = new StringBuilder("iso3\n");
        for (int i = 0; i < count; i++) {
            csv.append("FRA\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
