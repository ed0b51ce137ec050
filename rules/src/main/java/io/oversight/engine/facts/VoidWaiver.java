package io.oversight.engine.facts;

/**
 * A waiver that waives nothing, for a reason {@link io.oversight.engine.WaiverValidity} decides.
 */
public record VoidWaiver(int index, VoidReason reason) {
}
