package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The report is a record: the same assessment gives the same bytes, and veraPDF accepts it as PDF/A-1b. */
class ArchivalTest {

    @BeforeAll
    static void initialiseValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theSameAssessmentGivesTheSameBytes() {
        Assessment kiro = Samples.assess("kiro-incident.yaml");
        byte[] first = Samples.render(kiro, RenderOptions.PLAIN);
        byte[] second = Samples.render(Samples.assess("kiro-incident.yaml"), RenderOptions.PLAIN);
        assertThat(second).isEqualTo(first);
    }

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

    @ParameterizedTest(name = "{0} on {1} paper is PDF/A-1b")
    @CsvSource({"kiro-incident.yaml, A4", "platform-team.yaml, A4", "kiro-remediated.yaml, A4", "minimal.yaml, A4", "kiro-incident.yaml, LETTER"})
    void veraPdfFindsTheReportCompliant(String sample, RenderOptions.Paper paper) throws Exception {
        byte[] pdf = Samples.render(Samples.assess(sample), RenderOptions.PLAIN.withPaper(paper));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.toList());
            assertThat(failures).as("veraPDF rule failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
        }
    }
}
