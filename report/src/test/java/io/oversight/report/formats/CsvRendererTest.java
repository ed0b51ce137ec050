package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.SampleAssessments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV for spreadsheets and GRC imports: a header and one RFC 4180 record per finding. */
class CsvRendererTest {

    private static final List<String> HEADER = List.of("fingerprint", "control", "title", "severity", "subject_kind", "subject_id",
            "file", "line", "column", "message", "remediation", "waived", "waiver_approver", "waiver_expiry", "baseline_state");

    static List<String> samples() {
        return SampleAssessments.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void parsesBackToAHeaderAndOneRowPerFinding(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        Rendered.keep("csv", a, sample);
        String csv = Rendered.text("csv", a);
        List<List<String>> records = Rfc4180.parse(csv);
        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records).hasSize(a.findings().size() + 1);
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(HEADER.size()));
        assertThat(csv).endsWith("\r\n");
        for (int i = 0; i < a.findings().size(); i++) {
            Finding f = a.findings().get(i);
            assertThat(records.get(i + 1)).containsExactly(f.fingerprint(), f.control(), f.title(), f.severity().label(),
                    f.subject().kind(), f.subject().id(), f.primaryEvidence().file(), Integer.toString(f.primaryEvidence().line()),
                    Integer.toString(f.primaryEvidence().column()), f.message(), f.remediation(), Boolean.toString(f.waived()),
                    f.waived() ? f.waiver().approvedBy() : "", f.waived() ? f.waiver().expires().toString() : "", "");
        }
    }

    /** Against a baseline, each row says whether its finding is new, as the JSON and SARIF outputs do. */
    @Test
    void withABaselineEachRowSaysWhetherItsFindingIsNew(@TempDir Path dir) throws Exception {
        Path sample = SampleAssessments.path("kiro-incident.yaml");
        LocalDate asOf = SampleAssessments.AS_OF;
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode earlier = (ObjectNode) mapper.readTree(Rendered.text("json", Oversight.check(CheckRequest.of(sample).asOf(asOf)).assessment()));
        ArrayNode findings = (ArrayNode) earlier.get("findings");
        String dropped = findings.get(0).get("fingerprint").asText();
        findings.remove(0);
        Path baseline = Files.write(dir.resolve("last-report.json"), mapper.writeValueAsBytes(earlier));

        Assessment now = Oversight.check(CheckRequest.of(sample).asOf(asOf).baseline(baseline, true)).assessment();
        List<List<String>> records = Rfc4180.parse(Rendered.text("csv", now));
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(0) + " " + r.get(HEADER.size() - 1))
                .hasSize(now.findings().size())
                .contains(dropped + " new")
                .filteredOn(r -> !r.startsWith(dropped)).allMatch(r -> r.endsWith(" unchanged"));
    }

    @Test
    void aWaivedRowNamesTheApproverAndExpiry() {
        List<List<String>> records = Rfc4180.parse(Rendered.text("csv", SampleAssessments.assess("platform-team.yaml")));
        List<List<String>> waived = records.stream().filter(r -> r.get(11).equals("true")).toList();
        assertThat(waived).hasSize(1);
        assertThat(waived.get(0).subList(1, 2)).containsExactly("PM-01");
        assertThat(waived.get(0).subList(12, 14)).containsExactly("katrin-vogel", "2027-03-31");
    }

    @Test
    void aLargeDeploymentHasARowPerFinding() {
        Assessment large = SampleAssessments.large(110);
        assertThat(Rfc4180.parse(Rendered.text("csv", large))).hasSize(large.findings().size() + 1);
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; anything else fails. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            throw new AssertionError("unterminated quoted field");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(c);
                        }
                    }
                } else {
                    while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        char c = text.charAt(i++);
                        if (c == '"' || c == '\n') {
                            throw new AssertionError("unquoted field holds " + (c == '"' ? "a quote" : "a line feed"));
                        }
                        field.append(c);
                    }
                }
                record.add(field.toString());
                field.setLength(0);
                if (i < text.length() && text.charAt(i) == ',') {
                    i++;
                } else if (text.startsWith("\r\n", i)) {
                    records.add(record);
                    record = new ArrayList<>();
                    i += 2;
                } else if (i < text.length()) {
                    throw new AssertionError("expected a comma or CRLF at " + i);
                }
            }
            if (!record.isEmpty()) {
                throw new AssertionError("the last record does not end in CRLF");
            }
            return records;
        }
    }
}
