package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files that land, and the export read back. Every test is @Transactional: the import joins the test transaction and
 * is rolled back with it, so the Faroe Islands (FRO/FO, not in the reference list) never stay in the database.
 */
@IntegrationTest
@Transactional
class RegisterImportIntegrationTest {

    static final byte[] GOOD_FILE = """
            iso3,iso2,un_membership,region,name_en,name_fr,name_es,treaty,deposit_date,deposit_type,\
            entry_into_force,source
            FRO,FO,NON_MEMBER,EUROPE,Faroe Islands,,Islas Feroe,CCM,2024-01-15,accession,2024-07-01,Test notification
            TUV,,,,,,,CCM,2026-01-10,accession,,Depositary notification
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    RegisterImport importer;

    @Autowired
    StateRegister register;

    @Autowired
    MockMvc mvc;

    @Test
    void aGoodFileAddsTheStateAndRecordsTheDepositsWithTheirEntryIntoForce() {
        ImportReport report = importer.importCsv(GOOD_FILE);

        assertThat(report.accepted()).isTrue();
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.statesCreated()).isEqualTo(1);
        assertThat(report.statesChanged()).isZero();
        assertThat(report.participationsRecorded()).isEqualTo(2);

        State faroe = register.find("FRO").orElseThrow();
        assertThat(faroe.iso2()).isEqualTo("FO");
        assertThat(faroe.region()).isEqualTo(UnRegion.EUROPE);
        assertThat(faroe.names()).isEqualTo(new StateNames("Faroe Islands", "Îles Féroé", "Islas Feroe"));
        Participation faroeCcm = register.participation(faroe, register.ccm()).orElseThrow();
        assertThat(faroeCcm.entryIntoForce()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(faroeCcm.depositType()).isEqualTo(DepositType.ACCESSION);
        assertThat(faroeCcm.source()).isEqualTo("Test notification");
        Participation tuvalu = register.participation(register.get("TUV"), register.ccm()).orElseThrow();
        assertThat(tuvalu.entryIntoForce()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void anImportedStateIsFoundByItsNameInEachLanguage() throws Exception {
        importer.importCsv(GOOD_FILE);

        String french = mvc.perform(get("/states").param("lang", "fr").param("q", "feroe"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(french).select("#state-results tbody a").eachAttr("href"))
                .containsExactly("/states/FRO");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        importer.importCsv(GOOD_FILE);

        ImportReport again = importer.importCsv(GOOD_FILE);

        assertThat(again.accepted()).isTrue();
        assertThat(again.rows()).isEqualTo(2);
        assertThat(again.statesCreated()).isZero();
        assertThat(again.statesChanged()).isZero();
        assertThat(again.participationsRecorded()).isZero();
    }

    @Test
    void aNewNameInAFileChangesTheStateOnly() {
        ImportReport report = importer.importCsv("iso3,name_fr\nTUV,Les Tuvalu\n".getBytes(StandardCharsets.UTF_8));

        assertThat(report.statesChanged()).isEqualTo(1);
        assertThat(report.participationsRecorded()).isZero();
        assertThat(register.get("TUV").names()).isEqualTo(new StateNames("Tuvalu", "Les Tuvalu", "Tuvalu"));
    }

    @Test
    void theExportReadBackChangesNothing() throws Exception {
        byte[] export = mvc.perform(get("/states/export.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ccm-states.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> lines = parse(export);

        ImportReport report = importer.importCsv(export);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(197);
        assertThat(report.accepted()).isTrue();
        assertThat(report.rows()).isEqualTo(lines.size());
        assertThat(report.statesCreated()).isZero();
        assertThat(report.statesChanged()).isZero();
        assertThat(report.participationsRecorded()).isZero();
    }

    @Test
    void theExportCarriesEveryReferenceDepositWithItsComputedEntryIntoForce() throws Exception {
        List<CSVRecord> lines = parse(mvc.perform(get("/states/export.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        assertThat(lines).filteredOn(line -> line.get("treaty").equals("CCM")).hasSizeGreaterThanOrEqualTo(113);
        assertThat(lines).filteredOn(line -> line.get("iso3").equals("VUT")).singleElement()
                .satisfies(line -> assertThat(line.get("entry_into_force")).isEqualTo("2026-03-01"));
        assertThat(lines).filteredOn(line -> line.get("iso3").equals("LTU")).singleElement()
                .satisfies(line -> assertThat(line.get("status")).isEqualTo("NOT_PARTY"));
    }

    @Test
    void theExportNeutralisesAFormulaInAStateName() throws Exception {
        State tuvalu = register.get("TUV");
        register.describe("TUV", tuvalu.version(), tuvalu.unMembership(), tuvalu.region(),
                new StateNames("=HYPERLINK(\"http://evil.example\",\"Tuvalu\")", null, null));

        List<CSVRecord> lines = parse(mvc.perform(get("/states/export.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        assertThat(lines).filteredOn(line -> line.get("iso3").equals("TUV")).singleElement()
                .satisfies(line -> assertThat(line.get("name_en"))
                        .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Tuvalu\")"));
    }

    @Test
    void aNameThatLooksLikeAFormulaSurvivesExportAndImport() throws Exception {
        State tuvalu = register.get("TUV");
        register.describe("TUV", tuvalu.version(), tuvalu.unMembership(), tuvalu.region(),
                new StateNames("-Tuvalu-", "=Tuvalu", "@Tuvalu"));
        byte[] export = mvc.perform(get("/states/export.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        ImportReport report = importer.importCsv(export);

        assertThat(report.statesChanged()).isZero();
        assertThat(register.get("TUV").names()).isEqualTo(new StateNames("-Tuvalu-", "=Tuvalu", "@Tuvalu"));
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(RegisterCsv.COLUMNS);
            return parser.getRecords();
        }
    }
}
