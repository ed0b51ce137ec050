package io.oversight.deployment.read;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.deployment.Position;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Kubernetes RBAC manifests (Role, ClusterRole, RoleBinding, ClusterRoleBinding; several
 * documents, or a {@code kind: List}) and takes the rules bound to one service account. A
 * RoleBinding grants its role's rules in its own namespace; a ClusterRoleBinding in every
 * namespace. A ClusterRole with an {@code aggregationRule} also holds the rules of the ClusterRoles
 * its label selectors pick, in these manifests or in those imported beside them. Each verb
 * becomes an action {@code kubernetes:VERB}, or {@code rbac:VERB}
 * for the API group {@code rbac.authorization.k8s.io}, whose writes change permissions; on a
 * subresource that means more than the verb it becomes {@code kubernetes:VERB:RESOURCE/SUBRESOURCE}
 * ({@code kubernetes:create:pods/exec}), with the resources it covers. A rule's verb {@code *}
 * becomes each verb it lets through on the rule's resources ({@link #grantedVerbs}), so that each
 * is classified and gated as what it does. The resources are written {@code NAMESPACE/RESOURCE[.GROUP][/SUBRESOURCE][/NAME]}, with {@code *} for every
 * namespace. Other kinds of object (a Deployment beside the roles, say) are skipped.
 */
final class KubernetesRbacReader {

    private static final List<String> KINDS = List.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");
    private static final List<String> SUBJECT_KINDS = List.of("ServiceAccount", "User", "Group");
    private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
    /** Verbs Kubernetes defines; any other word is allowed (and classified unknown), but a near miss is an error. */
    private static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection", "escalate", "bind", "impersonate", "use", "approve", "sign", "proxy", "*");

    /** The verbs of the API's requests on resources: what {@code *} grants on any resource. */
    private static final List<String> RESOURCE_VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection");

    /**
     * The verbs Kubernetes checks only on some resources, and those resources: what {@code *} grants
     * besides the API's eight where a rule names one of them or every resource. {@code use} is
     * checked on PodSecurityPolicies alone, which Kubernetes 1.25 removed, so {@code *} on every
     * resource no longer grants it; a rule that names them still does.
     */
    private static final Map<String, List<String>> SPECIAL_VERBS = specialVerbs();

    private static Map<String, List<String>> specialVerbs() {
        Map<String, List<String>> special = new LinkedHashMap<>();
        special.put("escalate", List.of("roles", "clusterroles"));
        special.put("bind", List.of("roles", "clusterroles"));
        special.put("impersonate", List.of("users", "groups", "serviceaccounts", "uids", "userextras"));
        special.put("approve", List.of("signers"));
        special.put("sign", List.of("signers"));
        special.put("use", List.of("podsecuritypolicies"));
        return special;
    }

    /**
     * The verbs of requests to paths outside the API's resources, lower-cased HTTP methods: what
     * {@code *} grants on {@code nonResourceURLs} (HEAD and OPTIONS read no more than GET).
     */
    private static final List<String> NON_RESOURCE_VERBS = List.of("get", "post", "put", "patch", "delete");

    private record Rule(int number, List<Fields.Text> apiGroups, List<Fields.Text> resources, List<String> resourceNames,
                        List<Fields.Text> verbs, List<Fields.Text> nonResourceURLs) {

        /**
         * The resources a request can match. Kubernetes reads {@code *} in a rule's resource only as
         * every resource, or before a subresource ({@code *}/exec); anywhere else it is a character,
         * which no resource's name holds, so {@code pods/*} matches no subresource and grants nothing.
         */
        List<Fields.Text> requested() {
            return resources.stream().filter(r -> r.value().indexOf('*') < 0 || r.value().equals("*")
                    || r.value().startsWith("*/") && r.value().length() > 2 && r.value().indexOf('*', 1) < 0).toList();
        }

        /** What the rule grants, as written, wherever it is written. */
        List<List<String>> definition() {
            return List.of(values(apiGroups), values(resources), resourceNames, values(verbs), values(nonResourceURLs));
        }

        private static List<String> values(List<Fields.Text> texts) {
            return texts.stream().map(Fields.Text::value).toList();
        }
    }

    /** A role, and the file that defines it, at {@code at}: an aggregated ClusterRole may come from manifests imported beside these. */
    private record Role(String file, Position at, String kind, String namespace, String name, Map<String, String> labels, List<Rule> rules,
                        List<Selector> aggregates) {
        String key() {
            return key(kind, namespace, name);
        }

        /** What the role grants and aggregates, and the labels others aggregate it by, wherever it is written. */
        List<Object> definition() {
            return List.of(labels, rules.stream().map(Rule::definition).toList(), aggregates.stream().map(Selector::labels).toList());
        }

        static String key(String kind, String namespace, String name) {
            return kind + "|" + (kind.equals("Role") ? namespace : "") + "|" + name;
        }

        String describe() {
            return kind + " " + (kind.equals("Role") ? namespace + "/" : "") + name;
        }
    }

