package io.oversight.engine;

import io.oversight.access.EffectiveAccess;
import io.oversight.access.HeldPermissions;
import io.oversight.access.RoleChains;
import io.oversight.catalog.SubjectClass;
import io.oversight.catalog.UseCase;
import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Autonomy;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.EuAiActRoute;
import io.oversight.deployment.model.IncidentRegime;
import io.oversight.deployment.model.Metadata;
import io.oversight.deployment.model.IdentityType;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.Role;
import io.oversight.deployment.model.RiskTier;
import io.oversight.engine.facts.ActsAlone;
import io.oversight.engine.facts.Delegation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which classes of subject a deployment holds, among all its agents and among its high-risk agents,
 * found in one pass over the file. Read from the file as written: a permission's actions are
 * classified to verbs as the rules classify them, but without the carve-outs of an imported deny,
 * so a class may hold an agent whose grant a rule then finds denied; the rights of the roles an
 * agent's imported policies may assume count as its own, and so, for what an agent can do (its
 * verbs, where), do the rights its identity borrows, which the rules turn into grants as well.
 */
final class Subjects {

    /** The classes whose subject is the deployment itself, or one of its environments or waivers. */
    private final Set<SubjectClass> deploymentWide = EnumSet.noneOf(SubjectClass.class);
    /** The classes of each agent, by id. */
    private final Map<String, Set<SubjectClass>> byAgent = new HashMap<>();
    private final Set<SubjectClass> present = EnumSet.noneOf(SubjectClass.class);
    /** Deployment-wide classes the file leaves open, with what to declare to settle them. */
    private final Map<SubjectClass, String> unstated = new EnumMap<>(SubjectClass.class);

