package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/**
 * The platform identity an agent acts as, whose rights the permission importers read. {@code byDefault}
 * says the configuration names none and the platform's default applies (kagent creates a service
 * account named after the agent).
 */
public record RuntimeIdentity(Kind kind, String name, boolean byDefault, Position position) {

    public enum Kind {
        /** A Kubernetes service account, {@code namespace/name}: its rights come from the RBAC import. */
        SERVICE_ACCOUNT,
        /** An AWS IAM role, by ARN or by the template's reference to it: its rights come from the IAM import. */
        IAM_ROLE
    }
}