    /** A label selector of an {@code aggregationRule}, where it is written. */
    private record Selector(Map<String, String> labels, Position at) {
        boolean picks(Role role) {
            return role.kind().equals("ClusterRole") && role.labels().entrySet().containsAll(labels.entrySet());
        }

        String describe() {
            if (labels.isEmpty()) {
                return "every other ClusterRole (its selector is empty)";
            }
            List<String> pairs = new ArrayList<>();
            labels.forEach((key, value) -> pairs.add(key + "=" + value));
            return "the ClusterRoles labelled " + String.join(", ", pairs);
        }
    }

    private record Subject(String kind, String name, String namespace, Position at) {
    }

    private record Binding(String kind, String namespace, String name, String roleKind, String roleName, Position roleNameAt,
                           List<Subject> subjects, int line) {
        String describe() {
            return kind + " " + (kind.equals("RoleBinding") ? namespace + "/" : "") + name;
        }
    }

    private final String file;
    private final Problems problems;
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final List<Binding> bindings = new ArrayList<>();

    KubernetesRbacReader(ImportedFiles.Loaded manifests) {
        this.file = manifests.name();
        this.problems = manifests.problems();
        List<YNode> documents = manifests.documents();
        for (int i = 0; i < documents.size(); i++) {
            object(documents.get(i), "/" + i);
        }
    }

    /**
     * Each role this file defines that one of {@code alongside} defines otherwise, said with both
     * places: a cluster holds one role of a name, so the two files cannot both be what it runs, and
     * which copy a binding or an aggregation took would decide the rights unseen.
     */
    List<String> contradictions(List<KubernetesRbacReader> alongside) {
        List<String> found = new ArrayList<>();
        for (KubernetesRbacReader other : alongside) {
            for (Role role : other == this ? List.<Role>of() : roles.values()) {
                Role theirs = other.roles.get(role.key());
                if (theirs != null && !role.definition().equals(theirs.definition())) {
                    found.add(role.describe() + " (" + file + " line " + role.at().line() + ", " + other.file + " line " + theirs.at().line() + ")");
                }
            }
        }
        return found;
    }

    /**
     * The rights bound to {@code account}; empty when no binding names it. A ClusterRole here
     * aggregates those of {@code alongside} too: the manifests imported for the same environment,
     * which Oversight reads as parts of one cluster.
     */
    Optional<List<ImportedRight>> rightsOf(ServiceAccount account, List<KubernetesRbacReader> alongside) {
        return rightsOf((subject, binding) -> names(subject, binding, account), alongside);
    }

    /**
     * The rights bound to a person who authenticates as one of {@code userNames} with credentials
     * that carry {@code groups}: bindings to a {@code User} of one of those names, to one of those
     * groups, or to the group every authenticated user is in. Empty when no binding names the person.
     * ClusterRoles aggregate those of {@code alongside} too, as for {@link #rightsOf(ServiceAccount, List)}.
     * A User may be the person's name as the cluster writes it ({@link #maybeUser}).
     */
    Optional<List<ImportedRight>> rightsOfUser(List<String> userNames, List<String> groups, List<KubernetesRbacReader> alongside) {
        return rightsOf((subject, binding) -> reachesAnyCaller(subject) || switch (subject.kind()) {
            case "User" -> userNames.stream().anyMatch(name -> maybeUser(subject.name(), name));
            case "Group" -> subject.name().equals("system:authenticated") || groups.contains(subject.name());
            default -> false;
        }, alongside);
    }

    /**
     * Whether a binding's User {@code bound} may be the person known as {@code name} (an email
     * address or an id): written alike, or alike but for case (the identity provider decides the
     * case of the name the person authenticates with, which the files do not show), or after a
     * prefix the API server puts before it ({@code --oidc-username-prefix}: {@code oidc:dana@...},
     * {@code https://issuer#dana}). Counted as the person's, as the files cannot show it is not:
     * access is overstated rather than missed.
     */
    static boolean maybeUser(String bound, String name) {
        if (bound.equalsIgnoreCase(name)) {
            return true;
        }
        int cut = bound.length() - name.length() - 1;
        return cut >= 0 && (bound.charAt(cut) == ':' || bound.charAt(cut) == '#') && bound.substring(cut + 1).equalsIgnoreCase(name);
    }

