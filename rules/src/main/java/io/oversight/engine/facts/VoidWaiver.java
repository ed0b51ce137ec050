package io.oversight.engine.facts;

/**
 * A waiver that waives nothing: {@code expired}, or {@code self-approved} (its approver owns the
 * waived agent while the control's default severity is high or critical).
 */
public record VoidWaiver(int index, String reason) {
}