    /** {@code useCases}: the catalog's uses, by id, which decide who owes a fundamental-rights impact assessment. */
    Subjects(Deployment deployment, Map<String, UseCase> useCases) {
        deploymentWide.add(SubjectClass.DEPLOYMENT);
        addDeploymentWide(SubjectClass.WAIVERS, !deployment.waivers().isEmpty());
        List<IncidentRegime> declared = deployment.incidentRegimes();
        List<IncidentRegime> regimes = declared == null ? List.of() : declared;
        boolean euPersonalData = deployment.metadata().jurisdictions().contains("EU") && deployment.agents().stream()
                .anyMatch(a -> a.dataAccess() != null && Boolean.TRUE.equals(a.dataAccess().personalData()));
        addDeploymentWide(SubjectClass.NIS2_ENTITY, regimes.contains(IncidentRegime.NIS2));
        addDeploymentWide(SubjectClass.GDPR_BREACH_DUTY, regimes.contains(IncidentRegime.GDPR) || euPersonalData);
        addDeploymentWide(SubjectClass.DORA_ENTITY, regimes.contains(IncidentRegime.DORA));
        if (declared == null) {
            // Whether an organization is a NIS2 or DORA entity is declared, never judged from the agents.
            unstated.put(SubjectClass.NIS2_ENTITY, undeclared("an essential or important entity under NIS2", IncidentRegime.NIS2));
            unstated.put(SubjectClass.DORA_ENTITY, undeclared("a financial entity under DORA", IncidentRegime.DORA));
        }
        addDeploymentWide(SubjectClass.BREAK_GLASS_ROLES, deployment.roles().stream().anyMatch(r -> r.breakGlass() != null));
        // Words an agent leaves out decide whether it is a subject: until they are stated, a clause
        // whose controls found no subject is undetermined, not "nothing to check".
        leftOut(deployment, SubjectClass.USER_FACING_AGENTS, a -> a.userFacing() == null,
                "whether it talks to members of the public or customers: declare userFacing");
        leftOut(deployment, List.of(SubjectClass.DESCRIBED_AGENTS, SubjectClass.CONTENT_GENERATING_AGENTS, SubjectClass.BIOMETRIC_IDENTIFICATION_AGENTS),
                a -> a.riskTier() != RiskTier.UNACCEPTABLE && a.useCases().isEmpty(), "what it is used for: declare useCases");
        leftOut(deployment, SubjectClass.CLASSIFIED_AGENTS_WITH_USES, a -> a.riskTier() == null || a.useCases().isEmpty(),
                "both a riskTier and a use case: declare what is missing");
        // Personal data unstated is not personal data denied: a screener of job applicants had passed GDPR as "not applicable" (red team).
        // The breach duty is deployment-wide: under EU law, any agent's personal data would bind it.
        boolean breachDutyOpen = !deploymentWide.contains(SubjectClass.GDPR_BREACH_DUTY) && deployment.metadata().jurisdictions().contains("EU");
        leftOut(deployment, breachDutyOpen ? List.of(SubjectClass.PERSONAL_DATA_AGENTS, SubjectClass.GDPR_BREACH_DUTY)
                        : List.of(SubjectClass.PERSONAL_DATA_AGENTS),
                a -> a.dataAccess() == null || a.dataAccess().personalData() == null, "whether it handles personal data: declare dataAccess.personalData");
        present.addAll(deploymentWide);
        // Whether the organization serves the public decides Art. 27's duty for most Annex III uses: unstated, it is not denied
        // (law review: a high-risk employment agent's assessment had been "not applicable" without metadata.publicSector).
        if (deployment.metadata().publicSector() == null) {
            List<String> wouldOwe = deployment.agents().stream().filter(a -> owesFundamentalRightsAssessment(a, deployment.metadata(), useCases, true)
                    && !owesFundamentalRightsAssessment(a, deployment.metadata(), useCases, false)).map(Agent::id).toList();
            if (!wouldOwe.isEmpty()) {
                unstated.put(SubjectClass.FUNDAMENTAL_RIGHTS_AGENTS, "the file does not say whether the organization is a body governed by public"
                        + " law or provides public services, which decides whether " + CoverageStep.named(wouldOwe) + (wouldOwe.size() == 1 ? " owes" : " owe")
                        + " a fundamental-rights impact assessment: declare metadata.publicSector");
            }
        }
        Map<String, Environment> environments = new HashMap<>();
        deployment.environments().forEach(e -> environments.putIfAbsent(e.name(), e));
        leftOut(deployment, SubjectClass.SCOPED_PERMISSIONS, a -> a.environments() == null && !a.permissions().isEmpty()
                && a.permissions().stream().noneMatch(p -> environments.containsKey(p.environment()) && environments.get(p.environment()).production()),
                "the environments its job needs, against which its permissions are judged: declare environments");
        Map<String, Person> people = new HashMap<>();
        deployment.people().forEach(p -> people.putIfAbsent(p.id(), p));
        leftOut(deployment, SubjectClass.RIGHTS_BEYOND_WRITTEN, a -> a.identity() != null && a.identity().type() == IdentityType.INHERITED
                && people.containsKey(a.identity().inheritedFrom()) && people.get(a.identity().inheritedFrom()).permissions().isEmpty(),
                "what the person whose credentials it uses may do: declare that person's permissions");
        HeldPermissions holdings = new HeldPermissions(deployment);
        // An agent that holds no permission at all, its own or borrowed, gives the least-privilege controls nothing to judge:
        // its rights are unknown, not none, so a clause they alone would meet stays undetermined (red team: NIST AC-6 was met).
        String noPermissions = "what it may do: declare its permissions (written, imported from an IAM policy or RBAC, or borrowed through its identity)";
        Predicate<Agent> holdsNone = a -> EffectiveAccess.holdsNothing(a, holdings, deployment.roles());
        // Nor does it say which verbs it holds: the clauses of agents with high-impact or destructive rights are undetermined as well
        // (red team: AU-9, IA-5 and CP-9 had been "not applicable" beside the report's own "rights unknown").
        leftOut(deployment, List.of(SubjectClass.PRODUCTION_PERMISSIONS, SubjectClass.SCOPED_PERMISSIONS, SubjectClass.HIGH_IMPACT_AGENTS,
                SubjectClass.PRODUCTION_HIGH_IMPACT_AGENTS, SubjectClass.ACTING_ALONE_PRODUCTION_HIGH_IMPACT_AGENTS, SubjectClass.DESTRUCTIVE_AGENTS,
                SubjectClass.ACTING_ALONE_DESTRUCTIVE_AGENTS, SubjectClass.CRITICAL_DESTRUCTIVE_AGENTS, SubjectClass.AGENT_DELETABLE_ENVIRONMENTS,
                SubjectClass.CHANGE_AGENTS),
                holdsNone, noPermissions);
        // Classified on every core for a fleet: this runs after the rules, while the other cores idle.
        List<Agent> agents = deployment.agents();
        List<Set<SubjectClass>> classified = (agents.size() < PARALLEL_FROM ? agents.stream() : agents.parallelStream())
                .map(agent -> classesOf(agent, holdings.permissionsOf(agent), environments, deployment.metadata(), useCases, deployment.roles()))
                .toList();
        for (int i = 0; i < agents.size(); i++) {
            present.addAll(classified.get(i));
            byAgent.computeIfAbsent(agents.get(i).id(), id -> EnumSet.noneOf(SubjectClass.class)).addAll(classified.get(i));
        }
    }

