package io.oversight.access;

import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Role;
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
 * right was written. Besides its own permissions, an agent holds those its identity borrows, as
 * the rules' derive.drl gives them: an inherited identity its operator's wherever the agent runs,
 * a shared identity those of every other agent with the same principal. An imported policy that
 * may assume a declared role holds the role's rights too ({@link RoleChains}). It classifies exactly as
 * the rules do (by {@link ActionClassifier}), so what it shows is what the controls judged.
 */
public final class EffectiveAccess {

    private EffectiveAccess() {
    }

    public static List<AgentAccess> of(DeploymentFile input) {
        Deployment deployment = input.deployment();
        Map<String, Environment> environments = deployment.environments().stream()
                .collect(Collectors.toMap(Environment::name, Function.identity(), (a, b) -> a));
        HeldPermissions holdings = new HeldPermissions(deployment);
        List<AgentAccess> agents = new ArrayList<>();
        for (Agent agent : deployment.agents()) {
            Map<String, List<Right>> rights = new LinkedHashMap<>();
            Map<String, List<Right>> denied = new LinkedHashMap<>();
            for (HeldPermissions.Held held : holdings.of(agent)) {
                Permission permission = held.permission();
                List<Right> here = rights.computeIfAbsent(permission.environment(), e -> new ArrayList<>());
                List<Right> deniedHere = denied.computeIfAbsent(permission.environment(), e -> new ArrayList<>());
                if (permission.isImported()) {
                    permission.source().rights().forEach(r -> here.add(imported(r, input.sources(), held.borrowed())));
                    permission.source().denied().forEach(r -> deniedHere.add(imported(r, input.sources(), held.borrowed())));
                } else {
                    for (int i = 0; i < permission.actions().size(); i++) {
                        here.add(written(permission, i, input.sources(), held.borrowed()));
                    }
                }
                for (RoleChains.Reached reached : RoleChains.from(permission, deployment.roles())) {
                    String through = held.borrowed().isEmpty() ? reached.describe() : held.borrowed() + ", " + reached.describe();
                    reached.role().source().rights().forEach(r -> here.add(imported(r, input.sources(), through)));
                    reached.role().source().denied().forEach(r -> deniedHere.add(imported(r, input.sources(), through)));
                }
            }
            for (Role role : deployment.roles()) {
                if (!role.actedAsBy(agent.identity())) {
                    continue;
                }
                // Acting as the role holds its rights wherever the agent runs, every environment when it does not say.
                for (Environment environment : deployment.environments()) {
                    if (agent.runsIn(environment.name())) {
                        String as = "acts as role " + role.arn();
                        List<Right> here = rights.computeIfAbsent(environment.name(), e -> new ArrayList<>());
                        List<Right> deniedHere = denied.computeIfAbsent(environment.name(), e -> new ArrayList<>());
                        role.source().rights().forEach(r -> here.add(imported(r, input.sources(), as)));
                        role.source().denied().forEach(r -> deniedHere.add(imported(r, input.sources(), as)));
                        // And the roles its policy may take on in turn, as from any policy the agent holds.
                        Permission acted = Permission.imported(agent.id(), role.path(), environment.name(), null, null, role.source());
                        for (RoleChains.Reached reached : RoleChains.from(acted, deployment.roles())) {
                            String through = as + ", " + reached.describe();
                            reached.role().source().rights().forEach(r -> here.add(imported(r, input.sources(), through)));
                            reached.role().source().denied().forEach(r -> deniedHere.add(imported(r, input.sources(), through)));
                        }
                    }
                }
            }
            List<EnvironmentAccess> access = new ArrayList<>();
            rights.forEach((name, list) -> access.add(new EnvironmentAccess(name, environments.get(name), list, denied.get(name))));
            agents.add(new AgentAccess(agent.id(), agent.identity(), access));
        }
        return agents;
    }

    /** The agents that hold no permission entry, their own or borrowed, in file order. */
    public static List<AgentWithoutPermissions> withoutPermissions(DeploymentFile input) {
        HeldPermissions holdings = new HeldPermissions(input.deployment());
        List<AgentWithoutPermissions> none = new ArrayList<>();
        for (Agent agent : input.deployment().agents()) {
            if (agent.permissions().isEmpty() && holdings.permissionsOf(agent).isEmpty()) {
                none.add(new AgentWithoutPermissions(agent.id(), input.sources().resolve(agent.path())));
            }
        }
        return none;
    }

    private static Right imported(ImportedRight right, SourceMap sources, String borrowed) {
        return new Right(right.action(), ActionClassifier.byDanger(ActionClassifier.verbs(right.action(), right.except())), right.except(),
                right.resources().stream().map(ImportedRight.Resource::pattern).distinct().toList(), right.conditions(), right.notes(),
                sources.resolve(right.evidencePath()), right.origin(), borrowed);
    }

    private static Right written(Permission permission, int index, SourceMap sources, String borrowed) {
        String action = permission.actions().get(index);
        return new Right(action, ActionClassifier.byDanger(ActionClassifier.verbs(action)), List.of(), permission.resources(), List.of(),
                List.of(), sources.resolve(permission.path() + "/actions/" + index), "", borrowed);
    }
}
