package org.ccmplatform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ccmplatform.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file with bad lines is refused whole. The first test is deliberately not @Transactional: the import's own
 * transaction must roll back, and only outside a test transaction can the test see that it did.
 */
@IntegrationTest
class RegisterImportRefusalIntegrationTest {

    static final String HEADER = "iso3,iso2,un_membership,region,name_en,name_fr,name_es,treaty,signature_date,"
            + "deposit_date,deposit_type,entry_into_force,withdrawal_notified,source\n";

    /** Three good lines (a change, a new State with its deposit, a corrected deposit), then seven bad ones. */
    static final String BAD_FILE = HEADER
            + "TUV,TV,MEMBER,OCEANIA,Tuvalu (renamed by a refused file)\n"
            + "BMU,BM,NON_MEMBER,AMERICAS,Bermuda,,,CCM,,2012-05-02,accession,2012-11-01\n"
            + "ZMB,,,,,,,CCM,,2009-08-13,ratification\n"
            + "\n"
            + "AFG,,,,,,,CCM,,2011-09-08,ratification,2011-01-01\n"
            + "FRA,,,,,,,XYZ\n"
            + "zmb,,,,,,,ccm,,2009-08-12,ratification\n"
            + "ZZZ,ZZ,MEMBER,EUROPE\n"
            + "CYM,KY,NON_MEMBER,AMERICAS,<script>alert(1)</script>\n"
            + "NOR,,,,,,,CCM,,2008-12-02,ratification\n"
            + "LTU,,,,,,,CCM,,2011-03-24,ratification,,2011-03-01\n";

    @Autowired
    RegisterImport importer;

    @Autowired
    StateRegister register;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEveryBadLineAndChangesNothing() {
        ImportRejected rejected = catchThrowableOfType(ImportRejected.class,
                () -> importer.importCsv(BAD_FILE.getBytes(StandardCharsets.UTF_8)));

        assertThat(rejected).isNotNull();
        assertThat(rejected.report().accepted()).isFalse();
        assertThat(rejected.report().problems())
                .extracting(ImportReport.RowProblem::line, ImportReport.RowProblem::column,
                        ImportReport.RowProblem::messageCode)
                .containsExactly(
                        tuple(6L, "entry_into_force", "import.row.entryIntoForceDiffers"),
                        tuple(7L, "treaty", "import.row.unknownTreaty"),
                        tuple(8L, "iso3", "import.row.duplicate"),
                        tuple(9L, "iso3", "state.iso3.unknown"),
                        tuple(10L, "name_en", "validation.plainText"),
                        tuple(11L, "deposit_date", "participation.deposit.beforeOpening"),
                        tuple(12L, "withdrawal_notified", "participation.withdrawal.beforeDeposit"));
        assertThat(rejected.report().problems().get(0).arguments())
                .containsExactly(LocalDate.of(2011, 1, 1), LocalDate.of(2012, 3, 1));
        assertThat(rejected.report().problems().get(2).arguments()).containsExactly("ZMB", "CCM");

        assertThat(register.get("TUV").names().en()).isEqualTo("Tuvalu");
        assertThat(register.find("BMU")).isEmpty();
        assertThat(register.find("CYM")).isEmpty();
        Participation zambia = register.participation(register.get("ZMB"), register.ccm()).orElseThrow();
        assertThat(zambia.depositDate()).isEqualTo(LocalDate.of(2009, 8, 12));
        Participation lithuania = register.participation(register.get("LTU"), register.ccm()).orElseThrow();
        assertThat(lithuania.withdrawalNotified()).isEqualTo(LocalDate.of(2024, 9, 6));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = (HEADER + "CIV,CI,MEMBER,AFRICA,,Côte d'Ivoire\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(fileProblem(latin1)).isEqualTo("import.file.notUtf8");
    }

    @Test
    void aFileOverOneMegabyteIsRefused() {
        byte[] large = (HEADER + "TUV,TV,MEMBER,OCEANIA,Tuvalu,,,,,,,,,"
                + "x".repeat(RegisterCsv.MAX_BYTES) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(fileProblem(large)).isEqualTo("import.file.tooLarge");
    }

    @Test
    void aFileWithoutAnIso3ColumnOrWithoutLinesIsRefused() {
        assertThat(fileProblem("state,iso2\nTuvalu,TV\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.noIso3Column");
        assertThat(fileProblem(HEADER.getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.empty");
    }

    @Test
    @Transactional
    void theImportPageListsEveryBadLineWithItsLineColumnAndMessage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(multipart("/states/import")
                        .file(new MockMultipartFile("file", "register.csv", "text/csv",
                                BAD_FILE.getBytes(StandardCharsets.UTF_8)))
                        .with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".alert-danger > p").text()).isEqualTo("Nothing was imported: 7 problems to correct.");
        List<String> lines = page.select(".alert-danger tbody tr").eachText();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("6 entry_into_force Entry into force 2011-01-01 does not follow from "
                + "the deposit: the treaty gives 2012-03-01.");
        assertThat(lines.get(1)).isEqualTo("7 treaty Unknown treaty “XYZ”.");
        assertThat(lines.get(4)).isEqualTo("10 name_en Plain text only: no HTML or script.");
    }

    @Test
    @Transactional
    void anEmptyUploadAsksForAFile() throws Exception {
        Document page = Jsoup.parse(mvc.perform(multipart("/states/import")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(user(users.loadUserByUsername("isu"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".alert-danger tbody tr").text()).isEqualTo("- Choose a file to import.");
    }

    private String fileProblem(byte[] content) {
        ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> importer.importCsv(content));
        assertThat(rejected).isNotNull();
        assertThat(rejected.report().problems()).hasSize(1);
        assertThat(rejected.report().problems().get(0).line()).isZero();
        return rejected.report().problems().get(0).messageCode();
    }
}
