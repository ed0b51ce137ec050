package io.oversight.engine;

import io.oversight.catalog.Control;

/** The outcome of one control, with its findings and how many of them are waived. */
public record ControlResult(Control control, ControlStatus status, int findings, int waived) {
}
