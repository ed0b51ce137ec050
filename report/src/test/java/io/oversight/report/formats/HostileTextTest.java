package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.engine.Subject;
import io.oversight.report.SampleAssessments;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A finding whose text holds what each format has to escape: line breaks, quotes, commas, markup,
 * a control character, a mention, and an id a spreadsheet would run as a formula. Every format
 * stays valid and shows the text as text.
 */
class HostileTextTest {

    private static final String MESSAGE = "first line\nsecond, \"quoted\" <b>bold</b> & `code` | pipe @platform-team \u0001 end";
    private static final String SUBJECT = "=HYPERLINK(\"http://example.invalid\")";

    private static Assessment hostile() {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        List<Finding> findings = new ArrayList<>(kiro.findings());
        Finding f = findings.get(0);
        findings.set(0, new Finding(f.fingerprint(), f.control(), f.title(), f.severity(), new Subject(f.subject().kind(), SUBJECT,
                f.subject().agentId()), MESSAGE, MESSAGE, f.items(), f.remediation(), f.evidence(), f.references(), f.waiver()));
        return new Assessment(kiro.input(), kiro.catalog(), kiro.asOf(), kiro.failOn(), findings, kiro.controls(), kiro.waivers(),
                kiro.frameworks());
    }

    @Test
    void sarifAndOscalStayValidAndKeepTheText() {
        Assessment a = hostile();
        JsonNode sarif = Rendered.json("sarif", a);
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).isEmpty();
        assertThat(sarif.get("runs").get(0).get("results").get(0).get("message").get("text").asText()).isEqualTo(MESSAGE);
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, Rendered.json("oscal", a))).isEmpty();
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_POAM, Rendered.json("oscal-poam", a))).isEmpty();
    }

    @Test
    void junitStaysWellFormedWithTheControlCharacterReplaced() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Rendered.bytes("junit", hostile())));
        Element failure = null;
        for (int i = 0; i < doc.getElementsByTagName("failure").getLength(); i++) {
            Element candidate = (Element) doc.getElementsByTagName("failure").item(i);
            if (candidate.getAttribute("message").startsWith("first line")) {
                failure = candidate;
            }
        }
        assertThat(failure).as("the failure of the hostile finding").isNotNull();
        assertThat(failure.getAttribute("message")).doesNotContain("\u0001");
        assertThat(failure.getTextContent()).contains("second, \"quoted\" <b>bold</b> & `code` | pipe @platform-team \uFFFD end");
        assertThat(failure.getTextContent()).doesNotContain("\u0001");
    }

    @Test
    void csvQuotesTheTextAndDisarmsTheFormula() {
        List<List<String>> records = CsvRendererTest.Rfc4180.parse(Rendered.text("csv", hostile()));
        assertThat(records).hasSize(hostile().findings().size() + 1);
        assertThat(records.get(1).get(9)).as("its control character written as an escape").isEqualTo(MESSAGE.replace("\u0001", "\\u0001"));
        assertThat(records.get(1).get(5)).isEqualTo("'" + SUBJECT);
    }

    @Test
    void markdownShowsTheTextWithoutMarkupOrMention() {
        String md = Rendered.text("markdown", hostile());
        String entry = md.substring(md.indexOf("#### Findings"));
        assertThat(entry).contains("first line second, \"quoted\" \\<b\\>bold\\</b\\> & \\`code\\` \\| pipe @\u200Bplatform-team")
                .doesNotContain("<b>", "@platform-team");
    }

    /** A CI runner reads a line of a job's log that begins with "::" as a command: the text report writes none. */
    @Test
    void theTextReportKeepsAValueOnItsLineAndBeginsNoLineWithTwoColons() {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        List<Finding> findings = new ArrayList<>(kiro.findings());
        Finding f = findings.get(0);
        String injected = "arn:aws:s3:::b\n::warning file=x.yaml,line=1::injected " + "word ".repeat(13) + "::error file=y::wrapped";
        findings.set(0, new Finding(f.fingerprint(), f.control(), f.title(), f.severity(), f.subject(), injected, injected, f.items(), f.remediation(), f.evidence(),
                f.references(), f.waiver()));
        Assessment a = new Assessment(kiro.input(), kiro.catalog(), kiro.asOf(), kiro.failOn(), findings, kiro.controls(), kiro.waivers(),
                kiro.frameworks());
        String text = Rendered.text("text", a);
        assertThat(text.lines()).noneMatch(line -> line.stripLeading().startsWith("::"));
        assertThat(text).contains("arn:aws:s3:::b\\n::warning file=x.yaml,line=1::injected");
        java.io.ByteArrayOutputStream wrapped = new java.io.ByteArrayOutputStream();
        try {
            Rendered.renderer("text").render(a, new io.oversight.report.RenderOptions(false, io.oversight.report.RenderOptions.Paper.A4,
                    new io.oversight.report.RenderOptions.Display(60, io.oversight.catalog.Severity.LOW, false)), wrapped);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(wrapped.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
                .noneMatch(line -> line.stripLeading().startsWith("::"))
                .anyMatch(line -> line.stripLeading().startsWith("\\::error file=y::wrapped"));
    }
}
