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
 * <p>A right to every action of every service, or to every Kubernetes resource, or a format verb
 * ({@code delete}) on every resource, is not taken as one of these: whether it reaches the backups
 * depends on where they are kept (another account, a locked vault), and that is what the
 * declaration answers. Such a right is judged as the administration of everything (PM-02). A right
 * that names the backup service, a backup action or a backup resource (a format verb on
 * {@code arn:aws:backup:...:recovery-point:*}) reaches the backups its resources may be: not a
 * database's or a table's ARN.
 */
public final class BackupRights {

    /**
     * {@code arn}: the shape of the ARNs the AWS action acts on (a resource of the same service but
     * another type, such as a database, is not a backup); {@code kubernetesResource}: the resource a
     * Kubernetes verb must name.
     */
    private record Right(ActionPattern action, Glob arn, Glob kubernetesResource, boolean onBackup) {

        static Right aws(String action, String arn) {
            return new Right(ActionPattern.of(action), Glob.exact(arn), null, true);
        }

        /**
         * An action on the database, table or cluster whose backups it deletes (a shorter retention):
         * held through that action only, as a format verb on the database's ARN deletes the database,
         * not its backups.
         */
        static Right retention(String action, String arn) {
            return new Right(ActionPattern.of(action), Glob.exact(arn), null, false);
        }

        static Right kubernetes(String verbs, String resource) {
            return new Right(ActionPattern.of("kubernetes:" + verbs), null, Glob.ignoringCase(resource), true);
        }
    }

    private static final List<Right> RIGHTS = List.of(
            Right.aws("backup:DeleteRecoveryPoint", "arn:*:backup:*:*:recovery-point:*"),
            Right.aws("backup:UpdateRecoveryPointLifecycle", "arn:*:backup:*:*:recovery-point:*"),
            Right.aws("backup:DeleteBackupVaultLockConfiguration", "arn:*:backup:*:*:backup-vault:*"),
            Right.aws("backup:PutBackupVaultAccessPolicy", "arn:*:backup:*:*:backup-vault:*"),
            Right.aws("backup:DeleteBackupVaultAccessPolicy", "arn:*:backup:*:*:backup-vault:*"),
            Right.aws("rds:DeleteDBSnapshot", "arn:*:rds:*:*:snapshot:*"),
            Right.aws("rds:DeleteDBClusterSnapshot", "arn:*:rds:*:*:cluster-snapshot:*"),
            Right.aws("rds:DeleteDBInstanceAutomatedBackup", "arn:*:rds:*:*:auto-backup:*"),
            Right.aws("rds:DeleteDBClusterAutomatedBackup", "arn:*:rds:*:*:cluster-auto-backup:*"),
            Right.aws("ec2:DeleteSnapshot", "arn:*:ec2:*:*:snapshot/*"),
            Right.aws("ec2:UnlockSnapshot", "arn:*:ec2:*:*:snapshot/*"),
            Right.aws("rbin:DeleteRule", "arn:*:rbin:*:*:rule/*"),
            Right.aws("rbin:UnlockRule", "arn:*:rbin:*:*:rule/*"),
            Right.aws("dynamodb:DeleteBackup", "arn:*:dynamodb:*:*:table/*/backup/*"),
            Right.retention("dynamodb:UpdateContinuousBackups", "arn:*:dynamodb:*:*:table/*"),
            Right.aws("fsx:DeleteBackup", "arn:*:fsx:*:*:backup/*"),
            Right.aws("redshift:DeleteClusterSnapshot", "arn:*:redshift:*:*:snapshot:*"),
            Right.aws("redshift:BatchDeleteClusterSnapshots", "arn:*:redshift:*:*:snapshot:*"),
            Right.aws("redshift-serverless:DeleteSnapshot", "arn:*:redshift-serverless:*:*:snapshot/*"),
            Right.aws("elasticache:DeleteServerlessCacheSnapshot", "arn:*:elasticache:*:*:serverlesscachesnapshot:*"),
            Right.aws("docdb-elastic:DeleteClusterSnapshot", "arn:*:docdb-elastic:*:*:cluster-snapshot/*"),
            Right.aws("storagegateway:DeleteTapeArchive", "arn:*:storagegateway:*:*:tape/*"),
            Right.aws("cloudhsm:DeleteBackup", "arn:*:cloudhsm:*:*:backup/*"),
            Right.aws("fsx:DeleteSnapshot", "arn:*:fsx:*:*:snapshot/*"),
            Right.aws("neptune-graph:DeleteGraphSnapshot", "arn:*:neptune-graph:*:*:graph-snapshot/*"),
            Right.aws("opsworks-cm:DeleteBackup", "arn:*:opsworks-cm:*:*:backup/*"),
            // A shorter retention deletes the backups beyond it: the cross-Region copies, a lifecycle policy's snapshots,
            // a database's automated backups (a retention of 0 deletes them all).
            Right.retention("redshift:ModifySnapshotCopyRetentionPeriod", "arn:*:redshift:*:*:cluster:*"),
            Right.aws("dlm:UpdateLifecyclePolicy", "arn:*:dlm:*:*:policy/*"),
            Right.retention("rds:ModifyDBInstance", "arn:*:rds:*:*:db:*"),
            Right.retention("rds:ModifyDBCluster", "arn:*:rds:*:*:cluster:*"),
            Right.aws("elasticache:DeleteSnapshot", "arn:*:elasticache:*:*:snapshot:*"),
            Right.aws("memorydb:DeleteSnapshot", "arn:*:memorydb:*:*:snapshot/*"),
            Right.aws("glacier:DeleteArchive", "arn:*:glacier:*:*:vaults/*"),
            Right.aws("lightsail:DeleteInstanceSnapshot", "arn:*:lightsail:*:*:InstanceSnapshot/*"),
            Right.aws("lightsail:DeleteDiskSnapshot", "arn:*:lightsail:*:*:DiskSnapshot/*"),
            Right.aws("lightsail:DeleteRelationalDatabaseSnapshot", "arn:*:lightsail:*:*:RelationalDatabaseSnapshot/*"),
            Right.kubernetes("delete*", "backups.velero.io"),
            // A shorter time to live makes Velero delete the backup and its data.
            Right.kubernetes("patch", "backups.velero.io"),
            Right.kubernetes("update", "backups.velero.io"),
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
        if (action.indexOf(':') < 0) {
            return byFormatVerb(verb, resources);
        }
        for (Right right : CANDIDATES.computeIfAbsent(verb.name() + '\n' + action + '\n' + String.join("\n", except),
                key -> candidates(action, except, verb))) {
            if (right.kubernetesResource() == null && !resources.isEmpty() && resources.stream().noneMatch(r -> mayBe(r, right))) {
                continue;
            }
            if (right.kubernetesResource() != null && resources.stream().noneMatch(r -> namesResource(r, right.kubernetesResource()))) {
                continue;
            }
            return Optional.of(name(right));
        }
        return Optional.empty();
    }

