package io.oversight.engine.facts;

/** The agent acts alone or is high-risk, so named, trained humans must oversee it. */
public record NeedsOversight(String agentId) {
}