    /** From how many agents classifying them is shared among the cores: below, starting the pool costs more than it saves. */
    private static final int PARALLEL_FROM = 1_000;

    private static String undeclared(String entity, IncidentRegime regime) {
        return "the file does not say whether the organization is " + entity + ": declare governance.incidentResponse.regimes, listing "
                + regime.word() + " if it is, or [] if no regime applies";
    }

    private void leftOut(Deployment deployment, SubjectClass kind, Predicate<Agent> silent, String what) {
        leftOut(deployment, List.of(kind), silent, what);
    }

    /** The same words left out settle several classes: the agents that leave them out are found once, not once per class. */
    private void leftOut(Deployment deployment, List<SubjectClass> kinds, Predicate<Agent> silent, String what) {
        List<String> agents = deployment.agents().stream().filter(silent).map(Agent::id).toList();
        if (!agents.isEmpty()) {
            String reason = CoverageStep.named(agents) + (agents.size() == 1 ? " does" : " do") + " not state " + what;
            kinds.forEach(kind -> unstated.put(kind, reason));
        }
    }

    private void addDeploymentWide(SubjectClass kind, boolean holds) {
        if (holds) {
            deploymentWide.add(kind);
        }
    }

    /** Whether the deployment holds a subject of {@code kind}. */
    boolean holds(SubjectClass kind) {
        return present.contains(kind);
    }

    /**
     * What the file must declare before one can say whether it holds a subject of {@code kind}, or
     * empty when the file settles it.
     */
    Optional<String> unstated(SubjectClass kind) {
        return Optional.ofNullable(unstated.get(kind));
    }

    /** The agents of {@code kind}, a class of agents. */
    Set<String> agentsOf(SubjectClass kind) {
        Set<String> agents = new HashSet<>();
        byAgent.forEach((agent, classes) -> {
            if (classes.contains(kind)) {
                agents.add(agent);
            }
        });
        return agents;
    }

    /** Whether the deployment holds a subject of {@code kind} that is the deployment itself or one of {@code agents}. */
    boolean holdsAmong(SubjectClass kind, Collection<String> agents) {
        return deploymentWide.contains(kind) || agents.stream().anyMatch(a -> byAgent.getOrDefault(a, Set.of()).contains(kind));
    }

    /**
     * Whether {@code agent} owes Art. 27's fundamental-rights impact assessment, its organization
     * serving the public as {@code publicService} says: a high-risk agent of an Annex III use under EU
     * law (as the rule of RM-05 reads it; the clause's status says it binds deployers).
     */
    private static boolean owesFundamentalRightsAssessment(Agent agent, Metadata metadata, Map<String, UseCase> useCases, boolean publicService) {
        return metadata.jurisdictions().contains("EU") && agent.euAiActRoute() != EuAiActRoute.ANNEX_I && agent.riskTier() == RiskTier.HIGH
                && agent.useCases().stream().anyMatch(u -> useCases.containsKey(u) && FundamentalRightsDuty.binds(useCases.get(u), publicService));
    }

