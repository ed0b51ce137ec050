package io.oversight.deployment.read;

import io.oversight.deployment.InputFile;
import io.oversight.deployment.Position;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.AgentRuntime;
import io.oversight.deployment.model.IamDeny;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.PermissionSource;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.runtime.RuntimeKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports the rights of permissions that point at the documents which really grant them:
 * {@code fromAwsIamPolicy} (an IAM policy) and {@code fromKubernetesRbac} (RBAC manifests, read
 * for the agent's service account, or for a person's user name). Each file is read and interpreted once however many
 * permissions name it; problems are reported in the file, or at the key that names it. Safe for
 * agents bound on several threads.
 */
final class PermissionImporter {

    private final ImportedFiles files;
    private final Problems problems;
    private final Map<String, Optional<PermissionSource>> policies = new HashMap<>();
    private final Map<String, KubernetesRbacReader> manifests = new HashMap<>();
    private final RuntimeImporter runtimes;

    /** A file another permission entry of the same holder imports for the same environment, and the key naming it. */
    record Import(String written, Position at) {
    }

    /** Imports of {@code deploymentFile} from inside {@code importRoot} (null: the deployment's folder). */
    PermissionImporter(String deploymentFile, Path importRoot, InputLimits limits, Problems problems) {
        this.files = new ImportedFiles(deploymentFile, importRoot, limits, problems);
        this.problems = problems;
        this.runtimes = new RuntimeImporter(files, limits, problems);
    }

    /** The source maps of the files read, by the name findings cite them with. */
    synchronized Map<String, SourceMap> sources() {
        return files.sources();
    }

    /** The files imported, with their digests. */
    synchronized List<InputFile> inputs() {
        return List.copyOf(files.inputs());
    }

    /** The runtime configuration an agent names; null when it cannot be used (reported). See {@link RuntimeImporter}. */
    synchronized AgentRuntime runtime(String agentId, String path, RuntimeKind kind, String written, Position at, String name,
                                      Position nameAt) {
        return runtimes.runtime(agentId, path, kind, written, at, name, nameAt);
    }

    /**
     * The rights of the policy {@code written} names, less what its Deny statements and those of
     * the policies {@code alongside} it take away; null when it cannot be read (reported). AWS
     * applies an explicit deny of any policy attached to an identity to what all of them allow.
     */
    synchronized PermissionSource awsIamPolicy(String written, Position at, List<Import> alongside) {
        PermissionSource own = policy(written, at);
        if (own == null) {
            return null;
        }
        List<IamDeny> beside = new ArrayList<>();
        for (Import other : alongside) {
            PermissionSource policy = policy(other.written(), other.at());
            if (policy != null && !policy.file().equals(own.file())) {
                policy.denies().forEach(d -> beside.add(d.in(policy.file())));
            }
        }
        if (beside.isEmpty()) {
            return own;
        }
        IamDenies.Result result = IamDenies.apply(own.rights(), beside);
        List<ImportedRight> denied = new ArrayList<>(own.denied());
        denied.addAll(result.denied());
        List<IamDeny> denies = new ArrayList<>(own.denies());
        denies.addAll(beside);
        return masked(new PermissionSource(own.kind(), own.written(), own.file(), result.rights(), denied, denies));
    }

    /** The rights of the policy {@code written} names, less its own denies, read once; null when it cannot be read (reported). */
    private PermissionSource policy(String written, Position at) {
        String name = files.nameOf(written);
        Optional<PermissionSource> known = policies.get(name);
        if (known == null) {
            // A malformed policy reads as nothing (its problems are reported), not as a source.
            known = files.load(written, at, ImportedFiles.Kind.IAM_POLICY)
                    .map(policy -> new IamPolicyReader(policy).read(policy.documents().get(0), written))
                    .map(PermissionImporter::masked);
            if (files.sources().containsKey(name)) {
                policies.put(name, known); // parsed: interpreted once, its problems reported once
            }
        }
        return known.orElse(null);
    }

