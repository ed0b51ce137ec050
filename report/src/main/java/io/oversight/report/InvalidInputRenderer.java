package io.oversight.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A format that can say a deployment was not checked, listing its input's problems, without
 * claiming any result about it. A check with {@code --output-dir} writes this where the
 * deployment's report would be, so a folder uploaded or published shows the problems rather than
 * nothing, or an earlier run's report. The formats that do not implement it (JSON, SARIF, CSV, OSCAL,
 * the PDF) have no such form: an empty list of results there reads as "nothing found", and code
 * scanning would close the deployment's open alerts as fixed.
 */
public interface InvalidInputRenderer extends Renderer {

    void renderInvalid(InvalidInput input, OutputStream out) throws IOException;
}
