package org.ccmplatform.universalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ccmplatform.universalization.VoteCsv.Problem;
import org.ccmplatform.universalization.VoteCsv.Read;
import org.ccmplatform.universalization.VoteCsv.Row;
import org.junit.jupiter.api.Test;

/** Reading a file of General Assembly votes: each line with its number, or why the file cannot be read at all. */
class VoteCsvTest {

    @Test
    void eachLineIsReadWithItsNumberCountingTheHeader() {
        Read read = read("iso3,year,vote\nUSA,2016,NO\n\n  mys , 2016 , yes \n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(new Row(2, "USA", "2016", "NO", null),
                new Row(4, "mys", "2016", "yes", null));
    }

    @Test
    void anOptionalSourceColumnIsRead() {
        Read read = read("\uFEFFvote,iso3,year,source\nABSTAIN,CHN,2015,A/70/PV.67\n");

        assertThat(read.rows()).containsExactly(new Row(2, "CHN", "2015", "ABSTAIN", "A/70/PV.67"));
    }

    @Test
    void aMissingColumnIsNamed() {
        Read read = read("iso3,vote\nUSA,NO\n");

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).extracting(Problem::line, Problem::column, Problem::messageCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "year",
                        "universalization.import.missingColumn"));
    }

    @Test
    void anEmptyFileOrAFileOfHeaderOnlyHasNothingToImport() {
        assertThat(VoteCsv.read(new byte[0]).problems()).extracting(Problem::messageCode)
                .containsExactly("universalization.import.empty");
        assertThat(read("iso3,year,vote\n").problems()).extracting(Problem::messageCode)
                .containsExactly("universalization.import.empty");
    }

    @Test
    void aFileNotInUtf8IsRefused() {
        byte[] latin1 = "iso3,year,vote\nCIV,2016,YES,Côte\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(VoteCsv.read(latin1).problems()).extracting(Problem::messageCode)
                .containsExactly("universalization.import.notUtf8");
    }

    @Test
    void anEmptyCellIsReadAsMissing() {
        assertThat(read("iso3,year,vote\n,2016,\n").rows()).containsExactly(new Row(2, null, "2016", null, null));
    }

    private static Read read(String text) {
        return VoteCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
