package io.oversight.engine.facts;

/** An agent that acts without a human confirming each action (autonomous, or autonomy not stated). */
public record ActsAlone(String agentId) {
}
