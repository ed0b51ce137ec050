package io.oversight.engine.facts;

/** The agent itself holds at least one destructive verb, in any environment. */
public record HoldsDestructive(String agentId) {
}