    /**
     * The rights the manifests {@code written} names bind to the service account
     * {@code principal}; null when they cannot be read or bind nothing to it (reported). Their
     * ClusterRoles aggregate those of the manifests {@code alongside} too.
     */
    synchronized PermissionSource kubernetesRbac(String written, Position at, String principal, Position principalAt,
                                                 List<Import> alongside) {
        if (principal == null) {
            problems.add(at, "'fromKubernetesRbac' takes the rules bound to the agent's service account, but the agent has no "
                    + "identity.principal; name the account there as " + ServiceAccount.FORMS);
            return null;
        }
        Optional<ServiceAccount> account = ServiceAccount.parse(principal);
        if (account.isEmpty()) {
            problems.add(principalAt, "identity.principal '" + principal + "' is not a Kubernetes service account, which "
                    + "'fromKubernetesRbac' needs; write it as " + ServiceAccount.FORMS);
            return null;
        }
        Optional<KubernetesRbacReader> reader = manifests(written, at);
        if (reader.isEmpty()) {
            return null;
        }
        List<KubernetesRbacReader> others = manifests(alongside);
        if (contradicted(reader.get(), others, at)) {
            return null;
        }
        Optional<List<ImportedRight>> rights = reader.get().rightsOf(account.get(), others);
        if (rights.isEmpty()) {
            problems.add(at, "no RoleBinding or ClusterRoleBinding in " + files.nameOf(written) + " binds service account " + account.get()
                    + " (identity.principal), so this permission would import nothing; check the principal and the file");
            return null;
        }
        return masked(new PermissionSource(PermissionSource.KUBERNETES_RBAC, written, files.nameOf(written), rights.get(), List.of(),
                List.of()));
    }

    /**
     * The rights the manifests {@code written} names bind to a person, who authenticates to
     * Kubernetes as one of {@code userNames} (the person's email and id) with credentials that carry
     * {@code groups} (null: not stated); null when they cannot be read or bind nothing to the person
     * (reported). Where the manifests bind roles to groups a person may be in and the person's groups
     * are not stated, that is reported too: whether the person holds those roles is not in the files.
     * A member of system:masters holds every right, whatever the manifests bind, cited at
     * {@code groupsPath}'s item (the person's groups in the deployment). ClusterRoles aggregate those
     * of the manifests {@code alongside} too.
     */
    synchronized PermissionSource kubernetesRbacOfPerson(String written, Position at, List<String> userNames, List<String> groups,
                                                         String groupsPath, List<Import> alongside) {
        Optional<KubernetesRbacReader> reader = manifests(written, at);
        if (reader.isEmpty()) {
            return null;
        }
        List<KubernetesRbacReader.BoundGroup> bound = reader.get().groupsAPersonMayBeIn();
        if (groups == null) {
            if (!bound.isEmpty()) {
                KubernetesRbacReader.BoundGroup first = bound.get(0);
                problems.add(at, files.nameOf(written) + " binds roles to Group '" + first.name() + "' (line " + first.at().line() + ")"
                        + (bound.size() > 1 ? " and " + (bound.size() - 1) + " more group" + (bound.size() > 2 ? "s" : "") : "")
                        + ", and whether the person is in " + (bound.size() > 1 ? "them" : "it") + " is not in these files; list the groups "
                        + "the person's credentials carry in the person's 'groups' (groups: [] when none), so that what they hold counts");
                return null;
            }
        }
        List<String> memberOf = groups == null ? List.of() : groups;
        for (String group : memberOf) {
            // Kubernetes compares group names exactly: a stated group spelt otherwise than the binding's would drop its roles unseen.
            bound.stream()
                    .filter(b -> !b.name().equals(group) && b.name().equalsIgnoreCase(group.strip()) && !memberOf.contains(b.name()))
                    .findFirst().ifPresent(b -> problems.add(at, "the person's group '" + group + "' is bound by no binding of "
                            + files.nameOf(written) + ", but '" + b.name() + "' is (line " + b.at().line() + "): Kubernetes compares group"
                            + " names exactly; write it as the binding does"));
        }
        List<KubernetesRbacReader> others = manifests(alongside);
        if (contradicted(reader.get(), others, at)) {
            return null;
        }
        Optional<List<ImportedRight>> rights = reader.get().rightsOfUser(userNames, memberOf, others);
        int master = memberOf.indexOf(KubernetesRbacReader.MASTERS);
        if (master >= 0) {
            List<ImportedRight> all = new ArrayList<>(rights.orElse(List.of()));
            all.addAll(KubernetesRbacReader.mastersRights(groupsPath + "/" + master));
            rights = Optional.of(all);
        }
        if (rights.isEmpty()) {
            problems.add(at, "no RoleBinding or ClusterRoleBinding in " + files.nameOf(written) + " binds a User named "
                    + String.join(" or ", userNames) + " (the person's email or id)" + (memberOf.isEmpty() ? "" : " or one of the person's groups")
                    + ", so this permission would import nothing; check the binding's subjects and the file");
            return null;
        }
        return masked(new PermissionSource(PermissionSource.KUBERNETES_RBAC, written, files.nameOf(written), rights.get(), List.of(),
                List.of()));
    }

