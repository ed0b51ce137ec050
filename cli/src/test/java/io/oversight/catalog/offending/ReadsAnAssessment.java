package io.oversight.catalog.offending;

import io.oversight.engine.Assessment;

/** Breaks the layering on purpose, for ArchitectureTest only: the catalog reading the engine's result. */
public final class ReadsAnAssessment {

    private ReadsAnAssessment() {
    }

    static String verdict(Assessment assessment) {
        return assessment.verdict().label();
    }
}
