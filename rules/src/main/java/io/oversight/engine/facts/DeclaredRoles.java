package io.oversight.engine.facts;

import io.oversight.deployment.model.Role;
import java.util.List;

/** The roles the deployment declares ({@code roles[]}), together: a role chain is resolved over all of them at once. */
public record DeclaredRoles(List<Role> roles) {

    public DeclaredRoles {
        roles = List.copyOf(roles);
    }
}