    /**
     * The groups bound to a role here that a person's credentials may carry, each where it is first
     * named: what a person holds through them depends on membership, which the identity provider
     * knows and these files do not. Left out: the groups Kubernetes gives only to service accounts,
     * nodes and bootstrap tokens, and those every caller is in (read as such by {@link #rightsOfUser}).
     */
    List<BoundGroup> groupsAPersonMayBeIn() {
        Map<String, BoundGroup> groups = new LinkedHashMap<>();
        for (Binding binding : bindings) {
            for (Subject subject : binding.subjects()) {
                if (subject.kind().equals("Group") && !reachesAnyCaller(subject) && !MACHINE_GROUPS.matcher(subject.name()).matches()) {
                    groups.putIfAbsent(subject.name(), new BoundGroup(subject.name(), subject.at()));
                }
            }
        }
        return List.copyOf(groups.values());
    }

    /** The group whose members the API server allows every request without consulting RBAC: client certificates' O=system:masters. */
    static final String MASTERS = "system:masters";

    /**
     * What a member of {@link #MASTERS} holds: every verb on every resource and path, whatever the
     * manifests bind, cited at {@code evidencePath} (where the deployment says the person is one).
     */
    static List<ImportedRight> mastersRights(String evidencePath) {
        List<String> notes = List.of(MASTERS + ": the API server allows its members every request without consulting RBAC");
        String origin = "group " + MASTERS + " (people[].groups)";
        List<ImportedRight.Resource> everything = List.of(new ImportedRight.Resource("*", evidencePath));
        List<ImportedRight> rights = new ArrayList<>();
        List<String> verbs = new ArrayList<>(RESOURCE_VERBS);
        verbs.addAll(SPECIAL_VERBS.keySet());
        for (String service : List.of("kubernetes", "rbac")) {
            for (String verb : verbs) {
                rights.add(new ImportedRight(service + ":" + verb, service + ":*", List.of(), everything, List.of(), notes, evidencePath, origin));
            }
        }
        for (String verb : NON_RESOURCE_VERBS) {
            if (!RESOURCE_VERBS.contains(verb)) {
                rights.add(new ImportedRight("kubernetes:" + verb, "kubernetes:*", List.of(), everything, List.of(), notes, evidencePath, origin));
            }
        }
        return rights;
    }

    /** A group a binding names as its subject, where. */
    record BoundGroup(String name, Position at) {
    }

    /** Groups no person's credentials carry: service accounts', nodes', bootstrap tokens', and every authenticated caller's. */
    private static final Pattern MACHINE_GROUPS = Pattern.compile(
            "system:(authenticated|serviceaccounts(:.*)?|nodes|bootstrappers(:.*)?)");

    /**
     * Whether {@code subject} is whoever calls the API server without credentials: the user
     * {@code system:anonymous}, the group {@code system:unauthenticated}. Anyone who can reach the
     * server holds what is bound to them, by leaving out the token, so every account and person does.
     */
    private static boolean reachesAnyCaller(Subject subject) {
        return subject.kind().equals("User") && subject.name().equals("system:anonymous")
                || subject.kind().equals("Group") && subject.name().equals("system:unauthenticated");
    }

