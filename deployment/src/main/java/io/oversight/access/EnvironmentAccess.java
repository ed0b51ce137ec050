package io.oversight.access;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.Criticality;
import io.oversight.deployment.model.EnvironmentKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an identity can do in one environment: its rights in the order they were written, and the
 * imported rights a deny removed (shown so that nobody wonders where they went). {@code kind} and
 * {@code criticality} are null when the environment does not state them.
 */
public record EnvironmentAccess(String environment, EnvironmentKind kind, Criticality criticality, List<Right> rights, List<Right> denied) {

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

    /** Production with criticality critical or high, as the rules define a critical environment. */
    public boolean critical() {
        return kind == EnvironmentKind.PRODUCTION && (criticality == Criticality.CRITICAL || criticality == Criticality.HIGH);
    }
}
