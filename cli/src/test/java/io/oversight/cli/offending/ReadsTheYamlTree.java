package io.oversight.cli.offending;

import io.oversight.deployment.yaml.SplitDocument;

/** Breaks the deployment module's privacy on purpose, for ArchitectureTest only: a command counting agents in the reader's split document. */
public final class ReadsTheYamlTree {

    private ReadsTheYamlTree() {
    }

    static int agents(SplitDocument document) {
        return document.itemCount();
    }
}
