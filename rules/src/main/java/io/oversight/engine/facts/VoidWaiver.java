package io.oversight.engine.facts;

/**
 * A waiver that waives nothing, for a reason of {@link io.oversight.engine.WaiverValidity}:
 * {@code expired} or {@code self-approved}.
 */
public record VoidWaiver(int index, String reason) {
}
