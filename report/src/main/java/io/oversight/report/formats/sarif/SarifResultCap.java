package io.oversight.report.formats.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Finding;
import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The results one run may carry: all of them up to the cap; beyond it the open findings before the
 * waived ones and the most severe first, in the assessment's order, and an invocation whose tool
 * notification says how many were left out, so a dashboard never looks complete when it is not.
 */
record SarifResultCap(List<Finding> kept, int total, int cap) {

    private static final Comparator<Finding> FIRST_KEPT = Comparator.comparing(Finding::waived).thenComparing(Finding::severity);

    static SarifResultCap of(List<Finding> findings, int cap) {
        if (findings.size() <= cap) {
            return new SarifResultCap(findings, findings.size(), cap);
        }
        Set<Finding> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        findings.stream().sorted(FIRST_KEPT).limit(cap).forEach(chosen::add);
        return new SarifResultCap(findings.stream().filter(chosen::contains).toList(), findings.size(), cap);
    }

    int omitted() {
        return total - kept.size();
    }

    /** {@code run.invocations}, written only when results were left out. */
    void writeInvocations(JsonGenerator g) throws IOException {
        if (omitted() == 0) {
            return;
        }
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        g.writeStartObject();
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", "results-cut");
        g.writeEndObject();
        g.writeStringField("level", "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", omitted() + " of " + total + " results are left out: code scanning takes at most " + cap
                + " results per run. The open findings, most severe first, were kept; every finding is in the JSON report.");
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("resultsTotal", total);
        g.writeNumberField("resultsOmitted", omitted());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }
}
