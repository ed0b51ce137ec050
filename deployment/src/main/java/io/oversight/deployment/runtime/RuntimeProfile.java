package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/** A named set of settings the runtime can be started with (Codex's {@code [profiles.NAME]}); null fields are not set by it. */
public record RuntimeProfile(String name, Position position, Located<ApprovalMode> mode, Located<Sandbox> sandbox) {
}
