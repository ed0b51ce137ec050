package io.oversight.catalog.action;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rights that destroy backups, or take away what keeps them from being destroyed (a vault's
 * lock, its access policy, a recovery point's retention): what no agent identity may hold where an
 * environment declares its backups isolated (the format's {@code backups.isolated}: no agent
 * identity can delete or alter them). AWS's by action, each listed in its Service Authorization
 * Reference; Kubernetes' by verb and resource: Velero's backups and the CSI snapshots.
 *
 * <p>A right to every action of every service, or to every Kubernetes resource, is not taken as
 * one of these: whether it reaches the backups depends on where they are kept (another account, a
 * locked vault), and that is what the declaration answers. Such a right is judged as the
 * administration of everything (PM-02). A right that names the backup service, or a backup action,
 * or a backup resource, reaches backups that are kept where its resources reach.
 */
public final class BackupRights {

    private record Right(ActionPattern action, Glob kubernetesResource) {

        static Right aws(String action) {
            return new Right(ActionPattern.of(action), null);
        }

        static Right kubernetes(String verbs, String resource) {
            return new Right(ActionPattern.of("kubernetes:" + verbs), Glob.ignoringCase(resource));
        }
    }

    private static final List<Right> RIGHTS = List.of(
            Right.aws("backup:DeleteRecoveryPoint"),
            Right.aws("backup:UpdateRecoveryPointLifecycle"),
            Right.aws("backup:DeleteBackupVaultLockConfiguration"),
            Right.aws("backup:PutBackupVaultAccessPolicy"),
            Right.aws("backup:DeleteBackupVaultAccessPolicy"),
            Right.aws("rds:DeleteDBSnapshot"),
            Right.aws("rds:DeleteDBClusterSnapshot"),
            Right.aws("rds:DeleteDBInstanceAutomatedBackup"),
            Right.aws("rds:DeleteDBClusterAutomatedBackup"),
            Right.aws("ec2:DeleteSnapshot"),
            Right.aws("dynamodb:DeleteBackup"),
            Right.aws("fsx:DeleteBackup"),
            Right.aws("redshift:DeleteClusterSnapshot"),
            Right.aws("elasticache:DeleteSnapshot"),
            Right.aws("memorydb:DeleteSnapshot"),
            Right.aws("glacier:DeleteArchive"),
            Right.aws("lightsail:DeleteInstanceSnapshot"),
            Right.aws("lightsail:DeleteDiskSnapshot"),
            Right.aws("lightsail:DeleteRelationalDatabaseSnapshot"),
            Right.kubernetes("delete*", "backups.velero.io"),
            Right.kubernetes("create", "deletebackuprequests.velero.io"),
            Right.kubernetes("delete*", "volumesnapshots.snapshot.storage.k8s.io"),
            Right.kubernetes("delete*", "volumesnapshotcontents.snapshot.storage.k8s.io"));

    private BackupRights() {
    }

    /**
     * The first backup right that {@code action}, less {@code except}, holds as {@code verb} (a
     * pattern of several verbs is a grant per verb, and each names only its own) on
     * {@code resources} (none named: every resource), as a finding names it
     * ({@code backup:DeleteRecoveryPoint}, {@code kubernetes:delete of backups.velero.io}); empty
     * when it holds none.
     */
    public static Optional<String> reached(String action, List<String> except, Verb verb, List<String> resources) {
        for (Right right : CANDIDATES.computeIfAbsent(verb.name() + '\n' + action + '\n' + String.join("\n", except),
                key -> candidates(action, except, verb))) {
            if (right.kubernetesResource() == null && !resources.isEmpty()
                    && resources.stream().noneMatch(r -> awsResourceOf(r, right.action()))) {
                continue;
            }
            if (right.kubernetesResource() != null && resources.stream().noneMatch(r -> namesResource(r, right.kubernetesResource()))) {
                continue;
            }
            return Optional.of(right.kubernetesResource() == null ? right.action().text()
                    : right.action().text().replace("*", "") + " of " + right.kubernetesResource().text());
        }
        return Optional.empty();
    }

    /** A fleet repeats a few actions many times: the rights each one may hold are found once. */
    private static final Map<String, List<Right>> CANDIDATES = new ConcurrentHashMap<>();

    /** The rights {@code action}, less {@code except}, holds as {@code verb}, whatever its resources. */
    private static List<Right> candidates(String action, List<String> except, Verb verb) {
        if (action.indexOf(':') < 0) {
            return List.of(); // a format verb: see the class comment
        }
        ActionPattern written = ActionPattern.of(action);
        if (everyName(written.service().text()) && ActionClassifier.isWildcard(action)) {
            return List.of(); // every action of every service: see the class comment
        }
        List<ActionPattern> excluded = except.stream().map(ActionPattern::of).toList();
        return RIGHTS.stream().filter(right -> written.intersects(right.action()) && heldAs(right, verb)
                && !(right.action().isConcrete() && excluded.stream().anyMatch(e -> e.matches(right.action().text())))).toList();
    }

    /** Whether a grant of {@code verb} holds the right: its own verb, or the administration of all of a service. */
    private static boolean heldAs(Right right, Verb verb) {
        return verb == Verb.ADMIN || verb == Verb.ALL || ActionClassifier.verbs(right.action().text()).contains(verb);
    }

    /** Whether {@code resource} may be one of {@code action}'s: anything but an ARN of another service. */
    private static boolean awsResourceOf(String resource, ActionPattern action) {
        if (!resource.startsWith("arn:")) {
            return true;
        }
        String[] parts = resource.split(":", 4);
        return parts.length < 3 || Glob.ignoringCase(parts[2]).intersects(action.service());
    }

    /**
     * Whether an imported Kubernetes resource ({@code NAMESPACE/RESOURCE.GROUP[/SUBRESOURCE][/NAME]})
     * names {@code resource} itself, not every resource ({@code *}, {@code ns/*.*}).
     */
    private static boolean namesResource(String written, Glob resource) {
        String[] parts = written.split("/", 3);
        String name = parts.length < 2 ? parts[0] : parts[1];
        int dot = name.indexOf('.');
        String plural = dot < 0 ? name : name.substring(0, dot);
        boolean everything = everyName(plural) && (dot < 0 || everyName(name.substring(dot + 1)));
        return !everything && Glob.ignoringCase(name).intersects(resource);
    }

    private static boolean everyName(String text) {
        return ActionClassifier.everyName(text);
    }
}
