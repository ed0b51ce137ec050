package io.oversight.deployment.read;

import io.oversight.deployment.Suggestions;
import static io.oversight.deployment.read.Shapes.*;

import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.UseCase;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.AgentRuntime;
import io.oversight.deployment.runtime.RuntimeKind;
import io.oversight.deployment.model.Attribution;
import io.oversight.deployment.model.Autonomy;
import io.oversight.deployment.model.Checkpoint;
import io.oversight.deployment.model.Criticality;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Enforcement;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.EnvironmentKind;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.EuAiActRoute;
import io.oversight.deployment.model.IncidentRegime;
import io.oversight.deployment.model.Governance;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.IdentityType;
import io.oversight.deployment.model.LogEvent;
import io.oversight.deployment.model.Metadata;
import io.oversight.deployment.model.OnTimeout;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.PermissionSource;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.Role;
import io.oversight.deployment.model.BreakGlass;
import io.oversight.deployment.model.RiskTier;
import io.oversight.deployment.model.Waiver;
import io.oversight.deployment.PathIndex;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.Position;
import io.oversight.deployment.yaml.NotSplittable;
import io.oversight.deployment.yaml.SplitDocument;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns a parsed document into the immutable model, reporting every shape and type problem. Agents
 * may be bound on several threads at once: what they share (the problems, the importer of policy
 * files) is safe for that.
 */
final class DeploymentBinder {

    private final Problems problems;
    private final PermissionImporter importer;

    DeploymentBinder(Problems problems, PermissionImporter importer) {
        this.problems = problems;
        this.importer = importer;
    }

    /** A deployment and, for each of its agents in order, where its values were written. */
    record Bound(Deployment deployment, PathIndex[] agentIndexes) {
    }

