package io.oversight.engine;

import io.oversight.catalog.Control;

/**
 * The outcome of one control: {@code pass}, {@code fail} (an unwaived finding), {@code waived}
 * (findings, all waived) or {@code not-evaluated} (no rule implements it yet, or it was not selected).
 */
public record ControlResult(Control control, String status, int findings, int waived) {
}
