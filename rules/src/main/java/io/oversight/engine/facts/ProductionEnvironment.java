package io.oversight.engine.facts;

/** An environment of kind production; {@code critical} when its criticality is critical or high. */
public record ProductionEnvironment(String name, boolean critical) {
}
