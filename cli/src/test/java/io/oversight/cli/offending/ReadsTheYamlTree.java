package io.oversight.cli.offending;

import io.oversight.deployment.read.Vocabulary;
import java.util.List;

/** Breaks the deployment module's privacy on purpose, for ArchitectureTest only: a command reading the reader's word lists. */
public final class ReadsTheYamlTree {

    private ReadsTheYamlTree() {
    }

    static List<String> verbs() {
        return Vocabulary.VERBS;
    }
}
