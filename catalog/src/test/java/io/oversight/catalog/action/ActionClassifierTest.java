package io.oversight.catalog.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.ActionRule;
import io.oversight.catalog.ActionTable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The classification the rules rely on, read from the catalog's action table (actions.yaml). */
class ActionClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // The format's own verbs mean what they say.
            "read, READ", "create, CREATE", "update, UPDATE", "delete, DELETE", "deploy, DEPLOY", "execute, EXECUTE",
            "admin, ADMIN", "grant, GRANT", "pay, PAY", "send, SEND", "'*', ALL",
            // delete
            "ec2:TerminateInstances, DELETE", "cloudformation:DeleteStack, DELETE", "ec2:DeleteVolume, DELETE",
            "rds:DestroyCluster, DELETE", "ecr:RemoveImage, DELETE", "sqs:PurgeQueue, DELETE", "glue:DropTable, DELETE",
            "ecr:PutLifecyclePolicy, DELETE", "s3:PutBucketLifecycleConfiguration, DELETE", "autoscaling:PutScalingPolicy, UPDATE",
            "kubernetes:delete, DELETE", "kubernetes:deletecollection, DELETE",
            // grant, before the update that Put alone would give
            "iam:PutRolePolicy, GRANT", "iam:AttachRolePolicy, GRANT", "iam:CreateAccessKey, GRANT", "iam:PassRole, GRANT",
            "sts:AssumeRole, GRANT", "s3:PutBucketPolicy, GRANT", "s3:PutObjectAcl, GRANT", "lambda:AddPermission, GRANT",
            "kms:CreateGrant, GRANT", "iam:CreateLoginProfile, GRANT", "iam:UpdateAssumeRolePolicy, GRANT",
            "kubernetes:escalate, GRANT", "kubernetes:bind, GRANT", "kubernetes:impersonate, GRANT", "kubernetes:approve, GRANT", "kubernetes:sign, GRANT",
            // a stack set deploys IAM resources with its administration role, into every account of an organization when service-managed
            "cloudformation:CreateStackSet, GRANT", "cloudformation:CreateStackInstances, GRANT",
            // a buildspec override runs as the project's role; a new master password takes the database over
            "codebuild:StartBuild, GRANT", "rds:ModifyDBInstance, GRANT", "redshift:ModifyCluster, GRANT", "ds:CreateTrust, GRANT",
            // sharing a copy of the data with other accounts, as ec2:ModifySnapshotAttribute (AWS's permissions management) does
            "ec2:ModifySnapshotAttribute, GRANT", "rds:ModifyDBSnapshotAttribute, GRANT", "rds:ModifyDBClusterSnapshotAttribute, GRANT",
            "ec2:ModifyImageAttribute, GRANT",
            // identity services: anything else that touches them grants
            "iam:TagRole, GRANT", "iam:CreateRole, GRANT", "iam:UpdateRole, GRANT", "rbac:create, GRANT", "rbac:patch, GRANT",
            // but reads stay reads and deletes deletes, and the stated exceptions hold
            "iam:GetRole, READ", "iam:ListRoles, READ", "iam:DeleteRole, DELETE", "rbac:get, READ", "sts:GetCallerIdentity, READ",
            "iam:CreateServiceLinkedRole, CREATE", "iam:GenerateCredentialReport, READ", "iam:SimulatePrincipalPolicy, READ",
            // read
            "s3:GetObject, READ", "ec2:DescribeInstances, READ", "cloudtrail:LookupEvents, READ", "dynamodb:BatchGetItem, READ",
            "dynamodb:Query, READ", "dynamodb:Scan, READ", "logs:FilterLogEvents, READ", "apigateway:GET, READ",
            "kubernetes:get, READ", "kubernetes:list, READ", "kubernetes:watch, READ",
            // the rest
            "codedeploy:DeployApplication, DEPLOY", "sns:Publish, SEND", "ses:SendEmail, SEND", "stripe:CreatePayout, PAY",
            "payments:PayInvoice, PAY", "lambda:InvokeFunction, EXECUTE", "ec2:RunInstances, EXECUTE", "ssm:StartSession, EXECUTE",
            "s3:CreateBucket, CREATE", "kubernetes:create, CREATE", "ec2:ModifyVolume, UPDATE", "s3:PutObject, UPDATE",
            "ec2:StopInstances, UPDATE", "kubernetes:update, UPDATE", "kubernetes:patch, UPDATE",
            // what these calls do, whatever AWS's name says (red team): run commands, delete data or backups, stop the record
            "elasticmapreduce:AddJobFlowSteps, EXECUTE", "ssm:RegisterTaskWithMaintenanceWindow, EXECUTE", "batch:SubmitJob, EXECUTE",
            "ec2:CreateLaunchTemplateVersion, GRANT", "kinesis:DecreaseStreamRetentionPeriod, DELETE", "dynamodb:UpdateTimeToLive, DELETE",
            "ec2:CreateReplaceRootVolumeTask, DELETE", "redshift:ModifySnapshotCopyRetentionPeriod, DELETE", "dlm:UpdateLifecyclePolicy, DELETE",
            "cloudtrail:StopEventDataStoreIngestion, DELETE", "events:DisableRule, DELETE", "securityhub:BatchDisableStandards, DELETE",
            "s3:PutBucketLogging, DELETE",
            // GKE's and AKS's own permissions reach what the Kubernetes requests they authorize do; Cloud Build, HMAC keys (red team)
            "gcp:container.secrets.get, GRANT", "gcp:container.clusterRoleBindings.create, GRANT", "gcp:container.pods.create, GRANT",
            "gcp:container.pods.exec, EXECUTE", "gcp:cloudbuild.builds.create, GRANT", "gcp:storage.hmacKeys.create, GRANT", "gcp:iam.roles.update, GRANT",
            "gcp:compute.instances.get, READ", "azure:Microsoft.Authorization/elevateAccess/action, GRANT",
            "azure:Microsoft.KeyVault/vaults/secrets/getSecret/action, GRANT", "azure:Microsoft.Storage/storageAccounts/listAccountSas/action, GRANT",
            "azure:Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action, GRANT",
            "azure:Microsoft.ContainerService/managedClusters/rbac.authorization.k8s.io/clusterrolebindings/write, GRANT",
            "azure:Microsoft.Compute/virtualMachines/read, READ", "kubernetes:create:persistentvolumes, GRANT",
            // nothing recognises these: unknown, never read
            "kubernetes:use, UNKNOWN", "stripe:ReverseTransfer, UNKNOWN", "ec2:SomeActionNewerThanTheTable, UNKNOWN"})
    void classifiesEachActionByTheFirstRuleThatMatches(String action, Verb expected) {
        assertThat(ActionClassifier.classify(action)).isEqualTo(expected);
        assertThat(ActionClassifier.verbs(action)).containsExactly(expected);
    }

    @Test
    void theActionsBehindAPatternAreThoseOfTheVerbTellingOnesFirstThenAlphabetically() {
        assertThat(ActionClassifier.actionsBehind("ec2:*Instances", List.of(), Verb.DELETE))
                .containsExactly("ec2:TerminateInstances", "ec2:DeleteQueuedReservedInstances");
        assertThat(ActionClassifier.actionsBehind("ec2:*Instances", List.of(), Verb.UPDATE)).startsWith("ec2:StopInstances");
        assertThat(ActionClassifier.actionsBehind("s3:*", List.of("s3:Delete*"), Verb.DELETE))
                .as("an expiring lifecycle rule deletes objects, an empty logging status stops the access logs, whatever their names")
                .containsExactly("s3:PutBucketLogging", "s3:PutLifecycleConfiguration");
        assertThat(ActionClassifier.actionsBehind("*", List.of(), Verb.DELETE)).startsWith("ec2:TerminateInstances", "rds:DeleteDBInstance")
                .hasSize(2823);
        assertThat(ActionClassifier.actionsBehind("stripe:*", List.of(), Verb.PAY)).as("the reference lists no such provider").isEmpty();
    }

    @Test
    void switchingOffTheAuditTrailIsADeletionNotAnUpdate() {
        for (String action : List.of("cloudtrail:StopLogging", "cloudtrail:PutEventSelectors", "config:StopConfigurationRecorder",
                "guardduty:DisassociateFromAdministratorAccount", "guardduty:DisassociateFromMasterAccount", "guardduty:StopMonitoringMembers",
                "securityhub:DisableSecurityHub", "macie2:DisableMacie")) {
            assertThat(ActionClassifier.verbs(action)).as(action).containsExactly(Verb.DELETE);
        }
        assertThat(ActionClassifier.classify("cloudtrail:StartLogging")).isEqualTo(Verb.EXECUTE);
        assertThat(ActionClassifier.classify("cloudtrail:UpdateTrail")).isEqualTo(Verb.UPDATE);
    }

    @Test
    void caseDoesNotMatterAsItDoesNotForAws() {
        assertThat(ActionClassifier.classify("EC2:terminateINSTANCES")).isEqualTo(Verb.DELETE);
        assertThat(ActionClassifier.classify("IAM:putRolePolicy")).isEqualTo(Verb.GRANT);
    }

    @Test
    void anUnknownActionIsHighImpactButNotDestructive() {
        assertThat(Verb.UNKNOWN.highImpact()).isTrue();
        assertThat(Verb.UNKNOWN.destructive()).isFalse();
    }

    @Test
    void aPatternHasEveryVerbSomeActionItStandsForCouldHave() {
        assertThat(ActionClassifier.verbs("ec2:Delete*")).containsExactly(Verb.DELETE);
        assertThat(ActionClassifier.verbs("ec2:Describe*")).containsExactly(Verb.READ);
        assertThat(ActionClassifier.verbs("iam:Get*")).containsExactly(Verb.READ);
        assertThat(ActionClassifier.verbs("s3:Put*")).as("PutBucketPolicy grants, PutObject updates, PutLifecycleConfiguration deletes")
                .containsExactly(Verb.UPDATE, Verb.DELETE, Verb.GRANT);
        assertThat(ActionClassifier.classify("s3:Put*")).isEqualTo(Verb.GRANT);
        assertThat(ActionClassifier.verbs("iam:Create*")).as("CreateServiceLinkedRole creates; CreateAccessKey and CreateRole grant")
                .containsExactly(Verb.CREATE, Verb.GRANT);
        assertThat(ActionClassifier.verbs("s3:*Object")).as("every action AWS lists that ends in Object").containsExactly(Verb.READ,
                Verb.UPDATE, Verb.DELETE);
        assertThat(ActionClassifier.verbs("stripe:*Refund")).as("an action of a provider without listed actions may be anything")
                .contains(Verb.PAY, Verb.UNKNOWN);
        assertThat(ActionClassifier.verbs("ec2:Get?")).containsExactly(Verb.READ);
    }

    @Test
    void carvingOutPatternsRemovesTheRulesWhollyInsideThem() {
        assertThat(ActionClassifier.verbs("*", List.of())).containsExactly(Verb.ALL);
        assertThat(ActionClassifier.verbs("azure:*/read", List.of())).as("Azure's Reader role: its names end with the verb, no AWS rule of"
                + " names that begin with one (*:Purchase*) reaches them").containsExactly(Verb.READ);
        assertThat(ActionClassifier.verbs("*", List.of("iam:*", "organizations:*"))).as("every AWS action but a few, each with its verb")
                .containsExactlyInAnyOrder(Verb.READ, Verb.CREATE, Verb.UPDATE, Verb.DELETE, Verb.DEPLOY, Verb.EXECUTE, Verb.GRANT, Verb.PAY,
                        Verb.SEND);
        assertThat(ActionClassifier.verbs("*", List.of("*:Delete*", "*:Terminate*"))).as("carving out names leaves the other deletes")
                .contains(Verb.DELETE, Verb.EXECUTE);
        assertThat(ActionClassifier.verbs("s3:Put*", List.of("s3:Put*Policy", "s3:Put*Acl"))).as("AWS lists PutBucketPublicAccessBlock as permissions management")
                .containsExactly(Verb.UPDATE, Verb.DELETE, Verb.GRANT);
        assertThat(ActionClassifier.verbs("s3:Put*", List.of("s3:Put*Policy*", "s3:Put*Acl", "s3:Put*PublicAccessBlock", "s3:PutBucketOwnershipControls")))
                .containsExactly(Verb.UPDATE, Verb.DELETE);
        assertThat(ActionClassifier.verbs("s3:Put*", List.of("s3:Put*Policy*", "s3:Put*Acl", "s3:Put*PublicAccessBlock", "s3:PutBucketOwnershipControls",
                "s3:PutLifecycleConfiguration", "s3:PutBucketLogging"))).containsExactly(Verb.UPDATE);
        assertThat(ActionClassifier.verbs("ec2:Delete*", List.of("ec2:*"))).isEmpty();
    }

    /**
     * A call's verb does not depend on the pattern that allowed it: a whole service holds the verb of
     * each of its actions, so that a gate over "admin" does not pass for one over ssm:SendCommand.
     */
    @Test
    void aWholeServiceHasTheVerbsOfItsActionsNotOneAdmin() {
        assertThat(ActionClassifier.verbs("ssm:*")).contains(Verb.EXECUTE, Verb.DELETE, Verb.GRANT, Verb.READ).doesNotContain(Verb.ADMIN,
                Verb.UNKNOWN);
        assertThat(ActionClassifier.verbs("ec2:*")).contains(Verb.DELETE, Verb.EXECUTE).doesNotContain(Verb.ADMIN);
        assertThat(ActionClassifier.verbs("iam:*")).contains(Verb.GRANT, Verb.DELETE, Verb.READ).doesNotContain(Verb.ADMIN);
        assertThat(ActionClassifier.verbs("ec2:*", List.of("ec2:Terminate*"))).contains(Verb.DELETE);
        assertThat(ActionClassifier.verbs("github:*")).as("admin where an action it stands for is administration")
                .contains(Verb.ADMIN, Verb.UNKNOWN);
        assertThat(ActionClassifier.verbs("kubernetes:*")).as("a provider AWS does not list: whatever its actions could be")
                .contains(Verb.EXECUTE, Verb.GRANT, Verb.DELETE, Verb.UNKNOWN);
    }

    @Test
    void aWildcardGrantIsEveryActionOrEveryActionOfAService() {
        assertThat(ActionClassifier.isWildcard("*")).isTrue();
        assertThat(ActionClassifier.isWildcard("iam:*")).isTrue();
        assertThat(ActionClassifier.isWildcard("ec2:Delete*")).isFalse();
        assertThat(ActionClassifier.classify("gcp:compute.instances.delete")).isEqualTo(Verb.DELETE);
        assertThat(ActionClassifier.classify("gcp:storage.buckets.setIamPolicy")).isEqualTo(Verb.GRANT);
        assertThat(ActionClassifier.classify("gcp:compute.instances.list")).isEqualTo(Verb.READ);
        assertThat(ActionClassifier.classify("azure:Microsoft.Compute/virtualMachines/delete")).isEqualTo(Verb.DELETE);
        assertThat(ActionClassifier.classify("azure:Microsoft.Authorization/roleAssignments/write")).isEqualTo(Verb.GRANT);
        assertThat(ActionClassifier.classify("azure:Microsoft.Compute/virtualMachines/runCommand/action")).isEqualTo(Verb.EXECUTE);
        assertThat(ActionClassifier.classify("azure:Microsoft.Storage/storageAccounts/listKeys/action")).isEqualTo(Verb.GRANT);
        assertThat(java.util.List.of("ec2:**", "iam:?*", "s3:*?", "**", "*:*")).allMatch(ActionClassifier::isWildcard);
        assertThat(java.util.List.of("ec2:?", "ec2:*Instance*", "read", "ec2:")).noneMatch(ActionClassifier::isWildcard);
        // Kubernetes writes a verb and a resource after the service: both must be every name.
        assertThat(java.util.List.of("kubernetes:*:*", "*:*:*", "kubernetes:**:?*")).allMatch(ActionClassifier::isWildcard);
        assertThat(java.util.List.of("kubernetes:*:pods", "kubernetes:delete:*", "kubernetes:*:")).noneMatch(ActionClassifier::isWildcard);
        // And as a pattern it means the same: a gate over *:*:* stands in front of every action, kubernetes:*:* of every Kubernetes one.
        assertThat(ActionPattern.of("*:*:*").covers(ActionPattern.of("ec2:TerminateInstances"))).isTrue();
        assertThat(ActionPattern.of("kubernetes:*:*").covers(ActionPattern.of("kubernetes:delete"))).isTrue();
        assertThat(ActionPattern.of("kubernetes:*:pods").covers(ActionPattern.of("kubernetes:delete"))).isFalse();
        assertThat(ActionClassifier.anyDestructive(List.of("read", "ec2:Delete*"))).isTrue();
        assertThat(ActionClassifier.anyDestructive(List.of("read", "ec2:Describe*"))).isFalse();
    }

    @Test
    void everyRuleOfTheTableCanMatchSomething() {
        List<ActionRule> rules = ActionTable.builtIn().rules();
        for (int i = 0; i < rules.size(); i++) {
            ActionPattern later = ActionPattern.of(rules.get(i).action());
            for (int j = 0; j < i; j++) {
                boolean broader = rules.get(j).level() == null || rules.get(j).level().equals(rules.get(i).level());
                assertThat(broader && ActionPattern.of(rules.get(j).action()).covers(later))
                        .as("rule '%s' is shadowed by the earlier '%s'", rules.get(i).action(), rules.get(j).action()).isFalse();
            }
        }
    }
}