    /**
     * Whether {@code reader}'s manifests define a role that those {@code alongside}, read as the same
     * cluster, define otherwise; reported at {@code at}, since the rights would rest on whichever
     * copy was taken.
     */
    private boolean contradicted(KubernetesRbacReader reader, List<KubernetesRbacReader> alongside, Position at) {
        List<String> contradictions = reader.contradictions(alongside);
        if (!contradictions.isEmpty()) {
            problems.add(at, "the manifests imported for this environment are read as one cluster, which holds one role of a name, but they "
                    + "define " + contradictions.get(0) + (contradictions.size() > 1 ? " and " + (contradictions.size() - 1) + " more" : "")
                    + " differently; import the definition the cluster has (kubectl get clusterrole NAME -o yaml, or get role, prints it)");
        }
        return !contradictions.isEmpty();
    }

    /**
     * The manifests imported beside others, those that can be read: Kubernetes fills an aggregated
     * ClusterRole in from every ClusterRole of the cluster, wherever the export put it. (One that
     * cannot be read is reported at its own entry.)
     */
    private List<KubernetesRbacReader> manifests(List<Import> alongside) {
        return alongside.stream().flatMap(i -> manifests(i.written(), i.at()).stream()).toList();
    }

    /** The manifests {@code written} names, read once; empty when they cannot be read (reported). */
    private Optional<KubernetesRbacReader> manifests(String written, Position at) {
        String name = files.nameOf(written);
        KubernetesRbacReader reader = manifests.get(name);
        if (reader == null) {
            Optional<ImportedFiles.Loaded> loaded = files.load(written, at, ImportedFiles.Kind.RBAC_MANIFESTS);
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            reader = new KubernetesRbacReader(loaded.get());
            manifests.put(name, reader);
        }
        return Optional.of(reader);
    }

    /**
     * The source with every text taken from the imported file that reports show masked, as a
     * deployment's free text is (its deny statements are not shown, only matched).
     */
    private static PermissionSource masked(PermissionSource source) {
        return new PermissionSource(source.kind(), source.written(), source.file(), masked(source.rights()), masked(source.denied()),
                source.denies());
    }

    private static List<ImportedRight> masked(List<ImportedRight> rights) {
        return rights.stream().map(r -> new ImportedRight(SecretMasker.mask(r.action()), SecretMasker.mask(r.writtenAs()), Fields.masked(r.except()),
                r.resources().stream().map(x -> new ImportedRight.Resource(SecretMasker.mask(x.pattern()), x.evidencePath(),
                        Fields.masked(x.except()))).toList(),
                Fields.masked(r.conditions()), Fields.masked(r.notes()), r.evidencePath(), SecretMasker.mask(r.origin()))).toList();
    }
}
