package io.oversight.catalog.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rights destroy backups that an environment declares out of its agents' reach. */
class BackupRightsTest {

    @ParameterizedTest(name = "{0} as {1} on [{2}] except [{3}] -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // named by action, by a pattern of the service, or by the administration of the service
            "backup:DeleteRecoveryPoint | DELETE | - | - | backup:DeleteRecoveryPoint",
            "BACKUP:deleterecoverypoint | DELETE | - | - | backup:DeleteRecoveryPoint",
            "backup:* | ADMIN | * | - | backup:DeleteRecoveryPoint",
            "rds:Delete* | DELETE | - | - | rds:DeleteDBSnapshot",
            "*:Delete* | DELETE | - | - | backup:DeleteRecoveryPoint",
            "backup:UpdateRecoveryPointLifecycle | DELETE | - | - | backup:UpdateRecoveryPointLifecycle",
            "ec2:DeleteSnapshot | DELETE | arn:aws:ec2:eu-west-1::snapshot/* | - | ec2:DeleteSnapshot",
            // the batch and serverless siblings of listed deletes, and other services' snapshots, backups and archived tapes (access review)
            "redshift:BatchDeleteClusterSnapshots | DELETE | arn:aws:redshift:eu-west-1:111122223333:snapshot:*/* | - | redshift:BatchDeleteClusterSnapshots",
            "elasticache:DeleteServerlessCacheSnapshot | DELETE | - | - | elasticache:DeleteServerlessCacheSnapshot",
            "storagegateway:DeleteTapeArchive | DELETE | arn:aws:storagegateway:eu-west-1:111122223333:tape/* | - | storagegateway:DeleteTapeArchive",
            "fsx:DeleteSnapshot | DELETE | - | - | fsx:DeleteSnapshot",
            // each verb of a pattern names only its own rights
            "rds:Delete* | UPDATE | - | - | -",
            // carved out, read only, on another service's resources, or not a backup
            "backup:* | ADMIN | * | backup:Delete*,backup:UpdateRecoveryPointLifecycle,backup:*VaultAccessPolicy | -",
            "backup:List* | READ | - | - | -",
            "backup:StartBackupJob | EXECUTE | - | - | -",
            "rds:DeleteDBSnapshot | DELETE | arn:aws:s3:::reports/* | - | -",
            // a resource of the service but of another type is no backup
            "rds:Delete* | DELETE | arn:aws:rds:eu-west-1:111122223333:db:orders-* | - | -",
            "dynamodb:Delete* | DELETE | arn:aws:dynamodb:eu-west-1:111122223333:table/orders | - | -",
            "dynamodb:Delete* | DELETE | arn:aws:dynamodb:eu-west-1:111122223333:table/orders/* | - | dynamodb:DeleteBackup",
            "ec2:Delete* | DELETE | arn:aws:ec2:eu-west-1:111122223333:instance/* | - | -",
            "rds:Delete* | DELETE | arn:aws:rds:eu-west-1:111122223333:* | - | rds:DeleteDBSnapshot",
            // taking away what keeps them
            "ec2:UnlockSnapshot | UPDATE | - | - | ec2:UnlockSnapshot",
            "rbin:DeleteRule | DELETE | - | - | rbin:DeleteRule",
            "dynamodb:UpdateContinuousBackups | UPDATE | arn:aws:dynamodb:eu-west-1:111122223333:table/orders | - | dynamodb:UpdateContinuousBackups",
            // a shorter retention deletes the backups beyond it (red team): held through the action, never a format verb on the database
            "redshift:ModifySnapshotCopyRetentionPeriod | DELETE | arn:aws:redshift:eu-west-1:111122223333:cluster:prod | - | redshift:ModifySnapshotCopyRetentionPeriod",
            "dlm:UpdateLifecyclePolicy | DELETE | arn:aws:dlm:eu-west-1:111122223333:policy/policy-0123 | - | dlm:UpdateLifecyclePolicy",
            "rds:ModifyDBInstance | GRANT | arn:aws:rds:eu-west-1:111122223333:db:orders | - | rds:ModifyDBInstance",
            "rds:* | ADMIN | arn:aws:rds:eu-west-1:111122223333:cluster:orders | rds:Delete* | rds:ModifyDBCluster",
            "rds:ModifyDBInstance | GRANT | arn:aws:rds:eu-west-1:111122223333:snapshot:* | - | -",
            "delete | DELETE | arn:aws:redshift:eu-west-1:111122223333:cluster:prod | - | -",
            "delete | DELETE | arn:aws:dynamodb:eu-west-1:111122223333:table/orders | - | -",
            // a format verb on resources that name backups
            "delete | DELETE | arn:aws:backup:eu-west-1:111122223333:recovery-point:* | - | backup:DeleteRecoveryPoint",
            "admin | ADMIN | arn:aws:ec2:eu-west-1::snapshot/* | - | ec2:DeleteSnapshot",
            "delete | DELETE | arn:aws:rds:eu-west-1:111122223333:db:orders | - | -",
            "delete | DELETE | arn:* | - | -",
            "update | UPDATE | arn:aws:backup:eu-west-1:111122223333:recovery-point:* | - | -",
            "dynamodb:DeleteTable | DELETE | - | - | -",
            // every action of every service: where the backups are kept decides, which the declaration answers
            "* | ALL | - | - | -",
            "*:* | ADMIN | - | - | -",
            "delete | DELETE | - | - | -",
            // Kubernetes: by resource, never every resource
            "kubernetes:delete | DELETE | velero/backups.velero.io | - | kubernetes:delete of backups.velero.io",
            "kubernetes:deletecollection | DELETE | */volumesnapshots.snapshot.storage.k8s.io | - | kubernetes:delete of volumesnapshots.snapshot.storage.k8s.io",
            "kubernetes:* | ADMIN | velero/*.velero.io | - | kubernetes:delete of backups.velero.io",
            "kubernetes:create | CREATE | velero/deletebackuprequests.velero.io | - | kubernetes:create of deletebackuprequests.velero.io",
            "kubernetes:create | CREATE | velero/backups.velero.io | - | -",
            "kubernetes:delete | DELETE | velero/schedules.velero.io | - | -",
            "kubernetes:patch | UPDATE | velero/backups.velero.io | - | kubernetes:patch of backups.velero.io",
            "kubernetes:* | ADMIN | * | - | -",
            "kubernetes:delete | DELETE | ops/*.* | - | -",
            "kubernetes:delete | DELETE | velero/*.* | - | kubernetes:delete of backups.velero.io",
            "kubernetes:delete | DELETE | - | - | -"})
    void namesTheBackupRightAGrantHolds(String action, Verb verb, String resources, String except, String expected) {
        assertThat(BackupRights.reached(action, list(except), verb, list(resources))).as(action).isEqualTo(Optional.ofNullable(expected));
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.asList(text.split(","));
    }
}
