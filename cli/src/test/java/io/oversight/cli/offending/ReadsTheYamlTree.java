package io.oversight.cli.offending;

import io.oversight.deployment.InputLimits;

/** Breaks the deployment module's privacy on purpose, for ArchitectureTest only: a command setting the reader's limits. */
public final class ReadsTheYamlTree {

    private ReadsTheYamlTree() {
    }

    static long maxFileBytes() {
        return InputLimits.DEFAULT.maxFileBytes();
    }
}
