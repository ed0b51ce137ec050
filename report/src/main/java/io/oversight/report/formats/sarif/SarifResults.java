package io.oversight.report.formats.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.AppliedWaiver;
import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.formats.JsonOutput;
import io.oversight.report.formats.UriReference;
import java.io.IOException;

/**
 * One SARIF result per finding, in the assessment's order. Every evidence entry is a location, the
 * primary one first; the fingerprint lets code scanning follow an alert across commits; a waiver
 * becomes an external, accepted suppression, so the alert is closed as accepted rather than lost.
 * With a baseline, each result's {@code baselineState} is new or unchanged, as SARIF names them. A
 * result is an error only when the exit code follows it, as the GitHub annotations say.
 */
final class SarifResults {

    /** The key of our fingerprint in {@code partialFingerprints}; versioned in case its recipe changes. */
    static final String FINGERPRINT_KEY = "oversight/v1";

    private final SarifRules rules;
    /** The assessment, which says which findings the exit code follows. */
    private final Assessment assessment;
    /** The comparison with an earlier run, or null: with one, each result says whether it is new or unchanged. */
    private final Baseline baseline;

    SarifResults(SarifRules rules, Assessment assessment) {
        this.rules = rules;
        this.assessment = assessment;
        this.baseline = assessment.baseline();
    }

    void write(JsonGenerator g, Iterable<Finding> findings) throws IOException {
        g.writeArrayFieldStart("results");
        for (Finding f : findings) {
            result(g, f);
        }
        g.writeEndArray();
    }

    private void result(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.control());
        g.writeNumberField("ruleIndex", rules.index(f.control()));
        g.writeStringField("level", SarifSeverity.resultLevel(f.severity(), assessment.gates(f)));
        JsonOutput.text(g, "message", f.message());
        if (baseline != null) {
            g.writeStringField("baselineState", baseline.state(f));
        }
        g.writeArrayFieldStart("locations");
        for (Evidence e : f.evidence()) {
            location(g, e);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, f.fingerprint());
        g.writeEndObject();
        if (f.waived()) {
            suppression(g, f.waiver());
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("security-severity", SarifSeverity.securitySeverity(f.severity()));
        g.writeStringField("subjectKind", f.subject().kind());
        g.writeStringField("subjectId", f.subject().id());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The YAML path of the evidence goes in the location's message: it says which value is meant. */
    private static void location(JsonGenerator g, Evidence e) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", UriReference.of(e.file()));
        g.writeEndObject();
        // A region needs a line; evidence for a whole file (line 0) has none.
        if (e.line() >= 1) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", e.line());
            if (e.column() >= 1) {
                g.writeNumberField("startColumn", e.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (e.path() != null && !e.path().isEmpty()) {
            JsonOutput.text(g, "message", e.path());
        }
        g.writeEndObject();
    }

    /** SARIF has no expiry or approver field for a suppression; they go in its property bag. */
    private static void suppression(JsonGenerator g, AppliedWaiver w) throws IOException {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "external");
        g.writeStringField("status", "accepted");
        g.writeStringField("justification", w.justification());
        g.writeObjectFieldStart("properties");
        g.writeStringField("approvedBy", w.approvedBy());
        g.writeStringField("expires", w.expires().toString());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }
}
