package io.oversight.engine;

import io.oversight.catalog.action.ActionPattern;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.SourceMap;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.PermissionSource;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.catalog.action.ActionClassifier;
import io.oversight.engine.facts.EnvironmentKinds;
import io.oversight.engine.facts.Grant;
import io.oversight.engine.facts.HeldPermission;
import io.oversight.engine.facts.ResourceScope;
import io.oversight.catalog.action.Verb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Permissions imported from the documents that really grant them: AWS IAM policies shaped like the
 * managed policies ReadOnlyAccess, PowerUserAccess and AdministratorAccess, and Kubernetes' default
 * view, edit and admin ClusterRoles (excerpts under src/test/resources/imports).
 */
class ImportedPermissionsTest {

    /** Tests run in the module directory; the deployment is cited as if it lay beside the imports. */
    static final String IMPORTS = "src/test/resources/imports/";

    static final String HEADER = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: demo, organization: Demo Ltd, owner: olga}
            people:
              - {id: olga}
            environments:
              - {name: prod, kind: production, criticality: critical}
            agents:
              - id: bot
                owner: olga
            """;

    private static final DeploymentReader READER = new DeploymentReader(CatalogLoader.builtIn().controlIds());

    static DeploymentFile read(String deploymentName, String agentTail) throws InvalidInputException {
        return READER.read(deploymentName, (HEADER + agentTail).getBytes(StandardCharsets.UTF_8));
    }

    static DeploymentFile iam(String policy) throws InvalidInputException {
        return read(IMPORTS + "d.yaml", """
                    permissions:
                      - environment: prod
                        fromAwsIamPolicy: %s
                """.formatted(policy));
    }

    static Permission permission(DeploymentFile file) {
        return file.deployment().agents().get(0).permissions().get(0);
    }

    static List<Grant> grants(DeploymentFile file) {
        return file.deployment().agents().get(0).permissions().stream().flatMap(p -> Grant.of(HeldPermission.own(p), EnvironmentKinds.of(file.deployment().environments())).stream())
                .toList();
    }

    static Set<Verb> verbs(DeploymentFile file) {
        return grants(file).stream().map(Grant::verb).collect(Collectors.toCollection(() -> EnumSet.noneOf(Verb.class)));
    }

    /** Whether the imported rights allow the concrete {@code action}: some right's pattern covers it, and none of its exceptions. */
    static boolean allows(DeploymentFile file, String action) {
        ActionPattern concrete = ActionPattern.of(action);
        return permission(file).source().rights().stream().anyMatch(r -> ActionPattern.of(r.action()).covers(concrete)
                && r.except().stream().noneMatch(e -> ActionPattern.of(e).covers(concrete)));
    }

    static SourceMap.Location where(DeploymentFile file, Grant grant) {
        return file.sources().resolve(grant.evidencePath());
    }

    @Nested
    class AwsManagedPolicies {

        @Test
        void readOnlyAccessYieldsNoDestructiveAndNoHighImpactVerb() throws Exception {
            DeploymentFile file = iam("aws/ReadOnlyAccess.json");
            assertThat(verbs(file)).containsExactly(Verb.READ);
            assertThat(grants(file)).noneMatch(Grant::destructive).noneMatch(Grant::highImpact).noneMatch(Grant::wildcard);
            assertThat(permission(file).actions()).contains("ec2:Describe*", "s3:GetObject*", "iam:Get*", "iam:Generate*", "dynamodb:Scan");
            assertThat(permission(file).resources()).containsExactly("*");
            assertThat(ResourceScope.of(HeldPermission.own(permission(file)))).as("\"*\" on reads is how AWS requires read-only access to be written")
                    .noneMatch(ResourceScope::everything);
            assertThat(allows(file, "s3:GetObject")).isTrue();
            assertThat(allows(file, "s3:DeleteObject")).isFalse();
        }

        @Test
        void powerUserAccessYieldsTheVerbsOfWhatItLeavesButNoGrantThroughIam() throws Exception {
            DeploymentFile file = iam("aws/PowerUserAccess.json");
            assertThat(verbs(file)).as("sts:AssumeRole and kms:CreateGrant still grant; ssm:SendCommand executes")
                    .contains(Verb.DELETE, Verb.GRANT, Verb.EXECUTE).doesNotContain(Verb.ADMIN, Verb.ALL);
            assertThat(grants(file)).filteredOn(g -> g.action().toLowerCase().startsWith("iam:"))
                    .extracting(Grant::action, Grant::verb)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("iam:CreateServiceLinkedRole", Verb.CREATE),
                            org.assertj.core.groups.Tuple.tuple("iam:DeleteServiceLinkedRole", Verb.DELETE),
                            org.assertj.core.groups.Tuple.tuple("iam:ListRoles", Verb.READ));
            ImportedRight everythingBut = permission(file).source().rights().get(0);
            assertThat(everythingBut.action()).isEqualTo("*");
            assertThat(everythingBut.except()).containsExactly("iam:*", "organizations:*", "account:*");
            assertThat(ActionClassifier.verbs(everythingBut.action(), everythingBut.except())).contains(Verb.DELETE, Verb.GRANT, Verb.EXECUTE)
                    .doesNotContain(Verb.ADMIN);
            assertThat(allows(file, "ec2:TerminateInstances")).isTrue();
            assertThat(allows(file, "s3:DeleteBucket")).isTrue();
            assertThat(allows(file, "iam:PutRolePolicy")).isFalse();
            assertThat(allows(file, "iam:AttachRolePolicy")).isFalse();
            assertThat(allows(file, "iam:CreateServiceLinkedRole")).isTrue();
            assertThat(allows(file, "organizations:LeaveOrganization")).isFalse();
            assertThat(where(file, grants(file).get(0))).hasToString(IMPORTS + "aws/PowerUserAccess.json:6");
        }

        @Test
        void administratorAccessYieldsEveryVerbAndIsAWildcardGrant() throws Exception {
            DeploymentFile file = iam("aws/AdministratorAccess.json");
            List<Grant> grants = grants(file);
            assertThat(grants).singleElement().satisfies(g -> {
                assertThat(g.verb()).isEqualTo(Verb.ALL);
                assertThat(g.destructive()).isTrue();
                assertThat(g.wildcard()).isTrue();
            });
            assertThat(allows(file, "iam:PutRolePolicy")).isTrue();
            assertThat(ResourceScope.of(HeldPermission.own(permission(file)))).singleElement().satisfies(s -> assertThat(s.everything()).isTrue());
            SourceMap.Location action = where(file, grants.get(0));
            assertThat(action.file()).isEqualTo(IMPORTS + "aws/AdministratorAccess.json");
            assertThat(action.position()).isEqualTo(new Position(6, 23));
            assertThat(file.sources().forFile(action.file()).line(6)).contains("\"Action\": \"*\"");
            assertThat(file.sources().importedFiles()).containsExactly(IMPORTS + "aws/AdministratorAccess.json");
        }

        @Test
        void eachImportedActionIsLocatedAtItsOwnLineOfThePolicy() throws Exception {
            DeploymentFile file = iam("aws/ReadOnlyAccess.json");
            List<Grant> grants = grants(file);
            assertThat(where(file, grants.get(0))).hasToString(IMPORTS + "aws/ReadOnlyAccess.json:7");
            assertThat(where(file, grants.get(1))).hasToString(IMPORTS + "aws/ReadOnlyAccess.json:8");
            assertThat(permission(file).source().kind()).isEqualTo(PermissionSource.AWS_IAM_POLICY);
            assertThat(permission(file).source().rights().get(0).origin()).isEqualTo("statement 1 (Allow, line 4)");
        }
    }

    @Nested
    class Statements {

        @TempDir
        Path dir;

        private DeploymentFile policy(String json) throws Exception {
            Files.writeString(dir.resolve("policy.json"), json);
            return read(dir.resolve("d.yaml").toString(), """
                        permissions:
                          - environment: prod
                            fromAwsIamPolicy: policy.json
                    """);
        }

        private List<ImportedRight> rights(DeploymentFile file) {
            return permission(file).source().rights();
        }

        @Test
        void aDenyCarvesItsActionsOutOfAWiderAllow() throws Exception {
            DeploymentFile file = policy("""
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"},
                      {"Effect": "Deny", "Action": ["ec2:Terminate*", "s3:*"], "Resource": "*"}
                    ]}
                    """);
            assertThat(rights(file)).singleElement().satisfies(r -> {
                assertThat(r.action()).isEqualTo("ec2:*");
                assertThat(r.except()).containsExactly("ec2:Terminate*");
                assertThat(r.notes()).containsExactly("statement 2 (Deny, line 3) denies ec2:Terminate*");
            });
            assertThat(allows(file, "ec2:TerminateInstances")).isFalse();
            assertThat(allows(file, "ec2:StopInstances")).isTrue();
            assertThat(verbs(file)).as("ec2:* less its terminations still deletes volumes and runs instances")
                    .contains(Verb.DELETE, Verb.EXECUTE, Verb.UPDATE).doesNotContain(Verb.ADMIN);
        }

        @Test
        void aDenyRemovesTheAllowedActionsItCoversWholly() throws Exception {
            DeploymentFile file = policy("""
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": ["ec2:TerminateInstances", "ec2:DescribeInstances", "EC2:deleteVolume"], "Resource": "*"},
                      {"Effect": "Deny", "Action": ["ec2:Terminate*", "ec2:Delete*"], "Resource": "*"}
                    ]}
                    """);
            assertThat(rights(file)).extracting(ImportedRight::action).containsExactly("ec2:DescribeInstances");
            assertThat(permission(file).source().denied()).extracting(ImportedRight::action)
                    .containsExactly("ec2:TerminateInstances", "EC2:deleteVolume");
            assertThat(permission(file).source().denied().get(0).notes()).containsExactly("denied by statement 2 (Deny, line 3)");
            assertThat(verbs(file)).containsExactly(Verb.READ);
        }

        @Test
        void aConditionalOrResourceLimitedDenyIsNotedButSubtractsNothing() throws Exception {
            DeploymentFile file = policy("""
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "*"},
                      {"Effect": "Deny", "Action": "ec2:TerminateInstances", "Resource": "*",
                       "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}}},
                      {"Effect": "Deny", "Action": "ec2:*", "Resource": "arn:aws:ec2:*:*:instance/i-0abc"}
                    ]}
                    """);
            assertThat(rights(file)).singleElement().satisfies(r -> assertThat(r.notes()).containsExactly(
                    "statement 2 (Deny, line 3) denies ec2:TerminateInstances under conditions Oversight does not evaluate; "
                            + "Oversight cannot tell whether it applies and keeps the right",
                    "statement 3 (Deny, line 5) denies ec2:* on some of its resources only; Oversight cannot tell whether it applies "
                            + "and keeps the right"));
            assertThat(verbs(file)).containsExactly(Verb.DELETE);
        }

        /**
         * A policy variable is resolved per request in a 2012-10-17 policy and is text in a policy
         * without Version (2008-10-17): a deny written with one may match nothing the allow reaches.
         */
        @Test
        void aDenyWrittenWithAPolicyVariableIsNotedButSubtractsNothing() throws Exception {
            Files.writeString(dir.resolve("policy.json"), """
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": ["s3:PutObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::reports-${aws:PrincipalTag/team}/*"}
                    ]}
                    """);
            Files.writeString(dir.resolve("guardrail.json"), """
                    {"Statement": [
                      {"Effect": "Deny", "Action": ["s3:PutObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::reports-${aws:PrincipalTag/team}/*"}
                    ]}
                    """);
            DeploymentFile file = read(dir.resolve("d.yaml").toString(), """
                        permissions:
                          - {environment: prod, fromAwsIamPolicy: policy.json}
                          - {environment: prod, fromAwsIamPolicy: guardrail.json}
                    """);
            List<ImportedRight> rights = permission(file).source().rights();
            assertThat(rights).extracting(ImportedRight::action).containsExactly("s3:PutObject", "s3:DeleteObject");
            assertThat(rights.get(1).notes()).containsExactly("statement 1 (Deny, line 2) of " + dir.resolve("guardrail.json") + " denies"
                    + " s3:DeleteObject on resources named with a policy variable, which Oversight does not resolve; Oversight cannot tell whether"
                    + " it applies and keeps the right");
        }

        /** AWS applies an explicit deny of any policy attached to the identity; one attached for another environment is another identity's. */
        @Test
        void aDenyOfAnotherPolicyImportedForTheSameEnvironmentSubtractsToo() throws Exception {
            Files.writeString(dir.resolve("policy.json"), """
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": ["s3:GetObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::prod-data/*"},
                      {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}
                    ]}
                    """);
            Files.writeString(dir.resolve("guardrail.json"), """
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Deny", "Action": "s3:Delete*", "Resource": "*"},
                      {"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::1:role/break-glass"}
                    ]}
                    """);
            Files.writeString(dir.resolve("role.json"), """
                    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                    """);
            DeploymentFile file = READER.read(dir.resolve("d.yaml").toString(), """
                    apiVersion: oversight/v1
                    kind: AgentDeployment
                    metadata: {name: demo, organization: Demo Ltd, owner: olga}
                    people:
                      - {id: olga}
                    environments:
                      - {name: prod, kind: production, criticality: critical}
                      - {name: staging, kind: staging}
                    agents:
                      - id: bot
                        owner: olga
                        permissions:
                          - {environment: prod, fromAwsIamPolicy: policy.json}
                          - {environment: prod, fromAwsIamPolicy: guardrail.json}
                          - {environment: staging, fromAwsIamPolicy: policy.json}
                    roles:
                      - {arn: "arn:aws:iam::1:role/break-glass", fromAwsIamPolicy: role.json}
                    """.getBytes(StandardCharsets.UTF_8));
            List<Permission> permissions = file.deployment().agents().get(0).permissions();
            assertThat(permissions.get(0).source().rights()).extracting(ImportedRight::action).containsExactly("s3:GetObject", "sts:AssumeRole");
            assertThat(permissions.get(0).source().denied()).singleElement().satisfies(r -> {
                assertThat(r.action()).isEqualTo("s3:DeleteObject");
                assertThat(r.notes()).containsExactly("denied by statement 1 (Deny, line 2) of " + dir.resolve("guardrail.json"));
            });
            assertThat(io.oversight.access.RoleChains.from(permissions.get(0), file.deployment().roles())).isEmpty();
            assertThat(permissions.get(2).source().rights()).extracting(ImportedRight::action)
                    .containsExactly("s3:GetObject", "s3:DeleteObject", "sts:AssumeRole");
            assertThat(io.oversight.access.RoleChains.from(permissions.get(2), file.deployment().roles())).hasSize(1);
        }

        @Test
        void aDenyOfEverythingButAFewActionsNarrowsAWildcardAllow() throws Exception {
            DeploymentFile file = policy("""
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": "*", "Resource": "*"},
                      {"Effect": "Deny", "NotAction": ["iam:ChangePassword", "iam:GetUser"], "Resource": "*"}
                    ]}
                    """);
            assertThat(rights(file)).extracting(ImportedRight::action).containsExactly("iam:ChangePassword", "iam:GetUser");
            assertThat(verbs(file)).containsExactly(Verb.READ, Verb.GRANT);
            assertThat(where(file, grants(file).get(0)).position().line()).as("still cited at the Allow").isEqualTo(2);
        }

        @Test
        void conditionsAreKeptAsTextAndNotResourceMeansEverythingElse() throws Exception {
            DeploymentFile file = policy("""
                    {"Statement": {"Sid": "Regional", "Effect": "Allow", "Action": "s3:Put*", "NotResource": "arn:aws:s3:::audit-logs/*",
                      "Condition": {"StringEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}, "Bool": {"aws:SecureTransport": true}}}}
                    """);
            assertThat(rights(file)).singleElement().satisfies(r -> {
                assertThat(r.conditions()).containsExactly("StringEquals aws:RequestedRegion = [eu-west-1, eu-central-1]",
                        "Bool aws:SecureTransport = true");
                assertThat(r.resources()).extracting(ImportedRight.Resource::pattern).containsExactly("*");
                assertThat(r.notes()).containsExactly("on every resource except arn:aws:s3:::audit-logs/*");
                assertThat(r.origin()).isEqualTo("statement 1 \"Regional\" (Allow, line 1)");
            });
            assertThat(verbs(file)).as("s3:PutBucketPolicy grants, s3:PutObject updates, s3:PutLifecycleConfiguration deletes")
                    .containsExactly(Verb.UPDATE, Verb.DELETE, Verb.GRANT);
            assertThat(ResourceScope.of(HeldPermission.own(permission(file)))).singleElement().satisfies(s -> assertThat(s.everything()).isTrue());
        }

        @Test
        void thePolicyVersionThatTheAwsCliPrintsIsReadToo() throws Exception {
            DeploymentFile file = policy("""
                    {
                        "PolicyVersion": {
                            "Document": {
                                "Version": "2012-10-17",
                                "Statement": [{"Effect": "Allow", "Action": "ec2:Delete*", "Resource": "*"}]
                            },
                            "VersionId": "v3",
                            "IsDefaultVersion": true,
                            "CreateDate": "2024-01-05T10:00:00Z"
                        }
                    }
                    """);
            assertThat(verbs(file)).containsExactly(Verb.DELETE);
            assertThat(where(file, grants(file).get(0)).position().line()).isEqualTo(5);
        }

        @Test
        void aPolicyNamedByTwoPermissionsIsReadOnceAndCitedByOneName() throws Exception {
            Files.writeString(dir.resolve("policy.json"), """
                    {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
                    """);
            Files.createDirectories(dir.resolve("sub"));
            DeploymentFile file = read(dir.resolve("sub/../d.yaml").toString(), """
                        permissions:
                          - {environment: prod, fromAwsIamPolicy: policy.json}
                          - {environment: prod, fromAwsIamPolicy: ./sub/../policy.json}
                    """);
            assertThat(file.sources().importedFiles()).containsExactly(dir.resolve("policy.json").toString());
            assertThat(grants(file)).hasSize(2).allMatch(g -> g.verb() == Verb.READ);
        }
    }

    @Nested
    class KubernetesDefaultRoles {

        private DeploymentFile rbac(String principal) throws Exception {
            return read(IMPORTS + "d.yaml", """
                        identity: {type: dedicated, principal: "%s"}
                        permissions:
                          - environment: prod
                            fromKubernetesRbac: kubernetes/rbac.yaml
                    """.formatted(principal));
        }

        @Test
        void viewBoundInANamespaceYieldsOnlyReads() throws Exception {
            DeploymentFile file = rbac("system:serviceaccount:payments:report-bot");
            assertThat(verbs(file)).containsExactly(Verb.READ);
            assertThat(permission(file).actions()).containsExactly("kubernetes:get", "kubernetes:list", "kubernetes:watch");
            assertThat(permission(file).resources()).contains("payments/pods", "payments/deployments.apps", "payments/jobs.batch")
                    .allMatch(r -> r.startsWith("payments/"));
            assertThat(permission(file).source().kind()).isEqualTo(PermissionSource.KUBERNETES_RBAC);
            assertThat(permission(file).source().rights().get(0).origin())
                    .isEqualTo("ClusterRole view rule 1, bound by RoleBinding payments/report-bot-view (line 93)");
        }

        @Test
        void bothSpellingsOfTheServiceAccountNameTheSameRights() throws Exception {
            assertThat(permission(rbac("payments/report-bot")).source()).isEqualTo(permission(rbac("system:serviceaccount:payments:report-bot")).source());
        }

        @Test
        void editYieldsDeleteDeletecollectionImpersonateTokensAndCommandsInContainers() throws Exception {
            DeploymentFile file = rbac("payments/deploy-bot");
            assertThat(verbs(file)).containsExactlyInAnyOrder(Verb.READ, Verb.GRANT, Verb.CREATE, Verb.DELETE, Verb.UPDATE, Verb.EXECUTE);
            List<String> workloads = new ArrayList<>();
            for (String workload : List.of("pods", "replicationcontrollers", "daemonsets", "deployments", "replicasets", "statefulsets", "jobs",
                    "cronjobs")) {
                for (String verb : List.of("create", "update", "patch")) {
                    workloads.add("kubernetes:" + verb + ":" + workload);
                }
            }
            assertThat(grants(file)).filteredOn(Grant::destructive).extracting(Grant::action).containsOnly(Stream.concat(Stream.of(
                    "kubernetes:delete", "kubernetes:deletecollection", "kubernetes:impersonate", "kubernetes:create:serviceaccounts/token",
                    "kubernetes:get:secrets", "kubernetes:list:secrets", "kubernetes:watch:secrets"), workloads.stream()).toArray(String[]::new))
                    .as("creating or changing a workload runs it as any service account of the namespace").containsAll(workloads);
            assertThat(grants(file)).filteredOn(g -> g.verb() == Verb.EXECUTE).extracting(Grant::action).containsOnly(
                    "kubernetes:get:pods/attach", "kubernetes:get:pods/exec", "kubernetes:get:pods/portforward", "kubernetes:get:pods/proxy",
                    "kubernetes:get:services/proxy", "kubernetes:create:pods/attach", "kubernetes:create:pods/exec",
                    "kubernetes:create:pods/portforward", "kubernetes:create:pods/proxy", "kubernetes:delete:pods/proxy",
                    "kubernetes:patch:pods/proxy", "kubernetes:update:pods/proxy");
            ImportedRight exec = permission(file).source().rights().stream().filter(r -> r.action().equals("kubernetes:create:pods/exec"))
                    .findFirst().orElseThrow();
            assertThat(exec.resources()).extracting(ImportedRight.Resource::pattern).containsExactly("payments/pods/exec");
            assertThat(permission(file).source().rights()).filteredOn(r -> r.action().equals("kubernetes:create")).flatExtracting(ImportedRight::resources)
                    .extracting(ImportedRight.Resource::pattern).contains("payments/configmaps", "payments/deployments.apps/rollback")
                    .doesNotContain("payments/pods/exec", "payments/pods");
            assertThat(grants(file)).filteredOn(g -> g.action().equals("kubernetes:impersonate")).extracting(Grant::verb).containsOnly(Verb.GRANT);
            Grant impersonate = grants(file).stream().filter(g -> g.action().equals("kubernetes:impersonate")).findFirst().orElseThrow();
            assertThat(where(file, impersonate)).hasToString(IMPORTS + "kubernetes/rbac.yaml:49");
            assertThat(permission(file).resources()).contains("payments/serviceaccounts", "payments/secrets");
        }

        @Test
        void adminBoundClusterWideAlsoGrantsThroughRbacInEveryNamespace() throws Exception {
            DeploymentFile file = rbac("platform/platform-bot");
            assertThat(grants(file)).filteredOn(g -> g.action().startsWith("rbac:")).extracting(Grant::action, Grant::verb).contains(
                    org.assertj.core.groups.Tuple.tuple("rbac:create", Verb.GRANT),
                    org.assertj.core.groups.Tuple.tuple("rbac:delete", Verb.DELETE),
                    org.assertj.core.groups.Tuple.tuple("rbac:get", Verb.READ));
            // Every namespace's, and EKS's aws-auth, which edit's update on configmaps reaches in kube-system.
            assertThat(permission(file).resources()).contains("*/rolebindings.rbac.authorization.k8s.io", "*/pods", "kube-system/configmaps/aws-auth")
                    .allMatch(r -> r.startsWith("*/") || r.equals("kube-system/configmaps/aws-auth"));
            assertThat(permission(file).source().rights()).allSatisfy(r -> assertThat(r.notes())
                    .containsExactly("cluster-wide: a ClusterRoleBinding reaches every namespace"));
            assertThat(permission(file).source().rights()).extracting(ImportedRight::origin)
                    .anyMatch(o -> o.startsWith("ClusterRole edit (aggregated into ClusterRole admin)"))
                    .anyMatch(o -> o.startsWith("ClusterRole view (aggregated into ClusterRole admin)"));
        }
    }

    @Nested
    class KubernetesManifests {

        @TempDir
        Path dir;

        /** A ClusterRole of {@code rules} (items of its rules list) bound cluster-wide to the agent's service account, ops/agent. */
        private static String boundClusterWide(String role, String rules) {
            return """
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: ROLE}
                    rules:
                    RULES---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: agent-creates}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ROLE}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    """.replace("ROLE", role).replace("RULES", rules);
        }

        /** A Role of {@code rules} in {@code namespace}, bound there to the agent's service account, ops/agent. */
        private static String boundIn(String namespace, String role, String rules) {
            return """
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: ROLE, namespace: NAMESPACE}
                    rules:
                    RULES---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-ROLE, namespace: NAMESPACE}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: ROLE}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    """.replace("ROLE", role).replace("NAMESPACE", namespace).replace("RULES", rules);
        }

        private DeploymentFile manifests(String yaml) throws Exception {
            Files.writeString(dir.resolve("rbac.yaml"), yaml);
            return read(dir.resolve("d.yaml").toString(), """
                        identity: {type: dedicated, principal: "ops/agent"}
                        permissions:
                          - environment: prod
                            fromKubernetesRbac: rbac.yaml
                    """);
        }

        @Test
        void aListOfObjectsAGroupBindingAndAStarVerbOnEverything() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: v1
                    kind: List
                    items:
                      - apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata: {name: everything}
                        rules:
                          - apiGroups: ["*"]
                            resources: ["*"]
                            verbs: ["*"]
                      - apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRoleBinding
                        metadata: {name: all-service-accounts-of-ops}
                        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: everything}
                        subjects:
                          - {kind: Group, name: "system:serviceaccounts:ops", apiGroup: rbac.authorization.k8s.io}
                    """);
            assertThat(grants(file)).as("a \"*\" verb is each verb it grants, classified as what it does")
                    .extracting(Grant::action).contains("kubernetes:get", "kubernetes:delete", "kubernetes:create:pods/exec",
                            "kubernetes:get:secrets", "kubernetes:impersonate", "rbac:escalate", "rbac:bind")
                    .doesNotContain("kubernetes:*", "rbac:*", "kubernetes:use");
            assertThat(grants(file)).extracting(Grant::verb).doesNotContain(Verb.ADMIN, Verb.UNKNOWN)
                    .contains(Verb.READ, Verb.CREATE, Verb.UPDATE, Verb.DELETE, Verb.EXECUTE, Verb.GRANT);
            assertThat(grants(file)).as("and still a wildcard grant").allMatch(Grant::wildcard);
            assertThat(permission(file).resources()).as("every resource, and those its verbs single out (*/secrets for get)")
                    .startsWith("*").contains("*/secrets", "*/pods/exec");
            assertThat(ResourceScope.of(HeldPermission.own(permission(file)))).anyMatch(ResourceScope::everything);
            assertThat(where(file, grants(file).get(0))).hasToString(dir.resolve("rbac.yaml") + ":10");
        }

        @Test
        void readingEveryResourceReadsSecretsAndAWildcardSubresourceReachesExec() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: reads-everything}
                    rules:
                      - apiGroups: ["*"]
                        resources:
                          - "*"
                        verbs: [get, list]
                      - {apiGroups: [""], resources: ["*/exec"], verbs: [create]}
                      - {apiGroups: [apps], resources: ["*"], verbs: [get]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: agent-reads}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reads-everything}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    """);
            assertThat(grants(file)).extracting(Grant::action, Grant::verb).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get", Verb.READ),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get:pods/exec", Verb.EXECUTE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get:pods/attach", Verb.EXECUTE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get:pods/portforward", Verb.EXECUTE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get:*/proxy", Verb.EXECUTE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get:secrets", Verb.GRANT),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:list", Verb.READ),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:list:secrets", Verb.GRANT),
                    org.assertj.core.groups.Tuple.tuple("rbac:get", Verb.READ),
                    org.assertj.core.groups.Tuple.tuple("rbac:list", Verb.READ),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:create:*/exec", Verb.CREATE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:create:*/exec", Verb.EXECUTE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get", Verb.READ));
            ImportedRight secrets = permission(file).source().rights().stream().filter(r -> r.action().equals("kubernetes:get:secrets"))
                    .findFirst().orElseThrow();
            assertThat(secrets.resources()).extracting(ImportedRight.Resource::pattern).containsExactly("*/secrets");
            assertThat(file.sources().resolve(secrets.resources().get(0).evidencePath())).as("the resource, at the '*'")
                    .hasToString(dir.resolve("rbac.yaml") + ":7");
            Grant listSecrets = grants(file).stream().filter(g -> g.action().equals("kubernetes:list:secrets")).findFirst().orElseThrow();
            assertThat(where(file, listSecrets)).as("the right, at its verb").hasToString(dir.resolve("rbac.yaml") + ":8");
        }

        /** Every resource of a named group holds that group's workloads, whose pods run as any service account: grants. */
        @Test
        void creatingEveryResourceOfANamedGroupCreatesItsWorkloadsAndNothingOfAnotherGroup() throws Exception {
            DeploymentFile file = manifests(boundClusterWide("creates-workloads", """
                      - {apiGroups: [apps, batch], resources: ["*"], verbs: [create]}
                    """));
            assertThat(grants(file)).filteredOn(g -> g.verb() == Verb.GRANT).extracting(Grant::action).containsExactlyInAnyOrder(
                    "kubernetes:create:deployments", "kubernetes:create:replicasets", "kubernetes:create:statefulsets",
                    "kubernetes:create:daemonsets", "kubernetes:create:jobs", "kubernetes:create:cronjobs");
            ImportedRight jobs = permission(file).source().rights().stream().filter(r -> r.action().equals("kubernetes:create:jobs"))
                    .findFirst().orElseThrow();
            assertThat(jobs.resources()).extracting(ImportedRight.Resource::pattern).containsExactly("*/jobs.batch");
        }

        /**
         * A custom resource whose controller acts with rights of its own (an ACK IAM role, a k3s Helm
         * chart installed as cluster-admin, a Config Connector IAM member) hands them to whoever
         * creates one: a grant, where it had been a plain create that no checkpoint needed (red team).
         * RBAC's own roles are RBAC's rights, as before.
         */
        @Test
        void creatingAControllersCustomResourceThatActsWithItsOwnRightsIsAGrant() throws Exception {
            DeploymentFile file = manifests(boundClusterWide("creates-through-controllers", """
                      - {apiGroups: [iam.services.k8s.aws], resources: [roles], verbs: [create]}
                      - {apiGroups: [helm.cattle.io], resources: [helmcharts], verbs: [create]}
                      - {apiGroups: [iam.cnrm.cloud.google.com], resources: [iampolicymembers], verbs: [create]}
                      - {apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [create]}
                    """));
            assertThat(grants(file)).filteredOn(g -> g.verb() == Verb.GRANT).extracting(Grant::action).containsExactlyInAnyOrder(
                    "kubernetes:create:roles", "kubernetes:create:helmcharts", "kubernetes:create:iampolicymembers", "rbac:create");
            ImportedRight ack = permission(file).source().rights().stream().filter(r -> r.action().equals("kubernetes:create:roles"))
                    .findFirst().orElseThrow();
            assertThat(ack.resources()).extracting(ImportedRight.Resource::pattern).containsExactly("*/roles.iam.services.k8s.aws");
        }

        /**
         * Updating EKS's aws-auth ConfigMap maps any IAM principal to system:masters: a grant, in
         * kube-system alone; configmaps of another namespace, or of other names, stay updates.
         */
        @Test
        void updatingTheAwsAuthConfigMapIsAGrantInKubeSystemAlone() throws Exception {
            DeploymentFile file = manifests(boundIn("kube-system", "edits-aws-auth",
                    "  - {apiGroups: [\"\"], resources: [configmaps], resourceNames: [aws-auth], verbs: [get, patch]}\n") + "---\n"
                    + boundIn("ops", "edits-config", "  - {apiGroups: [\"\"], resources: [configmaps], verbs: [update]}\n"));
            assertThat(grants(file)).filteredOn(g -> g.verb() == Verb.GRANT).extracting(Grant::action)
                    .containsExactly("kubernetes:patch:configmaps/aws-auth");
            ImportedRight awsAuth = permission(file).source().rights().stream().filter(r -> r.action().equals("kubernetes:patch:configmaps/aws-auth"))
                    .findFirst().orElseThrow();
            assertThat(awsAuth.resources()).extracting(ImportedRight.Resource::pattern).containsExactly("kube-system/configmaps/aws-auth");
            assertThat(grants(file)).filteredOn(g -> g.action().equals("kubernetes:update")).extracting(Grant::verb).containsOnly(Verb.UPDATE);
        }

        /**
         * A "*" verb is the verbs it lets through on the rule's resources, each where the "*" is
         * written: on pods the API's eight, not impersonate or escalate, which act on other resources;
         * on non-resource paths the HTTP methods, nothing that reads like cluster-admin.
         */
        @Test
        void aStarVerbIsTheVerbsItGrantsOnItsResources() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: star}
                    rules:
                      - {apiGroups: [""], resources: [pods], verbs: ["*"]}
                      - {nonResourceURLs: ["*"], verbs: ["*"]}
                      - {apiGroups: [""], resources: [serviceaccounts], verbs: [get, "*"]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: agent-star}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: star}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    """);
            List<ImportedRight> rights = permission(file).source().rights();
            assertThat(rights.stream().filter(r -> r.evidencePath().endsWith("/rules/0/verbs/0")).map(ImportedRight::action))
                    .containsExactly("kubernetes:get", "kubernetes:list", "kubernetes:watch", "kubernetes:create:pods", "kubernetes:update:pods",
                            "kubernetes:patch:pods", "kubernetes:delete", "kubernetes:deletecollection");
            assertThat(rights.stream().filter(r -> r.evidencePath().endsWith("/rules/1/verbs/0")).map(ImportedRight::action))
                    .containsExactly("kubernetes:get", "kubernetes:post", "kubernetes:put", "kubernetes:patch", "kubernetes:delete");
            assertThat(rights.stream().filter(r -> r.evidencePath().contains("/rules/2/")).map(r -> r.action() + " at " + r.evidencePath()
                    .substring(r.evidencePath().lastIndexOf("/verbs/"))))
                    .as("a verb written beside \"*\" is cited where written; impersonation acts on service accounts")
                    .contains("kubernetes:get at /verbs/0", "kubernetes:delete at /verbs/1", "kubernetes:impersonate at /verbs/1");
            assertThat(rights).allMatch(r -> r.writtenAs().equals("kubernetes:*") == !r.evidencePath().endsWith("/rules/2/verbs/0"));
            assertThat(grants(file)).extracting(Grant::verb).doesNotContain(Verb.ADMIN, Verb.ALL, Verb.UNKNOWN);
            assertThat(grants(file).stream().filter(g -> g.evidencePath().endsWith("/rules/1/verbs/0")).map(Grant::verb).distinct())
                    .as("the HTTP methods of a non-resource path: post creates, put and patch update")
                    .containsExactly(Verb.READ, Verb.CREATE, Verb.UPDATE, Verb.DELETE);
            assertThat(where(file, grants(file).get(0))).hasToString(dir.resolve("rbac.yaml") + ":5");
        }

        /** kubectl skips empty documents: a file that ends with "---", or holds one of comments only, is valid manifests. */
        @Test
        void emptyDocumentsAreSkipped() throws Exception {
            DeploymentFile file = manifests("""
                    ---
                    # the cluster's roles, exported
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: deleter}
                    rules:
                      - {apiGroups: [""], resources: [pods], verbs: [delete]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: agent-deletes}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deleter}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    ---
                    """);
            assertThat(grants(file)).extracting(Grant::action).containsExactly("kubernetes:delete");
            assertThat(where(file, grants(file).get(0))).hasToString(dir.resolve("rbac.yaml") + ":8");
        }

        /** The API returns typed lists, and kubectl apply unpacks them as it does a List. */
        @Test
        void aTypedListIsReadLikeAList() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleList
                    items:
                      - apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata: {name: everything}
                        rules:
                          - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBindingList
                    items:
                      - apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRoleBinding
                        metadata: {name: agent-everything}
                        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: everything}
                        subjects:
                          - {kind: ServiceAccount, name: agent, namespace: ops}
                    """);
            assertThat(grants(file)).extracting(Grant::action).contains("kubernetes:delete", "rbac:escalate");
        }

        @Test
        void whatIsBoundToCallersWithoutCredentialsIsHeldByTheAccountToo() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: pod-reader, namespace: ops}
                    rules:
                      - {apiGroups: [""], resources: [pods], verbs: [get]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-reads, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: deleter}
                    rules:
                      - {apiGroups: [""], resources: [pods], verbs: [delete]}
                      - {apiGroups: [""], resources: [secrets], verbs: [list]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: open-to-all}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deleter}
                    subjects:
                      - {kind: Group, name: "system:unauthenticated", apiGroup: rbac.authorization.k8s.io}
                      - {kind: User, name: "system:anonymous", apiGroup: rbac.authorization.k8s.io}
                    """);
            assertThat(grants(file)).extracting(Grant::action, Grant::verb).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get", Verb.READ),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:delete", Verb.DELETE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:list:secrets", Verb.GRANT));
            assertThat(where(file, grants(file).get(1))).hasToString(dir.resolve("rbac.yaml") + ":18");
        }

        @Test
        void aClusterRoleGathersTheRulesOfTheRolesItsSelectorPicks() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: ops-admin}
                    aggregationRule:
                      clusterRoleSelectors:
                        - matchLabels: {example.com/aggregate-to-ops-admin: "true"}
                    rules: []
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata:
                      name: ops-delete-pods
                      labels: {example.com/aggregate-to-ops-admin: "true"}
                    rules:
                      - {apiGroups: [""], resources: [pods], resourceNames: [batch-runner], verbs: [delete]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-ops-admin, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops-admin}
                    subjects:
                      - {kind: User, name: "system:serviceaccount:ops:agent"}
                    """);
            assertThat(grants(file)).extracting(Grant::action, Grant::verb)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kubernetes:delete", Verb.DELETE));
            assertThat(permission(file).resources()).containsExactly("ops/pods/batch-runner");
        }

        /** Kubernetes reads "*" in a resource only as every resource or before a subresource: pods/* matches no request. */
        @Test
        void aStarAfterAResourceOrInsideItIsACharacterThatNoRequestMatches() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: pods-star, namespace: ops}
                    rules:
                      - {apiGroups: ["", rbac.authorization.k8s.io], resources: ["pods/*", "*/*", "pod*", "roles/*"], verbs: [create, "*"]}
                      - {apiGroups: [""], resources: [pods, "*/log"], verbs: [get]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-pods-star, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pods-star}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            assertThat(grants(file)).extracting(Grant::action, Grant::verb)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kubernetes:get", Verb.READ));
            assertThat(permission(file).resources()).containsExactly("ops/pods", "ops/*/log");
        }

        /** A create of a resource and a deletecollection carry no object's name, so a rule limited to names never grants them. */
        @Test
        void resourceNamesLeaveNoCreateOfTheResourceAndNoDeletecollection() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: web-0-only, namespace: ops}
                    rules:
                      - {apiGroups: [""], resources: [pods, pods/exec], resourceNames: [web-0], verbs: [create, deletecollection, delete, get]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-web-0, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: web-0-only}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            assertThat(permission(file).actions()).as("exec into web-0 names the pod; creating a pod or deleting a collection names none")
                    .containsExactly("kubernetes:create:pods/exec", "kubernetes:delete", "kubernetes:get", "kubernetes:get:pods/exec");
            assertThat(permission(file).resources()).containsExactlyInAnyOrder("ops/pods/exec/web-0", "ops/pods/web-0");
        }

        /** Kubernetes compares resource names exactly: a "*" among them is an object so named, which none can be, not every object. */
        @Test
        void aStarAmongResourceNamesIsNoWildcard() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: star-name, namespace: ops}
                    rules:
                      - {apiGroups: [""], resources: [secrets], resourceNames: ["*"], verbs: [get]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-star, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: star-name}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            assertThat(permission(file).resources()).containsExactly("ops/secrets/\\*");
            assertThat(io.oversight.catalog.action.Glob.exact("ops/secrets/\\*").covers(io.oversight.catalog.action.Glob.exact("ops/secrets/db")))
                    .as("the name matches itself alone").isFalse();
        }

        /**
         * A RoleBinding grants only what is asked in its namespace: impersonating users, groups, uids
         * and extras, changing ClusterRoles and approving or signing for a signer are asked in none,
         * while impersonating the namespace's service accounts and binding a ClusterRole there are not.
         */
        @Test
        void aRoleBindingGrantsNothingAskedOutsideEveryNamespace() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: cluster-targets, namespace: ops}
                    rules:
                      - {apiGroups: [""], resources: [users, groups, serviceaccounts], verbs: [impersonate]}
                      - {apiGroups: [authentication.k8s.io], resources: [uids, userextras/scopes], verbs: [impersonate]}
                      - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [escalate, update, delete, bind]}
                      - {apiGroups: [certificates.k8s.io], resources: [signers], verbs: [approve, sign]}
                      - {apiGroups: ["*"], resources: [clusterissuers, ipaddresses, mutatingadmissionpolicies], verbs: [delete]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-cluster-targets, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: cluster-targets}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            assertThat(permission(file).actions()).containsExactly("kubernetes:impersonate", "rbac:bind", "kubernetes:delete");
            // Any group reaches every other group's resource of the name, which may live in the namespace: kept, and said.
            assertThat(permission(file).resources()).containsExactlyInAnyOrder("ops/serviceaccounts",
                    "ops/clusterroles.rbac.authorization.k8s.io", "ops/clusterissuers.*", "ops/ipaddresses.*", "ops/mutatingadmissionpolicies.*");
            assertThat(permission(file).source().rights()).filteredOn(r -> r.action().equals("kubernetes:delete")).singleElement()
                    .satisfies(r -> assertThat(r.notes()).contains("apiGroups \"*\" names every group's 'clusterissuers', 'ipaddresses', 'mutatingadmissionpolicies': Kubernetes' own live in"
                            + " no namespace and this RoleBinding does not grant them, a namespaced custom resource of that name (ACK's IAM users)"
                            + " it does"));
        }

        /**
         * What the action table singles out is singled out in the group that serves it: creating
         * deployments of apps runs containers, but deployments of extensions (no longer served) and
         * pods of apps are objects like any other.
         */
        @Test
        void aResourceSingledOutInItsGroupIsPlainInAnother() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: old-chart, namespace: ops}
                    rules:
                      - {apiGroups: [extensions], resources: [deployments], verbs: [create]}
                      - {apiGroups: [apps], resources: [pods], verbs: [create]}
                      - {apiGroups: [apps], resources: [statefulsets], verbs: [create]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: b, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: old-chart}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            assertThat(permission(file).source().rights()).extracting(ImportedRight::action, r -> r.resources().stream()
                    .map(ImportedRight.Resource::pattern).toList()).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("kubernetes:create", List.of("ops/deployments.extensions")),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:create", List.of("ops/pods.apps")),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:create:statefulsets", List.of("ops/statefulsets.apps")));
        }

        /**
         * A rule of any group names every group's resources of its names: ACK's IAM users are
         * namespaced custom resources, created and deleted through a RoleBinding, though Kubernetes'
         * own users are impersonated with no namespace.
         */
        @Test
        void aRoleBindingOfAnyGroupReachesNamespacedResourcesNamedAsKubernetesOwn() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: iam-operator, namespace: ops}
                    rules:
                      - {apiGroups: ["*"], resources: [users, groups], verbs: [create, delete, impersonate]}
                      - {apiGroups: ["*"], resources: [clusterrolebindings], verbs: [create]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: b, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: iam-operator}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            assertThat(permission(file).actions()).containsExactly("kubernetes:create", "kubernetes:delete");
            // The RBAC group's own clusterrolebindings live in no namespace: no rbac grant; another group's of that name is an object.
            assertThat(permission(file).resources()).containsExactlyInAnyOrder("ops/users.*", "ops/groups.*", "ops/clusterrolebindings.*");
        }

        /** Kubernetes reads a subject's empty namespace as none, which in a RoleBinding is the binding's own (a template whose value is empty writes it). */
        @Test
        void aServiceAccountSubjectWithAnEmptyNamespaceIsInTheRoleBindingsNamespace() throws Exception {
            DeploymentFile file = manifests("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: deleter}
                    rules:
                      - {apiGroups: [""], resources: [pods], verbs: [delete]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-deletes, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deleter}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ""}
                    """);
            assertThat(grants(file)).extracting(Grant::action, Grant::verb)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kubernetes:delete", Verb.DELETE));
            assertThat(permission(file).resources()).containsExactly("ops/pods");
        }

        /** Kubernetes fills an aggregated ClusterRole in from every ClusterRole of the cluster, whichever export holds it. */
        @Test
        void aClusterRoleGathersTheRolesItPicksFromTheManifestsImportedBesideIt() throws Exception {
            Files.writeString(dir.resolve("rbac.yaml"), """
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: monitoring}
                    aggregationRule:
                      clusterRoleSelectors:
                        - matchLabels: {example.com/aggregate-to-monitoring: "true"}
                    rules: []
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: agent-monitoring}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring}
                    subjects:
                      - {kind: ServiceAccount, name: agent, namespace: ops}
                    """);
            Files.writeString(dir.resolve("pieces.yaml"), """
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata:
                      name: monitoring-pods
                      labels: {example.com/aggregate-to-monitoring: "true"}
                    rules:
                      - {apiGroups: [""], resources: [pods], verbs: [delete]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata: {name: reader, namespace: ops}
                    rules:
                      - {apiGroups: [""], resources: [configmaps], verbs: [get]}
                    ---
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-reads, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
                    subjects:
                      - {kind: ServiceAccount, name: agent}
                    """);
            DeploymentFile file = read(dir.resolve("d.yaml").toString(), """
                        identity: {type: dedicated, principal: "ops/agent"}
                        permissions:
                          - {environment: prod, fromKubernetesRbac: rbac.yaml}
                          - {environment: prod, fromKubernetesRbac: pieces.yaml}
                    """);
            assertThat(grants(file)).extracting(Grant::action, Grant::verb).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("kubernetes:delete", Verb.DELETE),
                    org.assertj.core.groups.Tuple.tuple("kubernetes:get", Verb.READ));
            assertThat(where(file, grants(file).get(0))).hasToString(dir.resolve("pieces.yaml") + ":7");
            assertThat(permission(file).source().rights()).extracting(ImportedRight::origin).containsExactly("ClusterRole monitoring-pods of "
                    + dir.resolve("pieces.yaml") + " (aggregated into ClusterRole monitoring) rule 1, bound by ClusterRoleBinding agent-monitoring "
                    + "(line 9)");
        }
    }
}