    /**
     * A format verb that deletes or administers ({@code delete}, {@code admin}, {@code "*"}) on a
     * resource that names backups ({@code arn:aws:backup:...:recovery-point:*}); on every resource,
     * or none named, it is left to PM-02 as {@code "*"} is.
     */
    private static Optional<String> byFormatVerb(Verb verb, List<String> resources) {
        if (verb != Verb.DELETE && verb != Verb.ADMIN && verb != Verb.ALL) {
            return Optional.empty();
        }
        return RIGHTS.stream().filter(right -> right.onBackup() && right.arn() != null && resources.stream()
                        .anyMatch(r -> r.startsWith("arn:") && !ActionClassifier.everyName(r.substring(4).replace(":", "")) && mayBe(r, right)))
                .findFirst().map(BackupRights::name);
    }

    private static String name(Right right) {
        return right.kubernetesResource() == null ? right.action().text()
                : right.action().text().replace("*", "") + " of " + right.kubernetesResource().text();
    }

    /** A fleet repeats a few actions many times: the rights each one may hold are found once. */
    private static final Map<String, List<Right>> CANDIDATES = new ConcurrentHashMap<>();

    /** The rights {@code action}, less {@code except}, holds as {@code verb}, whatever its resources. */
    private static List<Right> candidates(String action, List<String> except, Verb verb) {
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

    /**
     * Whether {@code resource} may be one the right acts on: a name that is no ARN, or an ARN that
     * may have the right's shape, compared part by part (a star in one part stands for text of that
     * part, as {@code arn:aws:s3:::reports/*} names no RDS snapshot); an ARN cut short ({@code arn:*})
     * leaves the rest open.
     */
    private static boolean mayBe(String resource, Right right) {
        if (!resource.startsWith("arn:")) {
            return true;
        }
        String[] written = resource.split(":", 6);
        String[] shape = right.arn().text().split(":", 6);
        for (int i = 1; i < written.length; i++) {
            boolean last = i == written.length - 1 && written.length < 6;
            String part = last && written[i].endsWith("*") ? written[i] + ":*" : written[i];
            String against = last ? String.join(":", java.util.Arrays.copyOfRange(shape, i, shape.length)) : shape[i];
            if (!Glob.exact(part).intersects(Glob.exact(against))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an imported Kubernetes resource ({@code NAMESPACE/RESOURCE.GROUP[/SUBRESOURCE][/NAME]})
     * names {@code resource} itself, not every resource ({@code *}, {@code ns/*.*}); but every
     * resource of Velero's own namespace ({@code velero}, where it keeps its Backup objects) names
     * Velero's.
     */
    private static boolean namesResource(String written, Glob resource) {
        String[] parts = written.split("/", 3);
        String name = parts.length < 2 ? parts[0] : parts[1];
        int dot = name.indexOf('.');
        String plural = dot < 0 ? name : name.substring(0, dot);
        boolean everything = everyName(plural) && (dot < 0 || everyName(name.substring(dot + 1)));
        if (everything) {
            return parts.length >= 2 && parts[0].equals(VELERO_NAMESPACE) && resource.text().endsWith(".velero.io");
        }
        return Glob.ignoringCase(name).intersects(resource);
    }

    /** The namespace Velero is installed in by default, whose Backup objects it acts on. */
    private static final String VELERO_NAMESPACE = "velero";

    private static boolean everyName(String text) {
        return ActionClassifier.everyName(text);
    }
}
