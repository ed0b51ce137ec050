package io.oversight.deployment.offending;

import io.oversight.engine.Finding;

/** Breaks the layering on purpose, for ArchitectureTest only: the deployment module reading a finding. */
public final class ReadsAFinding {

    private ReadsAFinding() {
    }

    static String control(Finding finding) {
        return finding.control();
    }
}
