package io.oversight.report.formats.sarif;

import io.oversight.engine.Finding;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The results one run may carry: all of them up to the cap; beyond it the open findings before the
 * waived ones and the most severe first, in the assessment's order; {@link SarifInvocations} says
 * how many were left out, so a dashboard never looks complete when it is not.
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
}
