package io.oversight.engine.facts;

/** An effective checkpoint requiring {@code approvals} humans stands in front of a grant. */
public record Coverage(Grant grant, String checkpointPath, int approvals) {
}
