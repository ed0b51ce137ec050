package io.oversight.access;

import io.oversight.deployment.SourceMap;

/**
 * An agent the file gives no permissions at all: none of its own, written or imported, and none
 * its identity borrows. The permission controls then have nothing of it to examine, so a
 * report says so rather than let a PASS cover what the file may have left out.
 */
public record AgentWithoutPermissions(String agentId, SourceMap.Location declared) {
}
