package io.oversight.engine.facts;

/**
 * An environment of kind production; {@code critical} as {@code Environment.critical()} defines it,
 * {@code unrated} when the file gives it no criticality ({@code Environment.unratedProduction()}).
 */
public record ProductionEnvironment(String name, boolean critical, boolean unrated) {
}
