package io.oversight.engine.facts;

/**
 * The people who may approve at a checkpoint without being the agent's owner or the person whose
 * credentials it acts with.
 */
public record ApproverPool(String checkpointPath, int size) {
}