    /** {@code held}: the agent's own permission entries and those its identity borrows. */
    private static Set<SubjectClass> classesOf(Agent agent, List<Permission> held, Map<String, Environment> environments, Metadata metadata,
                                               Map<String, UseCase> useCases, List<Role> roles) {
        boolean publicSector = Boolean.TRUE.equals(metadata.publicSector());
        Set<SubjectClass> classes = EnumSet.of(SubjectClass.AGENTS);
        boolean actsAlone = !ActsAlone.of(agent).isEmpty();
        add(classes, SubjectClass.ACTING_ALONE_AGENTS, actsAlone);
        add(classes, SubjectClass.HIGH_RISK_AGENTS, agent.riskTier() == RiskTier.HIGH);
        add(classes, SubjectClass.ADVISORY_AGENTS, agent.autonomy() == Autonomy.ADVISORY);
        add(classes, SubjectClass.USER_FACING_AGENTS, Boolean.TRUE.equals(agent.userFacing()));
        add(classes, SubjectClass.PERSONAL_DATA_AGENTS, agent.dataAccess() != null && Boolean.TRUE.equals(agent.dataAccess().personalData()));
        add(classes, SubjectClass.AGENTS_WITH_DELEGATION, !Delegation.of(agent).isEmpty());
        add(classes, SubjectClass.DESCRIBED_AGENTS, agent.riskTier() == RiskTier.UNACCEPTABLE || !agent.useCases().isEmpty());
        add(classes, SubjectClass.CLASSIFIED_AGENTS_WITH_USES, agent.riskTier() != null && !agent.useCases().isEmpty());
        add(classes, SubjectClass.FUNDAMENTAL_RIGHTS_AGENTS, owesFundamentalRightsAssessment(agent, metadata, useCases, publicSector));
        boolean decides = PeopleDecisions.made(agent);
        add(classes, SubjectClass.DECISION_AGENTS, decides);
        List<String> highRiskUses = agent.useCases().stream().filter(u -> useCases.containsKey(u) && useCases.get(u).highRisk()).toList();
        add(classes, SubjectClass.EXPLANATION_DUTY_AGENTS, highRiskUses.isEmpty()
                || !highRiskUses.stream().allMatch(FundamentalRightsDuty.CRITICAL_INFRASTRUCTURE::equals));
        add(classes, SubjectClass.CALIFORNIA_DECISION_AGENTS, decides && metadata.jurisdictions().contains("US-CA"));
        add(classes, SubjectClass.COLORADO_DECISION_AGENTS, decides && metadata.jurisdictions().contains("US-CO"));
        add(classes, SubjectClass.SOLE_DECISION_AGENTS, actsAlone && PeopleDecisions.made(agent));
        add(classes, SubjectClass.BIOMETRIC_IDENTIFICATION_AGENTS, agent.useCases().contains("biometric-identification"));
        add(classes, SubjectClass.CONTENT_GENERATING_AGENTS, agent.useCases().contains("content-generation"));
        add(classes, SubjectClass.CHECKPOINTS, !agent.checkpoints().isEmpty());
        add(classes, SubjectClass.RUNTIME_CHECKPOINTS, !agent.checkpoints().isEmpty() && agent.runtime() != null);
        // What the agent can do counts every right it holds, as the rules' grants do; its own entries stay its own.
        List<Permission> reached = withRoles(held, roles);
        List<Classified> permissions = reached.stream().map(Classified::of).toList();
        add(classes, SubjectClass.RIGHTS_BEYOND_WRITTEN, reached.size() > agent.permissions().size()
                || agent.permissions().stream().anyMatch(Permission::isImported)
                || agent.identity() != null && roles.stream().anyMatch(r -> r.actedAsBy(agent.identity())));
        Predicate<Classified> production = c -> environments.containsKey(c.environment()) && environments.get(c.environment()).production();
        Predicate<Classified> criticalOrUnrated = c -> environments.containsKey(c.environment())
                && (environments.get(c.environment()).critical() || environments.get(c.environment()).unratedProduction());
        boolean highImpact = grants(permissions, c -> true, Verb::highImpact);
        boolean productionHighImpact = grants(permissions, production, Verb::highImpact);
        boolean destructive = grants(permissions, c -> true, Verb::destructive);
        // Only where an entry is, not what it grants: no classifying again.
        boolean inProduction = agent.permissions().stream()
                .anyMatch(p -> environments.containsKey(p.environment()) && environments.get(p.environment()).production());
        add(classes, SubjectClass.PRODUCTION_PERMISSIONS, inProduction);
        add(classes, SubjectClass.SCOPED_PERMISSIONS, !agent.permissions().isEmpty() && (agent.environments() != null || inProduction));
        add(classes, SubjectClass.HIGH_IMPACT_AGENTS, highImpact);
        add(classes, SubjectClass.PRODUCTION_HIGH_IMPACT_AGENTS, productionHighImpact);
        add(classes, SubjectClass.ACTING_ALONE_PRODUCTION_HIGH_IMPACT_AGENTS, actsAlone && productionHighImpact);
        add(classes, SubjectClass.DESTRUCTIVE_AGENTS, destructive);
        add(classes, SubjectClass.ACTING_ALONE_DESTRUCTIVE_AGENTS, actsAlone && destructive);
        add(classes, SubjectClass.CRITICAL_DESTRUCTIVE_AGENTS, grants(permissions, criticalOrUnrated, Verb::destructive));
        Predicate<Classified> frozen = c -> environments.containsKey(c.environment()) && Boolean.TRUE.equals(environments.get(c.environment()).changeFreeze());
        add(classes, SubjectClass.FROZEN_HIGH_IMPACT_AGENTS, grants(permissions, frozen, Verb::highImpact));
        // A runtime's tools are judged by what their names reach, not by the agent's permissions: such an agent may change one too.
        add(classes, SubjectClass.CHANGE_AGENTS, agent.runtime() != null
                || grants(permissions, production.or(frozen), v -> v.highImpact() && v != Verb.SEND && v != Verb.PAY));
        add(classes, SubjectClass.AGENT_DELETABLE_ENVIRONMENTS,
                grants(permissions, production, v -> v == Verb.DELETE || v == Verb.ADMIN || v == Verb.ALL));
        return classes;
    }

