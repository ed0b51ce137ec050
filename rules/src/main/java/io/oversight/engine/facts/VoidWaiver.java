package io.oversight.engine.facts;

/** A waiver that waives nothing, and why. */
public record VoidWaiver(int index, VoidReason reason) {
}
