package io.oversight.engine.facts;

/**
 * {@code from} can get {@code to} to act, directly or through a chain of delegations;
 * {@code firstHopPath} locates the {@code delegatesTo} entry of {@code from} where the chain starts.
 */
public record Reaches(String from, String to, String firstHopPath) {
}
