package io.oversight.deployment.model;

import io.oversight.catalog.action.ActionPattern;
import io.oversight.catalog.action.Glob;
import java.util.List;

/**
 * A Deny statement of an IAM policy: its actions ({@code NotAction}'s when {@code notAction}),
 * its resources ({@code NotResource}'s when {@code notResource}), and whether a condition limits
 * it. An imported policy's rights are already less what its denies take from all their resources;
 * the statements are kept to judge one request on one resource, such as taking on one role.
 */
public record IamDeny(String origin, boolean notAction, List<String> actions, boolean notResource, List<String> resources,
                      boolean conditional) {

    public IamDeny {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    /** The statement as cited from another policy than the one it denies in: its origin names {@code file}. */
    public IamDeny in(String file) {
        return new IamDeny(origin + " of " + file, notAction, actions, notResource, resources, conditional);
    }

    /**
     * Whether the statement denies the concrete {@code action} on the concrete {@code resource}
     * whatever the request's context: it has no condition (conditions are not evaluated), and no
     * policy variable in its resources (AWS puts their values in at request time).
     */
    public boolean surelyDenies(String action, String resource) {
        if (conditional || resources.stream().anyMatch(r -> r.contains("${"))) {
            return false;
        }
        boolean listedAction = actions.stream().anyMatch(a -> ActionPattern.of(a).matches(action));
        boolean listedResource = resources.stream().anyMatch(r -> Glob.exact(r).matches(resource));
        return listedAction != notAction && listedResource != notResource;
    }
}
