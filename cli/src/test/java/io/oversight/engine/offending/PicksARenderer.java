package io.oversight.engine.offending;

import io.oversight.report.Renderer;

/** Breaks the layering on purpose, for ArchitectureTest only: the engine choosing an output format. */
public final class PicksARenderer {

    private PicksARenderer() {
    }

    static String format(Renderer renderer) {
        return renderer.name();
    }
}
