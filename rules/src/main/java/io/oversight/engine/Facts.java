package io.oversight.engine;

import io.oversight.access.HeldPermissions;
import io.oversight.catalog.Catalog;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Governance;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.People;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.facts.DeclaredRoles;
import io.oversight.engine.facts.AssessmentDate;
import io.oversight.engine.facts.CatalogControl;
import io.oversight.engine.facts.Delegation;
import io.oversight.engine.facts.DelegationGraph;
import io.oversight.engine.facts.EnvironmentKinds;
import io.oversight.engine.facts.GrantOrigin;
import io.oversight.engine.facts.Grant;
import io.oversight.engine.facts.HeldPermission;
import io.oversight.engine.facts.IntendedRights;
import io.oversight.engine.facts.OwnGrants;
import io.oversight.engine.facts.PrincipalUsers;
import io.oversight.engine.facts.ResourceScope;
import io.oversight.engine.facts.RoleDirectory;
import io.oversight.engine.facts.RuntimeGate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The facts a deployment contributes to working memory: its records as they are, each agent's
 * nested parts as facts of their own, and the agents' delegations as one {@link DelegationGraph}
 * (a walk over it replaces a closure of rules). Everything else is derived by rules, except who
 * holds which approver role ({@link RoleDirectory}), which is the whole deployment's even when a
 * session holds only some of its people.
 *
 * <p>A large deployment can be split into parts assessed in sessions of their own (see
 * {@link Partitions}): every part holds the deployment-wide facts, its agents with their parts, the
 * people those agents name, and the waivers of those agents.
 */
final class Facts {

    private Facts() {
    }

    static List<Object> of(Deployment deployment, Catalog catalog, LocalDate asOf) {
        return Wide.of(deployment, catalog, asOf).part(deployment.agents(), deployment.people(), deployment.waivers());
    }

    /**
     * What every session of one assessment holds alike, made once: the assessment date, the
     * catalog's controls and use cases, the deployment's metadata, governance, environments and
     * roles, and the role directory; and who holds whose entries through a shared principal. These
     * facts are immutable, so sessions on several threads share them.
     */
    record Wide(List<Object> facts, EnvironmentKinds kinds, HeldPermissions holdings) {

        static Wide of(Deployment deployment, Catalog catalog, LocalDate asOf) {
            List<Object> facts = new ArrayList<>();
            facts.add(new AssessmentDate(asOf));
            catalog.controls().forEach(c -> facts.add(new CatalogControl(c.id(), c.severity(), c.worstSeverity(), c.aboutEnvironments(), c.aboutTheDeployment())));
            facts.addAll(catalog.useCases());
            facts.add(deployment.metadata());
            if (deployment.governance() != null) {
                Governance g = deployment.governance();
                facts.add(g);
                Stream.of(g.aiPolicy(), g.riskManagement(), g.incidentResponse(), g.aiLiteracy()).filter(Objects::nonNull).forEach(facts::add);
            }
            facts.addAll(deployment.environments());
            if (!deployment.roles().isEmpty()) {
                facts.addAll(deployment.roles());
                facts.add(new DeclaredRoles(deployment.roles()));
            }
            facts.add(new RoleDirectory(deployment.people(), deployment.agents()));
            EnvironmentKinds kinds = EnvironmentKinds.of(deployment.environments());
            facts.add(kinds);
            return new Wide(List.copyOf(facts), kinds, new HeldPermissions(deployment));
        }

        /** The facts of one session: these, {@code people}, {@code waivers}, and {@code agents} with their parts. */
        List<Object> part(List<Agent> agents, List<Person> people, List<Waiver> waivers) {
            List<Object> part = new ArrayList<>(facts);
            part.addAll(people);
            part.addAll(waivers);
            agents.forEach(agent -> {
                addAgent(part, agent, kinds);
                holdings.sharedWith(agent).forEach(s -> part.add(new HeldPermission(agent.id(), s.permission(), GrantOrigin.SHARED, s.from())));
            });
            part.addAll(PrincipalUsers.of(agents)); // a principal's users share a part (Partitions)
            part.add(DelegationGraph.of(agents));
            return part;
        }
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
        facts.add(new OwnGrants(agent.id(), grants));
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
     * hold about {@code size} agents, in document order. A part holds only the people its agents
     * name as owner, overseer or the person whose credentials they use, the only people the rules
     * join an agent with (the approver pools read the {@link RoleDirectory} of everyone): with one
     * person per twenty agents, every part of a 40,000-agent fleet had held 2,000 people beside its
     * 100 agents.
     */
    record Partitions(List<List<Agent>> agents, List<List<Waiver>> waivers, List<List<Person>> people) {

        static Partitions of(Deployment deployment, int size) {
            List<Agent> all = deployment.agents();
            Map<String, Integer> index = firstPositions(all, Agent::id);
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
                if (identity != null && identity.principalKey() != null) {
                    Integer first = firstOfPrincipal.putIfAbsent(identity.principalKey(), i);
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
            Map<String, Integer> personAt = firstPositions(deployment.people(), Person::id);
            People byEmail = new People(deployment.people());
            List<List<Person>> people = new ArrayList<>();
            for (List<Agent> part : parts) {
                people.add(named(deployment.people(), personAt, byEmail, part));
            }
            return new Partitions(parts, waivers, people);
        }

        /** Where each id first occurs in {@code items}. */
        private static <T> Map<String, Integer> firstPositions(List<T> items, Function<T, String> id) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                positions.putIfAbsent(id.apply(items.get(i)), i);
            }
            return positions;
        }

        /** The people {@code agents} name (a principal may name one by e-mail address), in document order. */
        private static List<Person> named(List<Person> people, Map<String, Integer> personAt, People byEmail, List<Agent> agents) {
            BitSet named = new BitSet(people.size());
            for (Agent agent : agents) {
                mark(named, personAt, agent.owner());
                agent.overseers().forEach(overseer -> mark(named, personAt, overseer));
                if (agent.identity() != null) {
                    mark(named, personAt, agent.identity().inheritedFrom());
                    mark(named, personAt, byEmail.withEmail(agent.identity().personAddress()));
                }
            }
            List<Person> part = new ArrayList<>(named.cardinality());
            named.stream().forEach(i -> part.add(people.get(i)));
            return part;
        }

        private static void mark(BitSet named, Map<String, Integer> personAt, String id) {
            Integer at = id == null ? null : personAt.get(id);
            if (at != null) {
                named.set(at);
            }
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
