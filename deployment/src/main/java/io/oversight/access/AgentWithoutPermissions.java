package io.oversight.access;

import io.oversight.deployment.SourceMap;

/**
 * An agent the file gives no right at all: no permission entry of its own, written or imported,
 * or its identity borrows, or only entries that grant nothing (no actions, Deny statements alone).
 * The permission controls then have nothing of it to examine, so a report says so rather than let
 * a PASS cover what the file may have left out.
 */
public record AgentWithoutPermissions(String agentId, SourceMap.Location declared) {
}