    /** The agent's entries and, in their environments, the rights of the declared roles its imported policies may assume. */
    private static List<Permission> withRoles(List<Permission> permissions, List<Role> roles) {
        if (roles.isEmpty()) {
            return permissions;
        }
        List<Permission> all = new ArrayList<>(permissions);
        for (Permission p : permissions) {
            RoleChains.from(p, roles).forEach(r -> all.add(
                    Permission.imported(p.agentId(), r.role().path(), p.environment(), null, null, r.role().source())));
        }
        return all;
    }

    private static void add(Set<SubjectClass> classes, SubjectClass kind, boolean holds) {
        if (holds) {
            classes.add(kind);
        }
    }

    /** A permission's environment and the verbs of its actions, classified once: the classes above ask six times. */
    private record Classified(String environment, Set<Verb> verbs) {

        static Classified of(Permission permission) {
            Set<Verb> verbs = EnumSet.noneOf(Verb.class);
            permission.actions().forEach(a -> verbs.addAll(ActionClassifier.verbs(a)));
            return new Classified(permission.environment(), verbs);
        }
    }

    private static boolean grants(List<Classified> permissions, Predicate<Classified> where, Predicate<Verb> verb) {
        return permissions.stream().filter(where).anyMatch(c -> c.verbs().stream().anyMatch(verb));
    }
}
