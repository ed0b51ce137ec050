package io.oversight.deployment.read;

import static io.oversight.deployment.read.Shapes.*;

import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Checkpoint;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.Governance;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.Metadata;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.Waiver;
import io.oversight.deployment.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed tree into the immutable model, reporting every shape and type problem. */
final class DeploymentBinder {

    private final Problems problems;

    DeploymentBinder(Problems problems) {
        this.problems = problems;
    }

    Deployment bind(YNode root) {
        Fields top = Fields.of(root, "", "the deployment description", ROOT, problems);
        if (top == null) {
            return null;
        }
        exact(top, "apiVersion", "oversight/v1");
        exact(top, "kind", "AgentDeployment");
        Metadata metadata = top.object("metadata", METADATA, this::metadata);
        Governance governance = top.object("governance", GOVERNANCE, this::governance);
        List<Person> people = top.objects("people", PERSON, "person").stream().map(this::person).toList();
        List<Environment> environments = top.objects("environments", ENVIRONMENT, "environment").stream().map(this::environment).toList();
        List<Fields> agentFields = top.objects("agents", AGENT, "agent");
        if (top.has("agents") && agentFields.isEmpty() && problems.isEmpty()) {
            problems.add(top.position("agents"), "'agents' is empty: describe at least one agent");
        }
        List<Agent> agents = agentFields.stream().map(this::agent).toList();
        List<Fields> waiverFields = top.objects("waivers", WAIVER, "waiver");
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < waiverFields.size(); i++) {
            waivers.add(waiver(waiverFields.get(i), i));
        }
        return new Deployment(metadata, governance, people, environments, agents, waivers);
    }

    private void exact(Fields fields, String key, String expected) {
        String value = fields.string(key);
        if (value != null && !value.equals(expected)) {
            problems.add(fields.position(key), "'" + key + "' must be '" + expected + "', but is '" + value + "'"
                    + (key.equals("apiVersion") ? "; this version of Oversight reads format oversight/v1" : ""));
        }
    }

    private Metadata metadata(Fields f) {
        return new Metadata(f.path(), f.string("name"), f.string("organization"), f.string("owner"),
                f.strings("jurisdictions"), f.string("description"),
                f.has("euAiActRoles") ? f.words("euAiActRoles", Vocabulary.EU_AI_ACT_ROLES) : Vocabulary.EU_AI_ACT_ROLES,
                f.bool("publicSector"));
    }

    private Governance governance(Fields f) {
        return new Governance(f.path(),
                f.object("aiPolicy", AI_POLICY, p -> new Governance.AiPolicy(p.bool("documented"), p.date("lastReviewed"))),
                f.object("riskManagement", RISK_MANAGEMENT, r -> new Governance.RiskManagement(r.bool("process"), r.date("lastReviewed"))),
                f.object("incidentResponse", INCIDENT_RESPONSE, i -> new Governance.IncidentResponse(i.bool("plan"),
                        i.bool("coversAiAgents"), i.string("contact"), i.integer("regulatorReportingDays", 0))),
                f.object("aiLiteracy", AI_LITERACY, l -> new Governance.AiLiteracy(l.bool("trainingRequired"), l.date("lastDelivered"))));
    }

    private Person person(Fields f) {
        return new Person(f.path(), f.string("id"), f.string("name"), f.string("email"), f.strings("roles"), f.bool("aiLiteracyTrained"));
    }

    private Environment environment(Fields f) {
        return new Environment(f.path(), f.string("name"), f.word("kind", Vocabulary.ENVIRONMENT_KINDS),
                f.word("criticality", Vocabulary.CRITICALITIES), f.bool("changeFreeze"),
                f.object("backups", BACKUPS, b -> new Environment.Backups(b.bool("enabled"), b.bool("isolated"), b.date("lastRestoreTest"))));
    }

    private Agent agent(Fields f) {
        String id = f.string("id");
        List<Fields> permissionFields = f.objects("permissions", PERMISSION, "permission");
        List<Permission> permissions = permissionFields.stream().map(p -> permission(id, p)).toList();
        List<Fields> checkpointFields = f.objects("checkpoints", CHECKPOINT, "checkpoint");
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < checkpointFields.size(); i++) {
            checkpoints.add(checkpoint(id, checkpointFields.get(i), i));
        }
        return new Agent(f.path(), id, f.string("name"), f.string("purpose"), f.string("owner"),
                f.strings("overseers"), f.stringsOrNull("environments"),
                f.object("model", MODEL, m -> new Agent.Model(m.string("provider"), m.string("name"), m.string("version"))),
                f.word("riskTier", Vocabulary.RISK_TIERS), useCases(f), f.word("autonomy", Vocabulary.AUTONOMY),
                f.bool("userFacing"), f.bool("disclosure"),
                f.object("identity", IDENTITY, i -> new Identity(id, i.path(), i.word("type", Vocabulary.IDENTITY_TYPES),
                        i.string("principal"), i.string("inheritedFrom"), i.integer("credentialTtlMinutes", 0))),
                permissions, checkpoints, f.strings("delegatesTo"),
                f.object("guardrails", GUARDRAILS, g -> guardrails(id, g)),
                f.object("logging", LOGGING, l -> new Agent.Logging(id, l.bool("enabled"), l.words("events", Vocabulary.LOG_EVENTS),
                        l.bool("tamperEvident"), l.integer("retentionDays", 0), l.word("attribution", Vocabulary.ATTRIBUTION))),
                f.object("monitoring", MONITORING, m -> new Agent.Monitoring(id, m.bool("alerts"), m.string("reviewer"))),
                f.object("assessments", ASSESSMENTS, a -> new Agent.Assessments(id, assessment(a, "risk"),
                        assessment(a, "fundamentalRights"), assessment(a, "dataProtection"))),
                f.object("dataAccess", DATA_ACCESS, d -> new Agent.DataAccess(id, d.bool("personalData"), d.strings("categories"))));
    }

    /** Unknown words are kept, but a near miss of a known category is an error: it must not escape the rules. */
    private List<String> useCases(Fields f) {
        List<String> useCases = f.strings("useCases");
        List<String> known = Vocabulary.knownUseCases();
        for (int i = 0; i < useCases.size(); i++) {
            String useCase = useCases.get(i);
            if (!known.contains(useCase)) {
                int index = i;
                Suggestions.closest(useCase, known).ifPresent(s -> problems.add(f.itemPosition("useCases", index),
                        "use case '" + useCase + "' looks like a misspelling of '" + s + "'; write '" + s
                                + "' (or a clearly different word for a use case Oversight does not know)"));
            }
        }
        return useCases;
    }

    private Agent.Guardrails guardrails(String id, Fields g) {
        return new Agent.Guardrails(id,
                g.object("killSwitch", KILL_SWITCH, k -> new Agent.KillSwitch(id, k.bool("available"), k.bool("haltsInFlight"),
                        k.date("lastTested"), k.string("owner"))),
                g.bool("dryRunFirst"), g.integer("rateLimitPerHour", 0), g.integer("maxResourcesPerAction", 0),
                g.bool("honorsChangeFreeze"));
    }

    private Agent.Assessment assessment(Fields a, String key) {
        return a.object(key, ASSESSMENT, x -> new Agent.Assessment(x.date("date"), x.string("reviewer")));
    }

    private Permission permission(String agentId, Fields p) {
        List<String> actions = actions(p);
        return new Permission(agentId, p.path(), p.string("environment"), p.strings("resources"), actions,
                p.string("justification"), p.date("lastReviewed"));
    }

    private Checkpoint checkpoint(String agentId, Fields c, int index) {
        Integer approvals = c.integer("approvals", 1);
        return new Checkpoint(agentId, c.path(), index, c.string("name"), c.stringsOrNull("environments"), actions(c),
                approvals == null ? 1 : approvals, c.strings("approverRoles"), c.bool("independentOfRequester"),
                c.integer("timeoutMinutes", 0), c.word("onTimeout", Vocabulary.ON_TIMEOUT), c.word("enforcement", Vocabulary.ENFORCEMENT));
    }

    /** Verbs from the format's list, or provider-qualified actions ({@code service:Action}). */
    private List<String> actions(Fields f) {
        List<String> actions = f.strings("actions");
        for (int i = 0; i < actions.size(); i++) {
            String action = actions.get(i);
            if (!Vocabulary.VERBS.contains(action) && !isProviderQualified(action)) {
                problems.add(f.itemPosition("actions", i), "'" + action + "' is not an action verb"
                        + Suggestions.didYouMean(action, Vocabulary.VERBS) + "; write one of " + String.join(", ", Vocabulary.VERBS)
                        + ", or a provider-qualified action such as ec2:TerminateInstances");
            }
        }
        return actions;
    }

    private static boolean isProviderQualified(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && colon < action.length() - 1 && action.indexOf(' ') < 0;
    }

    private Waiver waiver(Fields w, int index) {
        return new Waiver(w.path(), index, w.string("control"), w.string("agent"), w.string("justification"),
                w.string("approvedBy"), w.date("expires"));
    }
}
