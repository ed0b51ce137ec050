package io.oversight.report;

import io.oversight.engine.Assessment;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an assessment in one format. Renderers never change the assessment and never print elsewhere. */
public interface Renderer {

    /** The name users pass to {@code --format}. */
    String name();

    /** The usual file extension of this format, without the dot. */
    String extension();

    void render(Assessment assessment, RenderOptions options, OutputStream out) throws IOException;

    /** Whether the output is binary, and so never written to a terminal. */
    default boolean binary() {
        return false;
    }
}
