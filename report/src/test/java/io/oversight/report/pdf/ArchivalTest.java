package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report is a record: dated by the as-of day, identified by its content, and PDF/A-3b to veraPDF on either paper. */
class ArchivalTest {

    @Test
    void datesComeFromTheAsOfDateAndTheIdFromTheContent() {
        Assessment kiro = Samples.assess("kiro-incident.yaml");
        String pdf = new String(Samples.render(kiro, RenderOptions.PLAIN), StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("/CreationDate(D:20261125000000Z)", "/ModDate(D:20261125000000Z)", "<xmp:CreateDate>2026-11-25T00:00:00Z");
        String id = DocumentIdentity.of(kiro, RenderOptions.PLAIN).hex().substring(0, 32).toUpperCase(Locale.ROOT);
        assertThat(pdf.toUpperCase(Locale.ROOT)).contains("/ID [<" + id + "><" + id + ">]");
        String letter = new String(Samples.render(kiro, RenderOptions.PLAIN.withPaper(RenderOptions.Paper.LETTER)), StandardCharsets.ISO_8859_1);
        assertThat(letter).doesNotContain("<" + id + ">");
    }

    /** Every sample on A4 is validated with every other format (EveryFormatTest); these are the cases beyond. */
    @ParameterizedTest(name = "{0} on {1} paper is PDF/A-3b")
    @CsvSource({"minimal.yaml, A4", "kiro-incident.yaml, LETTER"})
    void veraPdfFindsTheReportCompliant(String sample, RenderOptions.Paper paper) {
        byte[] pdf = Samples.render(Samples.assess(sample), RenderOptions.PLAIN.withPaper(paper));
        assertThat(PdfA.failures(pdf)).as("veraPDF rule failures").isEmpty();
    }
}