    /**
     * The use cases of the catalog, sorted: the words a near miss is measured against. Their ids alone: an other word (lending)
     * is read exactly, and trading or spending must stay words of their own, not be refused as misspellings of a high-risk area.
     */
    private static final List<String> KNOWN_USE_CASES = CatalogLoader.builtIn().useCases().stream().map(UseCase::id).sorted().toList();
    /** Each other word of a use case with the use case's id ({@code hiring}: {@code employment}), made once for every agent. */
    private static final Map<String, String> USE_CASE_OF_OTHER_WORD = CatalogLoader.builtIn().useCases().stream()
            .flatMap(u -> u.otherWords().stream().map(word -> Map.entry(word, u.id()))).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    Map.Entry::getValue));
    /** Every word the catalog knows for a use (the use cases' ids and their other words), by how it looks ({@link #look}). */
    private static final Map<String, String> USE_CASE_WORD_OF_LOOK = java.util.stream.Stream.concat(KNOWN_USE_CASES.stream(),
            USE_CASE_OF_OTHER_WORD.keySet().stream()).sorted()
            .collect(Collectors.toUnmodifiableMap(DeploymentBinder::look, word -> word, (a, b) -> a));

    /** Said of a value refused as {@code what} it looks like: beside it, one with a letter of another script looks the same. */
    private static String lookAlike(String written, String what) {
        return UnicodeIdentifiers.isPlainAscii(written) ? "" : " (it holds a character that only looks like one of the " + what + "'s)";
    }

    /** A use case as a reader takes it: compatibility forms plain, trimmed, lower case, blanks and underscores as dashes. */
    private static String plainWord(String written) {
        return UnicodeIdentifiers.folded(written).replaceAll("[\\s_]+", "-");
    }

    /** A use case as it looks: {@link #plainWord}, with letters of other scripts that look like Latin ones taken as those. */
    private static String look(String written) {
        return UnicodeIdentifiers.skeleton(plainWord(written));
    }

    /** The jurisdictions that make a framework apply, as the rules and the coverage compare them: exactly. */
    /**
     * The codes the catalog's frameworks apply in, and the country of each state's ({@code US} of
     * {@code US-CO}), which decides whether a state's law could bind: {@code us} had been kept as an
     * unknown code and switched Colorado's, California's and Texas' laws to not applicable (format review).
     */
    private static final List<String> KNOWN_JURISDICTIONS = CatalogLoader.builtIn().frameworks().stream()
            .flatMap(framework -> framework.jurisdictions().stream())
            .flatMap(code -> code.indexOf('-') > 0 ? java.util.stream.Stream.of(code, code.substring(0, code.indexOf('-'))) : java.util.stream.Stream.of(code))
            .distinct().sorted().toList();


    /** Agents from which their work is shared out among the cores; below it threads cost more than they save. */
    static final int PARALLEL_FROM = 2_000;

    /**
     * Binds {@code document}, whose agents are kept apart: each is read, bound and indexed on its
     * own, on every core for a large file. Null when the document is not a mapping (reported).
     * Throws {@link NotSplittable} when the document must be read again whole.
     */
    Bound bind(SplitDocument document) {
        if (document.root() instanceof YMap map && map.get("kind") instanceof YScalar kind && DeploymentRecognizer.WAIVERS.equals(kind.text())) {
            // Read as a deployment, it lacked every section of one: a dozen errors that never said what the file is.
            problems.add(kind.position(), "this is a waivers file (kind Waivers), not a deployment description: apply it with"
                    + " 'oversight check DEPLOYMENT --waivers FILE', or check it with 'oversight waivers lint FILE'");
            return null;
        }
        Fields top = Fields.ofDocument(document.root(), "", "the deployment description", ROOT, problems);
        if (top == null) {
            return null;
        }
        exact(top, "apiVersion", "oversight/v1");
        exact(top, "kind", DeploymentRecognizer.DEPLOYMENT);
        Metadata metadata = top.object("metadata", METADATA, this::metadata);
        Governance governance = top.object("governance", GOVERNANCE, this::governance);
        List<Person> people = top.objects("people", PERSON, "person").stream().map(this::person).toList();
        List<Environment> environments = top.objects("environments", ENVIRONMENT, "environment").stream().map(this::environment).toList();
        if (!document.isSplit()) {
            top.objects("agents", AGENT, "agent"); // not a list: reported here, and there are no agents
        }
        Agent[] agents = new Agent[document.itemCount()];
        PathIndex[] indexes = new PathIndex[document.itemCount()];
        int chunks = agents.length < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors() * 8;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            SplitDocument.Items items = document.items();
            for (int i = chunk * agents.length / chunks, end = (chunk + 1) * agents.length / chunks; i < end; i++) {
                YNode item = items.item(i);
                Fields fields = Fields.item(item, document.key(), i, "agent", AGENT, problems);
                agents[i] = fields == null ? null : agent(fields);
                indexes[i] = new PathIndex(item);
            }
        });
        // An empty list, as one problem among the others; agents that are no list were reported above.
        if (top.has("agents") && agents.length == 0 && (document.isSplit() || top.node("agents") instanceof YList)) {
            problems.add(top.position("agents"), "'agents' is empty: describe at least one agent");
        }
        List<Fields> waiverFields = top.objects("waivers", WAIVER, "waiver");
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < waiverFields.size(); i++) {
            waivers.add(waiver(waiverFields.get(i), i));
        }
        List<Role> roles = top.objects("roles", ROLE, "role").stream().map(this::role).toList();
        List<Agent> bound = Arrays.stream(agents).filter(Objects::nonNull).toList();
        return new Bound(new Deployment(metadata, governance, people, environments, bound, waivers, roles), indexes);
    }

    private void exact(Fields fields, String key, String expected) {
        String value = fields.string(key);
        if (value != null && !value.equals(expected)) {
            problems.add(fields.position(key), "'" + key + "' must be '" + expected + "', but is '" + value + "'"
                    + (key.equals("apiVersion") ? "; this version of Oversight reads format oversight/v1" : ""));
        }
    }

    private Metadata metadata(Fields f) {
        return new Metadata(f.path(), f.freeText("name"), f.prose("organization"), f.string("owner"),
                jurisdictions(f), f.prose("description"), euAiActRoles(f), f.bool("publicSector"), f.has("euAiActRoles"));
    }

    /** Absent, both; empty would make every provider and deployer duty not applicable, so it is refused. */
    private List<EuAiActRole> euAiActRoles(Fields f) {
        if (!f.has("euAiActRoles")) {
            return List.of(EuAiActRole.values());
        }
        List<EuAiActRole> roles = f.words("euAiActRoles", EuAiActRole.class);
        if (f.node("euAiActRoles") instanceof YList list && list.items().isEmpty()) {
            problems.add(f.position("euAiActRoles"), "'euAiActRoles' is empty, which would make every duty of a provider and of a deployer "
                    + "not applicable; an organization that runs agents is at least their deployer: write provider, deployer or both, "
                    + "or leave the key out for both");
        }
        return roles;
    }

    private Governance governance(Fields f) {
        return new Governance(f.path(),
                f.object("aiPolicy", AI_POLICY, p -> new Governance.AiPolicy(p.bool("documented"), p.date("lastReviewed"))),
                f.object("riskManagement", RISK_MANAGEMENT, r -> new Governance.RiskManagement(r.bool("process"), r.date("lastReviewed"))),
                f.object("incidentResponse", INCIDENT_RESPONSE, i -> new Governance.IncidentResponse(i.bool("plan"),
                        i.bool("coversAiAgents"), i.freeText("contact"), i.integer("regulatorReportingDays", 0),
                        i.has("regimes") ? i.words("regimes", IncidentRegime.class) : null, i.integer("earlyWarningHours", 0), i.integer("notificationHours", 0),
                        i.integer("finalReportDays", 0), i.integer("afterMajorClassificationHours", 0),
                        i.bool("affectedPeopleNotice"))),
                f.object("aiLiteracy", AI_LITERACY, l -> new Governance.AiLiteracy(l.bool("trainingRequired"), l.date("lastDelivered"))));
    }

    private Person person(Fields f) {
        String id = f.string("id");
        String email = f.string("email");
        List<String> userNames = java.util.stream.Stream.of(email, id).filter(Objects::nonNull).toList();
        List<String> groups = f.stringsOrNull("groups");
        List<Fields> permissionFields = f.objects("permissions", PERMISSION, "permission");
        List<Permission> permissions = permissionFields.stream()
                .map(p -> permission(null, p, permissionFields, (written, at, alongside) -> importer.kubernetesRbacOfPerson(written, at,
                        userNames, groups, f.path() + "/groups", alongside))).toList();
        return new Person(f.path(), id, f.freeText("name"), SecretMasker.mask(email), f.strings("roles"), f.bool("aiLiteracyTrained"), permissions);
    }

    /** A role and its policy; an unreadable policy is reported and the role grants nothing (the file is then never assessed). */
    private Role role(Fields f) {
        String written = f.string("fromAwsIamPolicy");
        PermissionSource source = written == null ? null : importer.awsIamPolicy(written, f.position("fromAwsIamPolicy"), List.of());
        return new Role(f.path(), f.string("arn"), source,
                f.object("breakGlass", BREAK_GLASS, b -> new BreakGlass(b.path(), b.integer("maxSessionMinutes", 1), b.bool("postUseReview"))));
    }

    private Environment environment(Fields f) {
        return new Environment(f.path(), f.string("name"), f.word("kind", EnvironmentKind.class),
                f.word("criticality", Criticality.class), f.bool("changeFreeze"),
                f.object("backups", BACKUPS, b -> new Environment.Backups(b.bool("enabled"), b.bool("isolated"), b.date("lastRestoreTest"))));
    }

    private Agent agent(Fields f) {
        String id = f.string("id");
        // The runtime and the identity first: importing RBAC rules needs the service account they name.
        AgentRuntime runtime = f.object("runtime", RUNTIME, r -> runtime(id, r));
        Fields identityFields = f.object("identity", IDENTITY);
        // Kept as written to find the service account's bindings; masked in the model, which reports show.
        String principal = identityFields == null ? null : identityFields.string("principal");
        Identity identity = identityFields == null ? configuredIdentity(id, f.path() + "/runtime", runtime) : new Identity(id,
                identityFields.path(), identityFields.word("type", IdentityType.class), SecretMasker.mask(principal),
                identityFields.string("inheritedFrom"), identityFields.integer("credentialTtlMinutes", 0), null);
        if (identityFields != null && identity.inheritedFrom() != null && identity.type() != null && identity.type() != IdentityType.INHERITED) {
            // Whose credentials the agent uses decides what it holds: a contradiction must not be settled towards the lesser rights.
            problems.add(identityFields.position("inheritedFrom"), "'inheritedFrom' names whose credentials an inherited identity uses, "
                    + "but this identity is " + identity.type().word() + "; write type: inherited if the agent acts with the credentials of '"
                    + identity.inheritedFrom() + "', or leave 'inheritedFrom' out");
        }
        String account = identityFields == null && identity != null ? identity.principal() : principal;
        Position accountAt = identityFields != null ? identityFields.position("principal") : f.position("runtime");
        List<Fields> permissionFields = f.objects("permissions", PERMISSION, "permission");
        List<Permission> permissions = permissionFields.stream().map(p -> permission(id, p, permissionFields,
                (written, at, alongside) -> importer.kubernetesRbac(written, at, account, accountAt, alongside))).toList();
        List<Fields> checkpointFields = f.objects("checkpoints", CHECKPOINT, "checkpoint");
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < checkpointFields.size(); i++) {
            checkpoints.add(checkpoint(id, checkpointFields.get(i), i));
        }
        return new Agent(f.path(), id, f.freeText("name"), f.prose("purpose"), f.string("owner"),
                f.strings("overseers"), f.stringsOrNull("environments"),
                f.object("model", MODEL, m -> new Agent.Model(m.freeText("provider"), m.freeText("name"), m.freeText("version"))),
                f.word("riskTier", RiskTier.class), useCases(f), f.word("autonomy", Autonomy.class),
                f.bool("userFacing"), f.bool("disclosure"),
                identity,
                permissions, checkpoints, f.strings("delegatesTo"),
                f.object("guardrails", GUARDRAILS, g -> guardrails(id, g)),
                f.object("logging", LOGGING, l -> new Agent.Logging(id, l.bool("enabled"), l.words("events", LogEvent.class),
                        l.bool("tamperEvident"), l.integer("retentionDays", 0), l.word("attribution", Attribution.class))),
                f.object("monitoring", MONITORING, m -> new Agent.Monitoring(id, m.bool("alerts"), m.string("reviewer"))),
                f.object("assessments", ASSESSMENTS, a -> new Agent.Assessments(id, assessment(a, "risk"),
                        assessment(a, "fundamentalRights"), assessment(a, "dataProtection"))),
                f.object("dataAccess", DATA_ACCESS, d -> new Agent.DataAccess(id, d.bool("personalData"), d.freeTexts("categories"))),
                runtime,
                f.object("euAiAct", EU_AI_ACT, e -> new Agent.EuAiAct(e.word("route", EuAiActRoute.class))),
                f.object("decisions", DECISIONS, d -> new Agent.Decisions(id, d.bool("aboutPeople"), d.bool("notice"),
                        d.bool("explanation"), d.bool("humanReview"), d.bool("appeal"), d.bool("correction"), d.bool("records"), d.bool("optOut"),
                        d.date("since"))));
    }

    /**
     * The identity an agent's runtime configuration gives it when the deployment declares none:
     * an inherited one when it hands the agent a person's credentials (a personal token, the
     * operator's environment or profile), else the service account or role it runs the agent as.
     */
    private static Identity configuredIdentity(String id, String path, AgentRuntime runtime) {
        if (runtime == null) {
            return null;
        }
        String principal = runtime.principal() == null ? null : SecretMasker.mask(runtime.principal().name());
        if (!runtime.credentials().isEmpty()) {
            return new Identity(id, path, IdentityType.INHERITED, principal, null, null, runtime.credentials().get(0).evidencePath());
        }
        return runtime.principal() == null ? null
                : new Identity(id, path, IdentityType.DEDICATED, principal, null, null, runtime.principal().evidencePath());
    }

    /** The runtime configuration the agent names, read from its file; null when it cannot be (reported). */
    private AgentRuntime runtime(String id, Fields r) {
        String kind = r.word("kind", RuntimeKind.words());
        String written = r.string("path");
        if (kind == null || written == null) {
            return null;
        }
        return importer.runtime(id, r.path(), RuntimeKind.of(kind).orElseThrow(), written, r.position("path"), r.string("name"),
                r.position("name"));
    }

    /**
     * Other codes are kept as written, but a code that makes a framework apply written otherwise,
     * or a jurisdiction written by name ({@code eu}, {@code US_CO}, {@code European Union},
     * {@code Colorado}, {@code Germany}: {@link Jurisdictions}) is an error: read as written it
     * would switch the framework off without a word. An EU member state, by code or name, needs the
     * EU beside it.
     */
    private List<String> jurisdictions(Fields f) {
        List<String> jurisdictions = f.freeTexts("jurisdictions");
        for (int i = 0; i < jurisdictions.size(); i++) {
            String written = jurisdictions.get(i);
            String meant = Jurisdictions.codeOf(written, KNOWN_JURISDICTIONS).orElse(written.strip().toUpperCase(Locale.ROOT));
            if (KNOWN_JURISDICTIONS.contains(meant) && !meant.equals(written)) {
                problems.add(f.itemPosition("jurisdictions", i), "jurisdiction '" + written + "' is not written as the code '" + meant
                        + "' that makes its frameworks apply" + lookAlike(written, "code") + "; write '" + meant + "'");
            } else if (Jurisdictions.EU_MEMBER_STATES.contains(meant) && !jurisdictions.contains("EU")) {
                problems.add(f.itemPosition("jurisdictions", i), "jurisdiction '" + written + "' is a member state of the EU, whose law "
                        + "binds there too; add 'EU', which makes the EU AI Act and GDPR apply");
            }
        }
        return jurisdictions;
    }

    /**
     * Unknown words are kept, but a near miss of a known category (a small edit distance, as the
     * format says) is an error: it must not escape the rules. A word that only begins one
     * ({@code software}, {@code data}) is a word of its own.
     */
    private List<String> useCases(Fields f) {
        // Another word for a known use (hiring) is read as it (employment), so that every rule about that use reads it.
        List<String> useCases = f.strings("useCases").stream().map(u -> u == null ? null : USE_CASE_OF_OTHER_WORD.getOrDefault(u, u)).toList();
        for (int i = 0; i < useCases.size(); i++) {
            String useCase = useCases.get(i);
            if (useCase != null && !KNOWN_USE_CASES.contains(useCase)) {
                int index = i;
                // Hiring, credit_scoring, "hiring ", a Cyrillic с in сredit: a known word written otherwise had escaped every
                // rule about its use (format review), so it is compared as it reads and as it looks, not only as written.
                String meant = USE_CASE_WORD_OF_LOOK.get(look(useCase));
                if (meant != null) {
                    problems.add(f.itemPosition("useCases", index), "use case '" + useCase + "' is not written as '" + meant
                            + "', the word Oversight knows for it" + lookAlike(useCase, "word") + "; write '" + meant + "'");
                    continue;
                }
                // Near misses of the categories only: other words are everyday words, and an unknown one near them (spending,
                // lending) may well mean something else.
                Suggestions.misspelt(plainWord(useCase), KNOWN_USE_CASES).ifPresent(s -> problems.add(f.itemPosition("useCases", index),
                        "use case '" + useCase + "' looks like a misspelling of '" + s + "'; write '" + s
                                + "' (or a clearly different word for a use case Oversight does not know)"));
            }
        }
        // An unknown word is shown as written: masked as quoted text is, since a key pasted there is no use case.
        List<String> shown = Fields.masked(useCases);
        return shown.stream().anyMatch(u -> !KNOWN_USE_CASES.contains(u)) ? shown.stream().map(SecretMasker::maskQuoted).toList() : shown;
    }

    private Agent.Guardrails guardrails(String id, Fields g) {
        return new Agent.Guardrails(id,
                g.object("killSwitch", KILL_SWITCH, k -> new Agent.KillSwitch(id, k.bool("available"), k.bool("haltsInFlight"),
                        k.date("lastTested"), k.string("owner"))),
                g.bool("dryRunFirst"), g.integer("rateLimitPerHour", 0), g.integer("maxResourcesPerAction", 0),
                g.bool("honorsChangeFreeze"));
    }

    private Agent.Assessment assessment(Fields a, String key) {
        return a.object(key, ASSESSMENT, x -> new Agent.Assessment(x.date("date"), x.freeText("reviewer")));
    }

    /** The keys a permission may take its actions from; exactly one is required. */
    private static final List<String> ACTION_SOURCES = List.of("actions", "fromAwsIamPolicy", "fromKubernetesRbac");

    /** Reads the rights that RBAC manifests bind to the holder of a permission: an agent's service account, or a person. */
    private interface RbacRights {
        /**
         * The rights of the manifests {@code written} names, with the manifests imported
         * {@code alongside} them; null when there are none to import (reported).
         */
        PermissionSource of(String written, Position at, List<PermissionImporter.Import> alongside);
    }

    /** A permission of an agent ({@code agentId}) or of a person (null), one of the holder's {@code entries}. */
    private Permission permission(String agentId, Fields p, List<Fields> entries, RbacRights rbac) {
        List<String> given = actionSources(p);
        if (given.size() == 1 && !given.get(0).equals("actions")) {
            return imported(agentId, p, given.get(0), rbac, alongside(entries, p, given.get(0)));
        }
        return new Permission(agentId, p.path(), p.string("environment"), resources(p), actions(p),
                p.prose("justification"), p.date("lastReviewed"));
    }

    /**
     * Resource patterns as written. One with a blank at either end names no resource there is: a
     * careless " *" would pass for a narrow grant while the author meant all.
     */
    private List<String> resources(Fields p) {
        for (Fields.Text resource : p.texts("resources")) {
            if (!resource.value().equals(resource.value().strip())) {
                problems.add(resource.position(), "'" + UnicodeIdentifiers.shown(SecretMasker.mask(resource.value()))
                        + "' begins or ends with a blank, which no resource's name does: write the pattern without it");
            }
        }
        return p.freeTexts("resources");
    }

    /** Which of {@link #ACTION_SOURCES} the permission has; none, or more than one, is reported. */
    private List<String> actionSources(Fields p) {
        List<String> given = ACTION_SOURCES.stream().filter(p::has).toList();
        if (given.isEmpty()) {
            problems.add(p.position(), "the permission lacks 'actions': list the actions it grants, or import them from the policy "
                    + "or role that grants them with 'fromAwsIamPolicy' or 'fromKubernetesRbac'");
        } else if (given.size() > 1) {
            problems.add(p.position(given.get(1)), "a permission takes its actions from one place, but this one has both '" + given.get(0)
                    + "' and '" + given.get(1) + "'; write a permission entry for each");
        }
        return given;
    }

    /**
     * A permission whose actions and resources come from the document {@code key} names. When the
     * document cannot be used the problem is reported and the permission grants nothing; since any
     * problem stops the run, that never makes a control pass.
     */
    private Permission imported(String agentId, Fields p, String key, RbacRights rbac, List<PermissionImporter.Import> alongside) {
        if (p.has("resources")) {
            problems.add(p.position("resources"), "'resources' comes from the document '" + key + "' names; remove it here");
        }
        String written = p.string(key);
        PermissionSource source = written == null ? null : key.equals("fromAwsIamPolicy")
                ? importer.awsIamPolicy(written, p.position(key), alongside)
                : rbac.of(written, p.position(key), alongside);
        if (source == null) {
            return new Permission(agentId, p.path(), p.string("environment"), List.of(), List.of(), p.prose("justification"),
                    p.date("lastReviewed"));
        }
        return Permission.imported(agentId, p.path(), p.string("environment"), p.prose("justification"), p.date("lastReviewed"), source);
    }

    /**
     * The files that the other {@code entries} import with {@code key} for the environment of
     * {@code entry}: documents that apply together to the holder there.
     */
    private static List<PermissionImporter.Import> alongside(List<Fields> entries, Fields entry, String key) {
        String environment = entry.string("environment");
        return entries.stream()
                .filter(e -> e != entry && e.string(key) != null && Objects.equals(e.string("environment"), environment))
                .map(e -> new PermissionImporter.Import(e.string(key), e.position(key))).toList();
    }

    private Checkpoint checkpoint(String agentId, Fields c, int index) {
        // Left out, a gate stands in every environment: written null ("to be decided"), it had too, the widest gate unsaid (format review).
        c.refuseNull("environments", "write the environments the gate stands in, or leave the key out for all of them");
        Integer approvals = c.integer("approvals", 1);
        return new Checkpoint(agentId, c.path(), index, c.freeText("name"), c.stringsOrNull("environments"), actions(c),
                approvals == null ? 1 : approvals, c.strings("approverRoles"), c.bool("independentOfRequester"),
                c.integer("timeoutMinutes", 0), c.word("onTimeout", OnTimeout.class), c.word("enforcement", Enforcement.class));
    }

    /** Verbs from the format's list, or provider-qualified actions ({@code service:Action}). */
    private List<String> actions(Fields f) {
        List<String> actions = f.strings("actions");
        for (int i = 0; i < actions.size(); i++) {
            String action = actions.get(i);
            if (Vocabulary.VERBS.contains(action)) {
                continue;
            }
            if (!isProviderQualified(action)) {
                problems.add(f.itemPosition("actions", i), "'" + UnicodeIdentifiers.shown(action) + "' is not an action verb"
                        + Suggestions.didYouMean(action, Vocabulary.VERBS) + "; write one of " + String.join(", ", Vocabulary.VERBS)
                        + ", or a provider-qualified action such as ec2:TerminateInstances");
            } else if (!PROVIDER_ACTION.matcher(action).matches()) {
                // A stray comma or quote makes an action no provider has, which would gate (or grant) nothing without a word.
                problems.add(f.itemPosition("actions", i), "'" + UnicodeIdentifiers.shown(action) + "' is no provider action: " + PROVIDER_ACTION_SHAPE);
            }
        }
        return Fields.masked(actions);
    }

    private static boolean isProviderQualified(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && colon < action.length() - 1 && action.indexOf(' ') < 0;
    }

    private static final String PROVIDER_ACTION_SHAPE = "a service and an action name are letters, digits, '-', '_', '.', '/' and ':',"
            + " with '*' and '?' as wildcards, each part starting and ending with a letter, a digit or a wildcard; write each action as"
            + " its own item";

    /**
     * A service and an action name, as AWS, Kubernetes ({@code kubernetes:create:pods/exec}) and the
     * action table write them: each starts and ends with a letter, a digit or a wildcard, and no
     * part between colons or slashes is empty ({@code arn:aws:s3:::bucket} and {@code https://x} are
     * not actions).
     */
    private static final java.util.regex.Pattern PROVIDER_ACTION = java.util.regex.Pattern.compile(
            "[A-Za-z0-9*?](?:[A-Za-z0-9*?_.-]*[A-Za-z0-9*?])?:[A-Za-z0-9*?](?:[A-Za-z0-9*?_.-]*[A-Za-z0-9*?])?"
                    + "(?:[:/][A-Za-z0-9*?](?:[A-Za-z0-9*?_.-]*[A-Za-z0-9*?])?)*");

    static Waiver waiver(Fields w, int index) {
        // Read as absent, it would waive every agent's findings: the widest waiver, unsaid (waivers red team).
        w.refuseNull("agent", "name the agent the waiver is for, or leave the key out for a waiver of the whole deployment");
        return new Waiver(w.path(), index, w.string("control"), w.string("agent"), w.prose("justification"),
                w.string("approvedBy"), w.date("expires"));
    }
}
