package io.oversight.engine.facts;

/** An environment of kind production; {@code critical} as {@code Environment.critical()} defines it. */
public record ProductionEnvironment(String name, boolean critical) {
}
