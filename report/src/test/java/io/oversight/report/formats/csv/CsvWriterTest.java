package io.oversight.report.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertThat(CsvWriter.field("HO-02")).isEqualTo("HO-02");
        assertThat(CsvWriter.field("")).isEmpty();
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvWriter.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.field("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
        assertThat(CsvWriter.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvWriter.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    /** A terminal's escape sequence or bell in a file name reaches whoever prints the file: written as an escape (report review). */
    @Test
    void controlCharactersButLineBreaksAreWrittenAsEscapes() {
        assertThat(CsvWriter.field("./k\u001b[31mred\u0007.yaml")).isEqualTo("./k\\u001b[31mred\\u0007.yaml");
        assertThat(CsvWriter.field("a\u202eb")).isEqualTo("a\\u202eb");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(CsvWriter.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.field("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvWriter.field("-x")).isEqualTo("'-x");
        assertThat(CsvWriter.field("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(CsvWriter.field("-3")).isEqualTo("-3");
        assertThat(CsvWriter.field("'quoted'")).isEqualTo("'quoted'");
    }

    @Test
    void recordsEndInCrlf() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.record(List.of("a", "b,c"));
        csv.record(Arrays.asList("", null));
        assertThat(out).hasToString("a,\"b,c\"\r\n,\r\n");
    }
}
