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
                hold(held.permission(), held.borrowed(), rights, denied, deployment.roles(), input.sources());
            }
            for (Role role : deployment.roles()) {
                if (!role.actedAsBy(agent.identity())) {
                    continue;
                }
                // Acting as the role holds its rights wherever the agent runs, every environment when it does not say,
                // and those of the roles its policy may take on in turn, as any policy the agent holds does.
                for (Environment environment : deployment.environments()) {
                    if (agent.runsIn(environment.name())) {
                        hold(Permission.imported(agent.id(), role.path(), environment.name(), null, null, role.source()), "acts as role " + role.arn(),
                                rights, denied, deployment.roles(), input.sources());
                    }
                }
            }
            List<EnvironmentAccess> access = new ArrayList<>();
            rights.forEach((name, list) -> access.add(new EnvironmentAccess(name, environments.get(name), list, denied.get(name))));
            agents.add(new AgentAccess(agent.id(), agent.identity(), access));
        }
        return agents;
    }

    /**
     * The rights and refusals of {@code permission} in its environment, and those of the declared
     * roles it may take on ({@link RoleChains}); {@code borrowed} says how the agent holds it, empty
     * for its own entry.
     */
    private static void hold(Permission permission, String borrowed, Map<String, List<Right>> rights, Map<String, List<Right>> denied,
                             List<Role> roles, SourceMap sources) {
        List<Right> here = rights.computeIfAbsent(permission.environment(), e -> new ArrayList<>());
        List<Right> deniedHere = denied.computeIfAbsent(permission.environment(), e -> new ArrayList<>());
        if (permission.isImported()) {
            permission.source().rights().forEach(r -> here.add(imported(r, sources, borrowed)));
            permission.source().denied().forEach(r -> deniedHere.add(imported(r, sources, borrowed)));
        } else {
            for (int i = 0; i < permission.actions().size(); i++) {
                here.add(written(permission, i, sources, borrowed));
            }
        }
        for (RoleChains.Reached reached : RoleChains.from(permission, roles)) {
            String through = borrowed.isEmpty() ? reached.describe() : borrowed + ", " + reached.describe();
            reached.role().source().rights().forEach(r -> here.add(imported(r, sources, through)));
            reached.role().source().denied().forEach(r -> deniedHere.add(imported(r, sources, through)));
        }
    }

    /**
     * The agents that hold no right, in file order: no permission entry of their own or borrowed, or
     * only entries that grant nothing (an empty list of actions, an imported policy of Deny
     * statements alone, as a permissions boundary exported in place of the role's policy is), and no
     * declared role they act as that grants anything.
     */
    public static List<AgentWithoutPermissions> withoutPermissions(DeploymentFile input) {
        Deployment deployment = input.deployment();
        HeldPermissions holdings = new HeldPermissions(deployment);
        List<AgentWithoutPermissions> none = new ArrayList<>();
        for (Agent agent : deployment.agents()) {
            if (holdsNothing(agent, holdings, deployment.roles())) {
                none.add(new AgentWithoutPermissions(agent.id(), input.sources().resolve(agent.path())));
            }
        }
        return none;
    }

    /**
     * Whether {@code agent} holds no right: every entry it holds, its own or borrowed, grants nothing
     * (none at all among them), and it acts as no declared role that grants anything. An entry that
     * grants nothing reaches no role either: taking one on needs a right to (sts:AssumeRole).
     */
    public static boolean holdsNothing(Agent agent, HeldPermissions holdings, List<Role> roles) {
        return holdings.permissionsOf(agent).stream().allMatch(Permission::grantsNothing)
                && roles.stream().noneMatch(r -> r.actedAsBy(agent.identity()) && !r.source().rights().isEmpty());
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
