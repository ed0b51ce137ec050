package io.oversight.report.offending;

import io.oversight.cli.ExitCode;
import io.oversight.deployment.yaml.YNode;
import io.oversight.engine.ComplianceEngine;
import io.oversight.engine.facts.Grant;

/**
 * Breaks four rules on purpose, for ArchitectureTest only: a renderer that uses the command line,
 * reads the YAML tree, runs the engine and reads a DRL fact.
 */
public final class ReachesIntoTheEngine {

    private ReachesIntoTheEngine() {
    }

    static Class<?> exitCodes() {
        return ExitCode.class;
    }

    static boolean empty(YNode node) {
        return node == null;
    }

    static ComplianceEngine engine() {
        return ComplianceEngine.builtIn();
    }

    static String action(Grant grant) {
        return grant.action();
    }
}