    private Optional<List<ImportedRight>> rightsOf(java.util.function.BiPredicate<Subject, Binding> names, List<KubernetesRbacReader> alongside) {
        Aggregation aggregation = new Aggregation(alongside);
        List<ImportedRight> rights = new ArrayList<>();
        boolean bound = false;
        for (Binding binding : bindings) {
            if (binding.subjects().stream().noneMatch(s -> names.test(s, binding))) {
                continue;
            }
            bound = true;
            Role role = roles.get(Role.key(binding.roleKind(), binding.namespace(), binding.roleName()));
            if (role == null) {
                problems.add(binding.roleNameAt(), binding.describe() + " binds " + binding.roleKind() + " '" + binding.roleName()
                        + "', which no document of " + file + " defines; add it (kubectl get " + binding.roleKind().toLowerCase(java.util.Locale.ROOT)
                        + " " + binding.roleName() + " -o yaml prints it)");
                continue;
            }
            String scope = binding.kind().equals("RoleBinding") ? binding.namespace() : "*";
            for (Map.Entry<Role, Rule> owned : aggregation.rules(role, role, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                rights.addAll(rights(owned.getValue(), owned.getKey(), role, binding, scope));
            }
        }
        return bound ? Optional.of(rights) : Optional.empty();
    }

    /** Whether {@code subject} of {@code binding} is the account, a group every service account of its namespace is in, or any caller. */
    private static boolean names(Subject subject, Binding binding, ServiceAccount account) {
        return reachesAnyCaller(subject) || switch (subject.kind()) {
            case "ServiceAccount" -> subject.name().equals(account.name()) && account.namespace().equals(
                    subject.namespace() != null ? subject.namespace() : binding.kind().equals("RoleBinding") ? binding.namespace() : null);
            case "User" -> subject.name().equals(account.userName());
            case "Group" -> account.isMemberOf(subject.name());
            default -> false;
        };
    }

    /**
     * The ClusterRoles an aggregationRule may pick: those of these manifests, then those of the
     * manifests imported beside them that these lack (a role exported into both is one role).
     */
    private final class Aggregation {

        private final List<Role> clusterRoles = new ArrayList<>();
        private final List<String> files = new ArrayList<>();

        Aggregation(List<KubernetesRbacReader> alongside) {
            Set<String> names = new HashSet<>();
            for (KubernetesRbacReader reader : java.util.stream.Stream.concat(java.util.stream.Stream.of(KubernetesRbacReader.this),
                    alongside.stream()).distinct().toList()) {
                files.add(reader.file);
                reader.roles.values().stream().filter(r -> r.kind().equals("ClusterRole") && names.add(r.name())).forEach(clusterRoles::add);
            }
        }

        /**
         * A role's own rules, then those aggregated into it, each with the role that wrote it. The
         * control plane fills an aggregating role's rules in from the roles it picks, so one with
         * no rules of its own whose selector picks none of the roles read lacks them: that is
         * reported, as a binding to a missing role is, for an incomplete export must not look like
         * no access.
         */
        List<Map.Entry<Role, Rule>> rules(Role role, Role top, Set<Role> visited) {
            List<Map.Entry<Role, Rule>> all = new ArrayList<>();
            if (!visited.add(role)) {
                return all;
            }
            role.rules().forEach(r -> all.add(Map.entry(role, r)));
            for (Selector selector : role.aggregates()) {
                List<Role> picked = clusterRoles.stream().filter(other -> other != role && other != top && selector.picks(other)).toList();
                if (picked.isEmpty() && role.rules().isEmpty()) {
                    problems.forFile(role.file()).add(selector.at(), role.kind() + " '" + role.name() + "' has no rules of its own and "
                            + "gathers them from " + selector.describe() + ", but no document of " + String.join(" or ", files)
                            + " defines one, so what it grants is missing; add those ClusterRoles, or export the role with the rules the "
                            + "control plane filled in (kubectl get clusterrole " + role.name() + " -o yaml prints them)");
                }
                picked.forEach(other -> all.addAll(rules(other, top, visited)));
            }
            return all;
        }
    }

    private List<ImportedRight> rights(Rule rule, Role owner, Role bound, Binding binding, String scope) {
        String in = owner.file();
        String origin = owner.describe() + (in.equals(file) ? "" : " of " + in)
                + (owner == bound ? "" : " (aggregated into " + bound.kind() + " " + bound.name() + ")")
                + " rule " + rule.number() + ", bound by " + binding.describe() + " (line " + binding.line() + ")";
        List<String> notes = new ArrayList<>();
        if (scope.equals("*")) {
            notes.add("cluster-wide: a ClusterRoleBinding reaches every namespace");
        }
        if (binding.subjects().stream().anyMatch(KubernetesRbacReader::reachesAnyCaller)) {
            notes.add("bound to callers without credentials: anyone who reaches the API server holds it by leaving out the token");
        }
        List<ImportedRight> rights = new ArrayList<>();
        if (rule.resources().isEmpty() && !scope.equals("*")) {
            return rights; // paths are in no namespace: a RoleBinding grants none of them
        }
        if (rule.resources().isEmpty()) {
            List<ImportedRight.Resource> urls = rule.nonResourceURLs().stream()
                    .map(u -> new ImportedRight.Resource(u.value(), SourceMap.pathIn(in, u.path()))).toList();
            for (Granted verb : grantedVerbs(rule)) {
                rights.add(new ImportedRight("kubernetes:" + verb.verb(), "kubernetes:" + verb.written().value(), List.of(), urls, List.of(), notes,
                        SourceMap.pathIn(in, verb.written().path()), origin));
            }
            return rights;
        }
        List<String> groups = rule.apiGroups().stream().map(Fields.Text::value).toList();
        if (!scope.equals("*") && groups.contains("*")) {
            List<String> named = rule.requested().stream().map(Fields.Text::value).filter(KubernetesGroups::clusterScopedSomewhere).toList();
            if (!named.isEmpty()) {
                notes.add("apiGroups \"*\" names every group's " + named.stream().map(r -> "'" + r + "'").collect(java.util.stream.Collectors.joining(", "))
                        + ": Kubernetes' own live in no namespace and this RoleBinding does not grant them, a namespaced custom resource of"
                        + " that name (ACK's IAM users) it does");
            }
        }
        for (String service : List.of("kubernetes", "rbac")) {
            List<String> inService = groups.stream()
                    .filter(g -> g.equals("*") || (service.equals("rbac") == g.equals(RBAC_GROUP))).toList();
            if (inService.isEmpty()) {
                continue;
            }
            for (Granted verb : grantedVerbs(rule)) {
                String action = service + ":" + verb.verb();
                Map<String, List<ImportedRight.Resource>> byAction = new LinkedHashMap<>();
                byAction.put(action, new ArrayList<>());
                for (String group : inService) {
                    for (Fields.Text resource : rule.requested()) {
                        List<String> names = namesFor(verb.verb(), resource.value(), rule.resourceNames());
                        if (names == null
                                || !scope.equals("*") && KubernetesGroups.clusterScoped(service.equals("rbac") ? RBAC_GROUP : group,
                                        resource.value(), verb.verb())
                                || service.equals("rbac") && group.equals("*") && !RBAC_RESOURCES.contains(resource.value().split("/", 2)[0])) {
                            continue;
                        }
                        String classified = servedElsewhere(group, resource.value(), verb.verb()) ? action : action(action, resource.value());
                        List<ImportedRight.Resource> resources = byAction.computeIfAbsent(classified, a -> new ArrayList<>());
                        for (String text : resourceTexts(scope, group, resource.value(), names)) {
                            resources.add(new ImportedRight.Resource(text, SourceMap.pathIn(in, resource.path())));
                        }
                        if (service.equals("kubernetes")) {
                            singledOutWithin(in, action, group, resource, scope, rule.resourceNames(), byAction);
                            awsAuthWithin(in, verb.verb(), group, resource, scope, rule.resourceNames(), byAction);
                        }
                    }
                }
                byAction.forEach((a, resources) -> {
                    if (!resources.isEmpty()) {
                        rights.add(new ImportedRight(a, service + ":" + verb.written().value(), List.of(), resources, List.of(), notes,
                                SourceMap.pathIn(in, verb.written().path()), origin));
                    }
                });
            }
        }
        return rights;
    }

    /**
     * The rule's verbs, each {@code *} replaced by the verbs it lets through on the rule's resources
     * (or non-resource paths), located at the {@code *}: a call's verb, not the wildcard that allowed
     * it, says what it does, so {@code *} on pods is {@code delete} and {@code create} as much as
     * {@code get}, never one "admin" that a gate over admin would pass.
     */
    private static List<Granted> grantedVerbs(Rule rule) {
        List<Granted> granted = new ArrayList<>();
        for (Fields.Text verb : rule.verbs()) {
            if (!verb.value().equals("*")) {
                granted.add(new Granted(verb.value(), verb));
                continue;
            }
            List<String> words = new ArrayList<>(rule.resources().isEmpty() ? NON_RESOURCE_VERBS : RESOURCE_VERBS);
            if (!rule.resources().isEmpty()) {
                SPECIAL_VERBS.forEach((word, on) -> {
                    if (rule.requested().stream().anyMatch(r -> on.contains(r.value().split("/", 2)[0])
                            || r.value().equals("*") && !word.equals("use"))) {
                        words.add(word);
                    }
                });
            }
            words.forEach(w -> granted.add(new Granted(w, verb)));
        }
        // A rule may name a verb and "*" both: each verb once, where it is first written.
        Set<String> seen = new HashSet<>();
        return granted.stream().filter(v -> seen.add(v.verb())).toList();
    }

    /** A verb a rule grants, and the verb it writes that grants it: itself, or {@code *}. */
    private record Granted(String verb, Fields.Text written) {
    }

    /**
     * Every resource ({@code *}) of a group includes the group's resources the action table singles
     * out, whose reading is a grant or whose creation runs commands ({@code get} on {@code *} of the
     * core group includes {@code get} on {@code secrets}, {@code create} on {@code *} of
     * {@code apps} includes {@code create} on {@code deployments}); each becomes a right of its own
     * action too, its resource located at the {@code *} (the right itself, as every right, at its
     * verb), so it is classified and gated as what it does. ({@code *}/a subresource is already an
     * action of its own, classified as the pattern it is.) {@code in} is the file that writes the rule.
     */
    private static void singledOutWithin(String in, String action, String group, Fields.Text resource, String scope, List<String> names,
            Map<String, List<ImportedRight.Resource>> byAction) {
        if (!resource.value().equals("*")) {
            return;
        }
        String verb = action.substring(action.indexOf(':') + 1);
        for (String singled : ActionClassifier.resourcesSingledOut("kubernetes", verb)) {
            if (singled.equals(AWS_AUTH_RESOURCE)) {
                continue; // one object of one namespace: awsAuthWithin reads it
            }
            String singledGroup = KubernetesGroups.of(singled);
            List<String> singledNames = namesFor(verb, singled, names);
            if (!group.equals("*") && !group.equals(singledGroup) || singledNames == null
                    || !scope.equals("*") && KubernetesGroups.clusterScoped(singledGroup, singled, verb)) {
                continue;
            }
            String qualified = action(action, singled);
            if (qualified.equals(action)) {
                continue;
            }
            reach(byAction, qualified, resourceTexts(scope, singledGroup, singled, singledNames), in, resource);
        }
    }

    /**
     * EKS's {@code aws-auth} ConfigMap in {@code kube-system} maps IAM roles and users to Kubernetes
     * users and groups, {@code system:masters} among them: a right to update or patch it (a rule on
     * configmaps, or every resource, of the core group, not limited to other names, held cluster-wide
     * or in kube-system) is a right to make any IAM principal cluster-admin. It becomes a right of its
     * own action, {@code kubernetes:update:configmaps/aws-auth}, so that it is classified and gated as
     * the grant it is; on a cluster that is not EKS no such ConfigMap is read, and the right names it.
     */
    private static void awsAuthWithin(String in, String verb, String group, Fields.Text resource, String scope, List<String> names,
            Map<String, List<ImportedRight.Resource>> byAction) {
        if (!(verb.equals("update") || verb.equals("patch")) || !(group.isEmpty() || group.equals("*"))
                || !(resource.value().equals("configmaps") || resource.value().equals("*"))
                || !(scope.equals("*") || scope.equals(AWS_AUTH_NAMESPACE)) || !names.isEmpty() && !names.contains(AWS_AUTH)) {
            return;
        }
        reach(byAction, "kubernetes:" + verb + ":" + AWS_AUTH_RESOURCE, resourceTexts(AWS_AUTH_NAMESPACE, "", "configmaps", List.of(AWS_AUTH)),
                in, resource);
    }

    /** Adds to {@code action}'s resources each of {@code texts} not among them yet, located at the rule's {@code resource}. */
    private static void reach(Map<String, List<ImportedRight.Resource>> byAction, String action, List<String> texts, String in, Fields.Text resource) {
        List<ImportedRight.Resource> resources = byAction.computeIfAbsent(action, a -> new ArrayList<>());
        for (String text : texts) {
            ImportedRight.Resource reached = new ImportedRight.Resource(text, SourceMap.pathIn(in, resource.path()));
            if (!resources.contains(reached)) {
                resources.add(reached);
            }
        }
    }

    private static final String AWS_AUTH = "aws-auth";
    private static final String AWS_AUTH_NAMESPACE = "kube-system";
    private static final String AWS_AUTH_RESOURCE = "configmaps/" + AWS_AUTH;

    /** The resources of the RBAC group itself: a rule for every group ({@code *}) changes permissions only on these. */
    private static final Set<String> RBAC_RESOURCES = Set.of("roles", "rolebindings", "clusterroles", "clusterrolebindings", "*");

    /**
     * The names a rule's {@code resourceNames} let a request of {@code verb} on {@code resource}
     * carry: all of them (none written: every object), or null when no such request can carry one.
     * A create of a resource (whose name is in the body, if chosen yet) and a deletecollection carry
     * none, so a rule with names never grants them, as Kubernetes' documentation says; a create on a
     * subresource names its object (pods/exec of web-0), and {@code *} stands for those creates too.
     * The empty name is that of a request on the whole collection (a create, a list or watch, a
     * deletecollection), which Kubernetes matches against the names as any other: written, it grants
     * the collection, every object of it; for a request on one object it matches nothing.
     */
    private static List<String> namesFor(String verb, String resource, List<String> names) {
        if (names.isEmpty()) {
            return names;
        }
        boolean create = verb.equals("create") && resource.indexOf('/') < 0;
        if (!names.contains("")) {
            return verb.equals("deletecollection") || create && !resource.equals("*") ? null : names;
        }
        if (create || verb.equals("list") || verb.equals("watch") || verb.equals("deletecollection")) {
            return List.of();
        }
        List<String> named = names.stream().filter(n -> !n.isEmpty()).toList();
        return named.isEmpty() ? null : named;
    }

    /**
     * Whether the rule's {@code group} names {@code resource}, one the action table singles out for
     * what it does in its own group, of another group ({@code pods} of {@code apps},
     * {@code deployments} of {@code extensions}, which Kubernetes stopped serving in 1.16, a custom
     * resource of the same name): there it is an object like any other, its verb what the grant does.
     */
    private static boolean servedElsewhere(String group, String resource, String verb) {
        String own = KubernetesGroups.own(resource);
        return !group.equals("*") && ActionClassifier.resourcesSingledOut("kubernetes", verb).stream()
                .anyMatch(singled -> singled.equals(resource) || singled.equals(own)) && !KubernetesGroups.of(own).equals(group);
    }

    /**
     * The action of {@code verb} on {@code resource}: the verb itself, but for a subresource whose
     * meaning is not the verb's ({@code create} on {@code pods/exec} runs commands in a container),
     * or a resource the action table singles out for the verb ({@code get} on {@code secrets}, whose
     * data are credentials), {@code kubernetes:create:pods/exec}, {@code kubernetes:get:secrets},
     * so that it is classified, shown and gated as what it does.
     */
    private static String action(String verb, String resource) {
        if (resource.indexOf('/') < 0
                && !ActionClassifier.resourcesSingledOut("kubernetes", verb.substring(verb.indexOf(':') + 1)).contains(resource)) {
            return verb;
        }
        String qualified = verb + ":" + resource;
        return ActionClassifier.verbs(qualified).equals(ActionClassifier.verbs(verb)) ? verb : qualified;
    }

    /**
     * {@code payments/deployments.apps}, {@code payments/deployments.apps/scale},
     * {@code payments/configmaps/app-config}; every namespace as {@code *}, and all of everything as {@code *}.
     */
    private static List<String> resourceTexts(String scope, String group, String resource, List<String> names) {
        if (scope.equals("*") && group.equals("*") && resource.equals("*") && names.isEmpty()) {
            return List.of("*");
        }
        // kubectl's notation: the group follows the resource, before a subresource (deployments.apps/scale).
        int slash = resource.indexOf('/');
        String name = slash < 0 ? resource : resource.substring(0, slash);
        String subresource = slash < 0 ? "" : resource.substring(slash);
        String base = scope + "/" + (group.isEmpty() ? name : name + "." + group) + subresource;
        // Kubernetes compares a name exactly: a "*" among resourceNames is an object named "*", which no object can be, not every object.
        return names.isEmpty() ? List.of(base) : names.stream().map(n -> base + "/" + literal(n)).toList();
    }

    /** {@code name} as a resource pattern that matches it alone, its glob characters escaped. */
    private static String literal(String name) {
        return name.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private void object(YNode node, String path) {
        if (!(node instanceof YMap map)) {
            problems.add(node.position(), "each document must be a Kubernetes object (a mapping), but one is " + node.kind());
            return;
        }
        String kind = map.get("kind") instanceof YScalar s && s.type() == YScalar.Type.STRING ? s.text() : null;
        if (kind == null) {
            problems.add(map.position(), "the object has no 'kind'; expected one of " + String.join(", ", KINDS));
            return;
        }
        // kubectl apply unpacks any list, and the API returns typed ones (RoleBindingList): read their items alike.
        if (kind.equals("List") || kind.endsWith("List") && KINDS.contains(kind.substring(0, kind.length() - 4))) {
            YNode items = map.get("items");
            if (items instanceof YList list) {
                for (int i = 0; i < list.items().size(); i++) {
                    object(list.items().get(i), path + "/items/" + i);
                }
            } else if (items != null && !(items instanceof YScalar s && s.isNull())) {
                // Said here: skipped, its bindings went missing and the error blamed the principal instead.
                problems.add(items.position(), "'items' of a " + kind + " must be a list of Kubernetes objects, but is " + items.kind());
            }
            return;
        }
        if (!KINDS.contains(kind)) {
            Suggestions.closest(kind, KINDS).filter(k -> Suggestions.nearIgnoringCase(kind, k))
                    .ifPresent(k -> problems.add(map.get("kind").position(), "kind '" + kind + "' looks like a misspelling of '" + k
                            + "'; an object Oversight does not read would grant nothing"));
            return;
        }
        String name = metadata(map, "name");
        Fields f = Fields.of(node, path, kind + (name == null ? "" : " '" + name + "'"), ImportShapes.RBAC_OBJECT, problems);
        if (f == null) {
            return;
        }
        String apiVersion = f.string("apiVersion");
        if (apiVersion != null && !apiVersion.startsWith(RBAC_GROUP + "/")) {
            problems.add(f.position("apiVersion"), "'apiVersion' of a " + kind + " must be " + RBAC_GROUP + "/v1, but is '" + apiVersion + "'");
        }
        String namespace = metadata(map, "namespace");
        if (name == null) {
            problems.add(f.position("metadata"), "the " + kind + " has no metadata.name");
            return;
        }
        boolean namespaced = kind.equals("Role") || kind.equals("RoleBinding");
        if (namespaced && namespace == null) {
            problems.add(f.position("metadata"), "the " + kind + " '" + name + "' has no metadata.namespace; Oversight cannot tell "
                    + "which namespace it applies to");
            return;
        }
        if (kind.endsWith("Binding")) {
            binding(f, kind, namespace, name, map.position().line());
        } else {
            role(f, kind, namespace, name, labels(map));
        }
    }

    private void role(Fields f, String kind, String namespace, String name, Map<String, String> labels) {
        for (String key : List.of("roleRef", "subjects")) {
            if (f.has(key)) {
                problems.add(f.position(key), "'" + key + "' belongs to a binding, not to a " + kind);
            }
        }
        List<Fields> ruleFields = f.objects("rules", ImportShapes.RULE, "rule");
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < ruleFields.size(); i++) {
            Rule rule = rule(ruleFields.get(i), i + 1);
            if (rule != null) {
                rules.add(rule);
            }
        }
        List<Selector> aggregates = new ArrayList<>();
        Fields aggregation = f.object("aggregationRule", ImportShapes.AGGREGATION_RULE);
        if (aggregation != null) {
            if (!kind.equals("ClusterRole")) {
                problems.add(f.position("aggregationRule"), "only a ClusterRole aggregates others");
            }
            for (Fields selector : aggregation.objects("clusterRoleSelectors", ImportShapes.LABEL_SELECTOR, "selector")) {
                if (selector.has("matchExpressions")) {
                    problems.add(selector.position("matchExpressions"), "matchExpressions are not supported; give the aggregated rules "
                            + "instead (kubectl get clusterrole " + name + " -o yaml prints them)");
                }
                aggregates.add(new Selector(stringMap(selector.node("matchLabels")), selector.position()));
            }
        }
        Role role = new Role(file, f.position(), kind, namespace, name, labels, rules, aggregates);
        if (roles.putIfAbsent(role.key(), role) != null) {
            problems.add(f.position(), "a second " + role.describe() + "; define each role once");
        }
    }

    private Rule rule(Fields r, int number) {
        List<Fields.Text> verbs = r.texts("verbs");
        List<Fields.Text> resources = r.texts("resources");
        List<Fields.Text> urls = r.texts("nonResourceURLs");
        List<Fields.Text> groups = r.texts("apiGroups");
        if (r.has("verbs") && verbs.isEmpty() && r.node("verbs") instanceof YList) {
            problems.add(r.position("verbs"), "'verbs' is empty: the rule grants nothing");
        }
        for (Fields.Text verb : verbs) {
            if (!VERBS.contains(verb.value())) {
                Suggestions.closest(verb.value(), VERBS).ifPresent(v -> problems.add(verb.position(), "verb '" + verb.value()
                        + "' looks like a misspelling of '" + v + "'"));
            }
        }
        if (resources.isEmpty() && urls.isEmpty()) {
            problems.add(r.position(), "the rule names no 'resources' (or 'nonResourceURLs')");
            return null;
        }
        if (!resources.isEmpty() && !r.has("apiGroups")) {
            problems.add(r.position(), "the rule names resources without 'apiGroups'; write apiGroups: [\"\"] for the core group");
            return null;
        }
        return new Rule(number, groups, resources, r.strings("resourceNames"), verbs, urls);
    }

    private void binding(Fields f, String kind, String namespace, String name, int line) {
        for (String key : List.of("rules", "aggregationRule")) {
            if (f.has(key)) {
                problems.add(f.position(key), "'" + key + "' belongs to a role, not to a " + kind);
            }
        }
        Fields ref = f.object("roleRef", ImportShapes.ROLE_REF);
        if (ref == null) {
            if (!f.has("roleRef")) {
                problems.add(f.position(), "the " + kind + " '" + name + "' has no 'roleRef'");
            }
            return;
        }
        String roleKind = ref.word("kind", kind.equals("RoleBinding") ? List.of("Role", "ClusterRole") : List.of("ClusterRole"));
        String roleName = ref.string("name");
        List<Subject> subjects = new ArrayList<>();
        for (Fields s : f.objects("subjects", ImportShapes.SUBJECT, "subject")) {
            String subjectKind = s.word("kind", SUBJECT_KINDS);
            String subjectName = s.string("name");
            String subjectNamespace = orAbsent(s.string("namespace"));
            if ("ServiceAccount".equals(subjectKind) && kind.equals("ClusterRoleBinding") && subjectNamespace == null) {
                problems.add(s.position(), "a ServiceAccount subject of a ClusterRoleBinding needs its 'namespace'");
            }
            if (subjectKind != null && subjectName != null) {
                subjects.add(new Subject(subjectKind, subjectName, subjectNamespace, s.position("name")));
            }
        }
        if (roleKind != null && roleName != null) {
            bindings.add(new Binding(kind, namespace, name, roleKind, roleName, ref.position("name"), subjects, line));
        }
    }

    /** A text under metadata, read leniently: clusters add many keys there that Oversight has no use for. */
    private static String metadata(YMap object, String key) {
        return object.get("metadata") instanceof YMap metadata && metadata.get(key) instanceof YScalar s && !s.isNull() ? orAbsent(s.text()) : null;
    }

    /**
     * {@code text}, or null when it is empty: the API's types omit an empty text, so Kubernetes reads
     * {@code namespace: ""} as no namespace at all (a subject's defaults to the binding's), never as
     * a namespace named "".
     */
    private static String orAbsent(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Map<String, String> labels(YMap object) {
        return object.get("metadata") instanceof YMap metadata ? stringMap(metadata.get("labels")) : Map.of();
    }

    private static Map<String, String> stringMap(YNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node instanceof YMap m) {
            for (YEntry entry : m.entries().values()) {
                if (entry.value() instanceof YScalar s && !s.isNull()) {
                    map.put(entry.key(), s.text());
                }
            }
        }
        return map;
    }
}
