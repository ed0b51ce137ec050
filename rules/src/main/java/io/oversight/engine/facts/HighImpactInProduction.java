package io.oversight.engine.facts;

/** The agent itself holds at least one high-impact verb in a production environment. */
public record HighImpactInProduction(String agentId) {
}
