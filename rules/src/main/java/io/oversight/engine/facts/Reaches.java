package io.oversight.engine.facts;

/**
 * {@code from} can get {@code to} to act, directly or through a chain of delegations;
 * {@code firstHopPath} locates the delegation of {@code from} where the chain starts (its {@code delegatesTo}
 * entry, or the line of its runtime file).
 * Derived only for a {@code to} that holds an ungated high-impact production grant; see
 * {@link DelegationGraph} for which first hop is chosen when several chains lead there.
 */
public record Reaches(String from, String to, String firstHopPath) {
}
