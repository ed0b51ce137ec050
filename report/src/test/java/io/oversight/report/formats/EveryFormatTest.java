package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.engine.Assessment;
import io.oversight.report.Renderers;
import io.oversight.report.SampleAssessments;
import io.oversight.report.formats.markdown.MarkdownRenderer;
import io.oversight.report.pdf.PdfA;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered format, for every sample, gives the same bytes when rendered twice and is valid
 * by its own standard. The formats come from the registry, so a new one is in these tests as soon
 * as it is registered, and fails them until it has a validity check here.
 */
class EveryFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A format's validity check: throws an AssertionError, saying why, when the output is not valid. */
    @FunctionalInterface
    private interface Validity {
        void check(byte[] output);
    }

    private static final Map<String, Validity> VALIDITY = Map.of(
            "text", EveryFormatTest::plainText,
            "json", output -> assertThat(json(output).path("schemaVersion").asInt()).isEqualTo(1),
            "pdf", output -> assertThat(PdfA.failures(output)).as("veraPDF rule failures").isEmpty(),
            "sarif", output -> assertThat(JsonSchemas.errors(JsonSchemas.SARIF, json(output))).isEmpty(),
            "junit", EveryFormatTest::wellFormedXml,
            "markdown", output -> assertThat(plainText(output)).hasSizeLessThan(MarkdownRenderer.LIMIT),
            "oscal", output -> assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, json(output))).isEmpty(),
            "oscal-poam", output -> assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_POAM, json(output))).isEmpty(),
            "csv", output -> assertThat(CsvRendererTest.Rfc4180.parse(utf8(output))).isNotEmpty(),
            "github", EveryFormatTest::workflowCommands);

    static Stream<Arguments> everyFormatForEverySample() {
        List<Arguments> cases = new ArrayList<>();
        for (String format : Renderers.names()) {
            for (String sample : SampleAssessments.ALL) {
                cases.add(Arguments.of(format, sample));
            }
        }
        return cases.stream();
    }

    @Test
    void everyRegisteredFormatHasAValidityCheck() {
        assertThat(VALIDITY.keySet()).containsExactlyInAnyOrderElementsOf(Renderers.names());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("everyFormatForEverySample")
    void theSameAssessmentGivesTheSameValidBytes(String format, String sample) {
        Assessment a = SampleAssessments.assess(sample);
        byte[] first = Rendered.bytes(format, a);
        assertThat(first).isNotEmpty();
        assertThat(Rendered.bytes(format, a)).isEqualTo(first);
        assertThat(VALIDITY).as("a validity check for " + format).containsKey(format);
        VALIDITY.get(format).check(first);
    }

    /** Strict UTF-8 without terminal escapes or other control characters but line feeds. */
    private static String plainText(byte[] output) {
        String text = utf8(output);
        assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
        return text;
    }

    /** Annotations the Actions runner parses, one a line, then the summary as a plain line that is no command. */
    private static void workflowCommands(byte[] output) {
        List<String> lines = plainText(output).lines().toList();
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line)
                .matches("::(error|warning|notice) file=[^,:]+(,line=[0-9]+(,col=[0-9]+)?)?,title=[^,:]+::[^\\r]+"));
        assertThat(lines.get(lines.size() - 1)).startsWith("oversight: ").doesNotStartWith("::");
    }

    private static String utf8(byte[] output) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(output)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8: " + e, e);
        }
    }

    private static JsonNode json(byte[] output) {
        try {
            return JSON.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wellFormedXml(byte[] output) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(output));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e, e);
        }
    }
}
