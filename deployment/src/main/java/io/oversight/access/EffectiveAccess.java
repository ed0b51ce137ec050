package io.oversight.access;

import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import io.oversight.catalog.action.ActionClassifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The effective access of a deployment's agents: what each identity can do in each environment
 * once IAM policies and RBAC manifests are imported and every action classified, with where each
 * right was written. It classifies exactly as the rules do (by {@link ActionClassifier}), so what
 * it shows is what the controls judged.
 */
public final class EffectiveAccess {

    private EffectiveAccess() {
    }

    public static List<AgentAccess> of(DeploymentFile input) {
        Map<String, Environment> environments = input.deployment().environments().stream()
                .collect(Collectors.toMap(Environment::name, Function.identity(), (a, b) -> a));
        List<AgentAccess> agents = new ArrayList<>();
        for (Agent agent : input.deployment().agents()) {
            Map<String, List<Right>> rights = new LinkedHashMap<>();
            Map<String, List<Right>> denied = new LinkedHashMap<>();
            for (Permission permission : agent.permissions()) {
                List<Right> here = rights.computeIfAbsent(permission.environment(), e -> new ArrayList<>());
                List<Right> deniedHere = denied.computeIfAbsent(permission.environment(), e -> new ArrayList<>());
                if (permission.isImported()) {
                    permission.source().rights().forEach(r -> here.add(imported(r, input.sources())));
                    permission.source().denied().forEach(r -> deniedHere.add(imported(r, input.sources())));
                } else {
                    for (int i = 0; i < permission.actions().size(); i++) {
                        here.add(written(permission, i, input.sources()));
                    }
                }
            }
            List<EnvironmentAccess> access = new ArrayList<>();
            rights.forEach((name, list) -> access.add(new EnvironmentAccess(name, environments.get(name), list, denied.get(name))));
            agents.add(new AgentAccess(agent.id(), agent.identity(), access));
        }
        return agents;
    }

    private static Right imported(ImportedRight right, SourceMap sources) {
        return new Right(right.action(), ActionClassifier.byDanger(ActionClassifier.verbs(right.action(), right.except())), right.except(),
                right.resources().stream().map(ImportedRight.Resource::pattern).distinct().toList(), right.conditions(), right.notes(),
                sources.resolve(right.evidencePath()), right.origin());
    }

    private static Right written(Permission permission, int index, SourceMap sources) {
        String action = permission.actions().get(index);
        return new Right(action, ActionClassifier.byDanger(ActionClassifier.verbs(action)), List.of(), permission.resources(), List.of(),
                List.of(), sources.resolve(permission.path() + "/actions/" + index), "");
    }
}
