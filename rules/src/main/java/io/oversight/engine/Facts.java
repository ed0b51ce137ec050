package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Governance;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.facts.DeclaredRoles;
import io.oversight.engine.facts.AssessmentDate;
import io.oversight.engine.facts.CatalogControl;
import io.oversight.engine.facts.Delegation;
import io.oversight.engine.facts.DelegationGraph;
import io.oversight.engine.facts.EnvironmentKinds;
import io.oversight.engine.facts.Grant;
import io.oversight.engine.facts.HeldPermission;
import io.oversight.engine.facts.IntendedRights;
import io.oversight.engine.facts.ResourceScope;
import io.oversight.engine.facts.RuntimeGate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The facts a deployment contributes to working memory: its records as they are, each agent's
 * nested parts as facts of their own, and the agents' delegations as one {@link DelegationGraph}
 * (a walk over it replaces a closure of rules). Everything else is derived by rules.
 *
 * <p>A large deployment can be split into parts assessed in sessions of their own (see
 * {@link Partitions}): every part holds the deployment-wide facts, its agents with their parts, and
 * the waivers of those agents.
 */
final class Facts {

    private Facts() {
    }

    static List<Object> of(Deployment deployment, Catalog catalog, LocalDate asOf) {
        return ofPart(deployment, catalog, asOf, deployment.agents(), deployment.waivers());
    }

    /** The facts of one part: the deployment-wide ones, {@code agents}, and {@code waivers}. */
    static List<Object> ofPart(Deployment deployment, Catalog catalog, LocalDate asOf, List<Agent> agents, List<Waiver> waivers) {
        List<Object> facts = deploymentWide(deployment, catalog, asOf);
        facts.addAll(waivers);
        EnvironmentKinds kinds = EnvironmentKinds.of(deployment.environments());
        facts.add(kinds);
        agents.forEach(agent -> addAgent(facts, agent, kinds));
        facts.add(DelegationGraph.of(agents));
        return facts;
    }

    private static List<Object> deploymentWide(Deployment deployment, Catalog catalog, LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AssessmentDate(asOf));
        catalog.controls().forEach(c -> facts.add(new CatalogControl(c.id(), c.severity(), c.worstSeverity())));
        facts.addAll(catalog.useCases());
        facts.add(deployment.metadata());
        if (deployment.governance() != null) {
            Governance g = deployment.governance();
            facts.add(g);
            Stream.of(g.aiPolicy(), g.riskManagement(), g.incidentResponse(), g.aiLiteracy()).filter(Objects::nonNull).forEach(facts::add);
        }
        facts.addAll(deployment.people());
        facts.addAll(deployment.environments());
        if (!deployment.roles().isEmpty()) {
            facts.addAll(deployment.roles());
            facts.add(new DeclaredRoles(deployment.roles()));
        }
        return facts;
    }

    /**
     * An agent's own permission entries come in held, with their grants and resource scopes: the
     * same facts the derive rules make of borrowed rights, made here because most of a fleet's
     * rights are its own, and a rule per entry, action and pattern was a third of all firings.
     * What they write out is also summed up once, as the agent's {@link IntendedRights}.
     */
    private static void addAgent(List<Object> facts, Agent agent, EnvironmentKinds kinds) {
        facts.add(agent);
        facts.addAll(agent.permissions());
        List<Grant> grants = new ArrayList<>();
        for (Permission permission : agent.permissions()) {
            HeldPermission held = HeldPermission.own(permission);
            facts.add(held);
            List<Grant> granted = Grant.of(held, kinds);
            facts.addAll(granted);
            facts.addAll(ResourceScope.of(held));
            grants.addAll(granted);
        }
        facts.add(IntendedRights.of(agent.id(), agent.permissions(), grants));
        facts.addAll(agent.checkpoints());
        Stream.of(agent.identity(), agent.guardrails(), agent.guardrails() == null ? null : agent.guardrails().killSwitch(),
                        agent.logging(), agent.monitoring(), agent.assessments(), agent.dataAccess())
                .filter(Objects::nonNull)
                .forEach(facts::add);
        if (agent.runtime() != null) {
            // Judged here, not derived by a rule: the derive rules that read them (coverage) then see all of them from the start.
            facts.add(agent.runtime());
            agent.runtime().tools().forEach(tool -> facts.add(RuntimeGate.of(tool)));
        }
    }

    /**
     * Agents grouped so that every rule sees, in one part, all it joins: agents linked by
     * delegation (in either direction, transitively) share a part, and so do agents whose
     * identities name the same principal (a shared identity holds what the others are granted);
     * every waiver goes with its agent (waivers of no known agent go with the first part). Parts
     * hold about {@code size} agents, in document order.
     */
    record Partitions(List<List<Agent>> agents, List<List<Waiver>> waivers) {

        static Partitions of(Deployment deployment, int size) {
            Map<String, Integer> index = new HashMap<>();
            List<Agent> all = deployment.agents();
            for (int i = 0; i < all.size(); i++) {
                index.putIfAbsent(all.get(i).id(), i);
            }
            int[] parent = new int[all.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            Map<String, Integer> firstOfPrincipal = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                for (Delegation delegation : Delegation.of(all.get(i))) {
                    Integer j = index.get(delegation.to());
                    if (j != null) {
                        parent[root(parent, i)] = root(parent, j);
                    }
                }
                Identity identity = all.get(i).identity();
                if (identity != null && identity.principal() != null) {
                    Integer first = firstOfPrincipal.putIfAbsent(identity.principal(), i);
                    if (first != null) {
                        parent[root(parent, i)] = root(parent, first);
                    }
                }
            }
            Map<Integer, List<Agent>> groups = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(all.get(i));
            }
            List<List<Agent>> parts = new ArrayList<>();
            List<Agent> current = new ArrayList<>();
            for (List<Agent> group : groups.values()) {
                if (!current.isEmpty() && current.size() + group.size() > size) {
                    parts.add(current);
                    current = new ArrayList<>();
                }
                current.addAll(group);
            }
            parts.add(current);
            Map<String, Integer> partOf = new HashMap<>();
            for (int p = 0; p < parts.size(); p++) {
                for (Agent agent : parts.get(p)) {
                    partOf.putIfAbsent(agent.id(), p);
                }
            }
            List<List<Waiver>> waivers = new ArrayList<>();
            parts.forEach(p -> waivers.add(new ArrayList<>()));
            for (Waiver waiver : deployment.waivers()) {
                waivers.get(waiver.agent() == null ? 0 : partOf.getOrDefault(waiver.agent(), 0)).add(waiver);
            }
            return new Partitions(parts, waivers);
        }

        private static int root(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
    }
}
