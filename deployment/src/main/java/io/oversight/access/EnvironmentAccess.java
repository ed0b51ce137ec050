package io.oversight.access;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.Criticality;
import io.oversight.deployment.model.EnvironmentKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an identity can do in one environment: its rights in the order they were written, and the
 * imported rights a deny removed (shown so that nobody wonders where they went). {@code declared}
 * is the environment as the deployment describes it, null when it describes none of that name.
 */
public record EnvironmentAccess(String environment, Environment declared, List<Right> rights, List<Right> denied) {

    public EnvironmentAccess {
        rights = List.copyOf(rights);
        denied = List.copyOf(denied);
    }

    /** Every verb the identity holds here, most dangerous first. */
    public List<Verb> verbs() {
        Set<Verb> all = EnumSet.noneOf(Verb.class);
        rights.forEach(r -> all.addAll(r.verbs()));
        return ActionClassifier.byDanger(all);
    }

    /** The environment's kind, null when not stated. */
    public EnvironmentKind kind() {
        return declared == null ? null : declared.kind();
    }

    /** The environment's criticality, null when not stated. */
    public Criticality criticality() {
        return declared == null ? null : declared.criticality();
    }

    /** Whether the environment is production, as {@link Environment#production()} defines it. */
    public boolean production() {
        return declared != null && declared.production();
    }

    /** Whether an action no rule classifies counts as destructive here, as {@link Environment#mayBeCritical()} says. */
    public boolean unknownDestroys() {
        return declared != null && declared.mayBeCritical();
    }

    /** Whether the environment is critical, as {@link Environment#critical()} defines it. */
    public boolean critical() {
        return declared != null && declared.critical();
    }
}
