package io.oversight.engine;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.deployment.InputLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem of an imported permission is reported as {@code file:line:column: message}, in the
 * deployment when the key naming the document is at fault, in the document otherwise; nothing is
 * assessed while any remains.
 */
class ImportProblemsTest {

    @TempDir
    Path dir;

    private String d;
    private String policy;
    private String rbac;

    @BeforeEach
    void names() {
        d = dir.resolve("d.yaml").toString();
        policy = dir.resolve("policy.json").toString();
        rbac = dir.resolve("rbac.yaml").toString();
    }

    /** The agent's permissions (and optionally more of the agent), after the shared header; the agent starts at line 9. */
    private List<String> problems(String agentTail) {
        try {
            ImportedPermissionsTest.read(d, agentTail);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("expected the deployment to be rejected");
    }

    private List<String> policyProblems(String json) throws Exception {
        Files.writeString(dir.resolve("policy.json"), json);
        return problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policy.json}
                """);
    }

    private List<String> rbacProblems(String principal, String yaml) throws Exception {
        Files.writeString(dir.resolve("rbac.yaml"), yaml);
        return problems("""
                    identity: {type: dedicated, principal: "%s"}
                    permissions:
                      - {environment: prod, fromKubernetesRbac: rbac.yaml}
                """.formatted(principal));
    }

    private static final String VALID_POLICY = """
            {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
            """;

    @Test
    void aPolicyVersionWhoseDocumentIsATextIsAProblemNotACrash() throws Exception {
        // The API returns the document URL-encoded as a text; the AWS CLI prints it as JSON.
        Files.writeString(dir.resolve("policy.json"), """
                {"PolicyVersion": {"Document": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"ec2:*\\"}]}", "VersionId": "v1"}}
                """);
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policy.json}
                """)).containsExactly(dir.resolve("policy.json") + ":1:32: the policy document must be a mapping of keys to values, but is a text");
    }

    @Test
    void aPolicyVersionThatIsNotTheDefaultIsAProblem() throws Exception {
        Files.writeString(dir.resolve("policy.json"), """
                {"PolicyVersion": {"Document": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]},
                 "VersionId": "v1", "IsDefaultVersion": false}}
                """);
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policy.json}
                """)).containsExactly(dir.resolve("policy.json") + ":2:41: this policy version is not the default version, and AWS applies "
                + "only the default one; import the output of aws iam get-policy-version for the default version (or the policy's document)");
    }

    @Test
    void aMissingFileIsReportedAtTheKeyThatNamesIt() {
        assertThat(problems("""
                    permissions:
                      - environment: prod
                        fromAwsIamPolicy: policies/missing.json
                """)).containsExactly(d + ":13:27: no such file: " + dir.resolve("policies/missing.json")
                + " ('policies/missing.json' is read relative to the deployment file)");
    }

    @Test
    void aDirectoryIsNotAPolicy() throws Exception {
        Files.createDirectories(dir.resolve("policies"));
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policies}
                """)).containsExactly(d + ":12:47: " + dir.resolve("policies") + " is a directory; 'policies' must name an AWS IAM policy document (JSON)");
    }

    @Test
    void onlyPlainFilesWithinTheLimitsAreRead() throws Exception {
        Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Files.createDirectories(dir.resolve("policies"));
        Files.createSymbolicLink(dir.resolve("policies/zero.json"), Path.of("../zero.json"));
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policies/zero.json}
                """)).containsExactly(d + ":12:47: 'policies/zero.json' is a symbolic link to a file outside the deployment's folder ("
                + dir + "); imports are read from inside it only");
        Files.delete(dir.resolve("policies/zero.json"));
        Files.createSymbolicLink(dir.resolve("policies/fifo.json"), Path.of("../fifo.json"));
        org.assertj.core.api.Assertions.assertThat(new ProcessBuilder("mkfifo", dir.resolve("fifo.json").toString()).start().waitFor()).isZero();
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policies/fifo.json}
                """)).containsExactly(d + ":12:47: " + dir.resolve("policies/fifo.json")
                + " is not a regular file; 'policies/fifo.json' must name an AWS IAM policy document (JSON)");
        DeploymentReader small = new DeploymentReader(CatalogLoader.builtIn().controlIds(), new InputLimits(1024 * 1024, 64, 1000));
        Files.write(dir.resolve("policy.json"), new byte[1024 * 1024 + 1]);
        String yaml = ImportedPermissionsTest.HEADER + """
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policy.json}
                """;
        assertThatThrownBy(() -> small.read(d, yaml.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(d + ":12:47: " + policy + " is larger than the limit of 1 MiB; raise it with --max-input-mb"));
        // Removed here: JUnit warns when its cleanup of the folder meets a link to outside it.
        Files.delete(dir.resolve("zero.json"));
    }

    @Test
    void actionsCannotBeBothWrittenAndImported() throws Exception {
        Files.writeString(dir.resolve("policy.json"), VALID_POLICY);
        assertThat(problems("""
                    permissions:
                      - environment: prod
                        actions: [read]
                        fromAwsIamPolicy: policy.json
                      - environment: prod
                        fromAwsIamPolicy: policy.json
                        fromKubernetesRbac: rbac.yaml
                """)).containsExactly(
                d + ":14:27: a permission takes its actions from one place, but this one has both 'actions' and 'fromAwsIamPolicy'; "
                        + "write a permission entry for each",
                d + ":17:29: a permission takes its actions from one place, but this one has both 'fromAwsIamPolicy' and "
                        + "'fromKubernetesRbac'; write a permission entry for each");
    }

    @Test
    void aPermissionNeedsActionsFromSomewhereAndImportsBringTheirOwnResources() throws Exception {
        Files.writeString(dir.resolve("policy.json"), VALID_POLICY);
        assertThat(problems("""
                    permissions:
                      - environment: prod
                        justification: forgot the actions
                      - environment: prod
                        resources: ["*"]
                        fromAwsIamPolicy: policy.json
                """)).containsExactly(
                d + ":12:9: the permission lacks 'actions': list the actions it grants, or import them from the policy or role that "
                        + "grants them with 'fromAwsIamPolicy' or 'fromKubernetesRbac'",
                d + ":15:20: 'resources' comes from the document 'fromAwsIamPolicy' names; remove it here");
    }

    @Test
    void invalidJsonIsReportedInThePolicyFileWithoutQuotingIt() throws Exception {
        assertThat(policyProblems("""
                {"Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject" "Resource": "*"}
                ]}
                """)).containsExactly(policy + ":2:48: not valid JSON, so not an AWS IAM policy document (JSON); nothing of the file "
                + "is quoted, since it may be another file, such as one of secrets");
        assertThat(policyProblems("{\"Statement\": []}\n{\"Statement\": []}\n")).as("two documents in one policy file")
                .containsExactly(policy + ":2:1: the file holds more than one JSON value; write one");
    }

    /** A policy is no deployment description: the limit is said without advice about one. */
    @Test
    void aPolicyThatNestsTooDeeplyIsSaidToWithoutAdviceAboutDeployments() throws Exception {
        assertThat(policyProblems("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"Condition\": "
                + "{\"a\": ".repeat(70) + "1" + "}".repeat(70) + "}]}\n"))
                .containsExactly(policy + ":1:458: the document nests more than 64 levels deep");
    }

    private static final String SECRETS = """
            AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
            AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            """;

    @Test
    void aSecretsFileNamedByMistakeIsNeverQuoted() throws Exception {
        Files.writeString(dir.resolve(".env"), SECRETS);
        List<String> asPolicy = problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: .env}
                """);
        assertThat(asPolicy).containsExactly(dir.resolve(".env") + ":1:1: not valid JSON, so not an AWS IAM policy document (JSON); "
                + "nothing of the file is quoted, since it may be another file, such as one of secrets");
        List<String> asManifests = problems("""
                    identity: {type: dedicated, principal: "system:serviceaccount:ops:bot"}
                    permissions:
                      - {environment: prod, fromKubernetesRbac: .env}
                """);
        assertThat(asManifests).containsExactly(dir.resolve(".env") + ":1:1: not Kubernetes RBAC manifests: each document must be a "
                + "Kubernetes object (a mapping with a 'kind'); nothing of the file is quoted, since it may be another file, such as one of secrets");
        Files.writeString(dir.resolve("secrets.json"), "{\"AWS_SECRET_ACCESS_KEY\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}");
        List<String> jsonSecrets = problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: secrets.json}
                """);
        assertThat(jsonSecrets).containsExactly(dir.resolve("secrets.json") + ":1:1: not an AWS IAM policy document: it has no "
                + "'Statement'; nothing of the file is quoted, since it may be another file, such as one of secrets");
        assertThat(String.join("\n", asPolicy) + asManifests + jsonSecrets).doesNotContain("AWS_SECRET_ACCESS_KEY").doesNotContain("wJalr");
    }

    @Test
    void importsStayInsideTheDeploymentsFolder() throws Exception {
        Files.writeString(dir.resolve("policy.json"), VALID_POLICY);
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: %s}
                """.formatted(policy))).containsExactly(d + ":12:47: '" + policy + "' is an absolute path; imports are read from inside "
                + "the deployment's folder (" + dir + "): write the path relative to the deployment file");
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: ../outside.json}
                """)).containsExactly(d + ":12:47: '../outside.json' leads out of the deployment's folder (" + dir
                + "); imports are read from inside it only (--import-root DIR reads them from inside DIR instead)");
        Files.createDirectories(dir.resolve("policies"));
        assertThat(ImportedPermissionsTest.read(d, """
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: policies/../policy.json}
                """).deployment().agents().get(0).permissions()).hasSize(1);
    }

    @Test
    void anImportRootMayBeWiderThanTheDeploymentsFolder() throws Exception {
        Files.createDirectories(dir.resolve("team"));
        Files.writeString(dir.resolve("policy.json"), VALID_POLICY);
        String yaml = ImportedPermissionsTest.HEADER + """
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: ../policy.json}
                """;
        String nested = dir.resolve("team/d.yaml").toString();
        DeploymentReader widened = new DeploymentReader(CatalogLoader.builtIn().controlIds(), InputLimits.DEFAULT).withImportRoot(dir);
        assertThat(widened.read(nested, yaml.getBytes(StandardCharsets.UTF_8)).deployment().agents().get(0).permissions()).hasSize(1);
        DeploymentReader narrowed = widened.withImportRoot(dir.resolve("team/inner"));
        assertThatThrownBy(() -> narrowed.read(nested, yaml.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::format).containsExactly(nested + ":12:47: '../policy.json' leads out of "
                        + "the import root (" + dir.resolve("team/inner") + "); imports are read from inside it only"));
    }

    @Test
    void anEmptyPolicyFile() throws Exception {
        assertThat(policyProblems("\n")).containsExactly(policy + ":1:1: the file is empty: expected an AWS IAM policy document (JSON)");
    }

    @Test
    void anUnknownEffectOrAMisspeltKeyIsAnErrorWithASuggestion() throws Exception {
        assertThat(policyProblems("""
                {"Version": "2012-10-17",
                 "Statement": [
                  {"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Actions": "s3:PutObject", "Resource": "*"}
                 ]}
                """)).containsExactly(
                policy + ":3:14: 'allow' is not a valid Effect (did you mean 'Allow'?); expected one of: Allow, Deny",
                policy + ":4:3: the statement lacks 'Action' (or 'NotAction')",
                policy + ":4:23: unknown key 'Actions' in statement 2 of 'Statement' (did you mean 'Action'?)");
    }

    @Test
    void statementsNeedOneOfEachPairAnEffectAndNoPrincipal() throws Exception {
        assertThat(policyProblems("""
                {"Statement": [
                  {"Effect": "Allow", "Action": "s3:GetObject", "NotAction": "s3:PutObject", "Resource": "*"},
                  {"Effect": "Allow", "Action": "s3:GetObject"},
                  {"Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject", "Resource": "*"}
                ]}
                """)).containsExactly(
                policy + ":2:62: a statement has 'Action' or 'NotAction', not both",
                policy + ":3:3: the statement lacks 'Resource' (or 'NotResource')",
                policy + ":4:3: statement 3 of 'Statement' lacks the required key 'Effect'",
                policy + ":5:36: 'Principal' belongs in resource-based policies (bucket and trust policies); an identity policy applies "
                        + "to whoever holds it and names no principal");
    }

    @Test
    void actionsVersionsAndConditionsAreChecked() throws Exception {
        assertThat(policyProblems("""
                {"Version": "2021-01-01", "Statement": [
                  {"Effect": "Allow", "Action": ["ec2 TerminateInstances", 42], "Resource": [],
                   "Condition": {"StringEquals": "eu-west-1"}}
                ]}
                """)).containsExactly(
                policy + ":1:13: 'Version' must be 2012-10-17 (or the older 2008-10-17), but is '2021-01-01'",
                policy + ":2:34: 'ec2 TerminateInstances' is not an IAM action: write service:Action, such as ec2:TerminateInstances "
                        + "or s3:Get*, or \"*\" for every action",
                policy + ":2:60: each entry of 'Action' must be a text, such as \"ec2:Describe*\", but one is a number",
                policy + ":2:77: 'Resource' is empty: name at least one",
                policy + ":3:34: 'Condition' must map operators to keys and values, such as {\"Bool\": {\"aws:MultiFactorAuthPresent\": "
                        + "\"true\"}}, but 'StringEquals' holds a text");
        // A dash inside an action's name is AWS's own (its reference lists this one): the documented policy had been refused.
        assertThat(policyProblems("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["vpc-lattice:AssociateViaAWSService-EventsAndStates", "ec2 X"], "Resource": "*"}
                ]}
                """)).containsExactly(policy + ":2:88: 'ec2 X' is not an IAM action: write service:Action, such as ec2:TerminateInstances "
                        + "or s3:Get*, or \"*\" for every action");
    }

    /** IAM refuses a document whose resource is no ARN, so no account holds it; read as a glob, it had matched ARNs by accident. */
    @Test
    void aResourceThatIsNoArnIsAProblem() throws Exception {
        assertThat(policyProblems("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "s3:DeleteObject", "Resource": ["*/*", "arn:aws:s3:::logs/*", "*"]}
                ]}
                """)).containsExactly(policy + ":2:65: '*/*' is not a resource IAM accepts: write an ARN pattern "
                + "(arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, such as arn:aws:s3:::reports/*), or \"*\" for every resource");
    }

    @Test
    void aPolicyWithoutStatements() throws Exception {
        assertThat(policyProblems("""
                {"Version": "2012-10-17"}
                """)).containsExactly(policy + ":1:1: the policy document lacks the required key 'Statement'");
        assertThat(policyProblems("""
                {"Version": "2012-10-17", "Statement": []}
                """)).containsExactly(policy + ":1:40: 'Statement' is empty: a policy grants nothing without statements");
    }

    @Test
    void rbacNeedsTheAgentsServiceAccount() throws Exception {
        Files.writeString(dir.resolve("rbac.yaml"), "kind: List\napiVersion: v1\nitems: []\n");
        assertThat(problems("""
                    permissions:
                      - {environment: prod, fromKubernetesRbac: rbac.yaml}
                """)).containsExactly(d + ":12:49: 'fromKubernetesRbac' takes the rules bound to the agent's service account, but the agent "
                + "has no identity.principal; name the account there as system:serviceaccount:NAMESPACE:NAME or NAMESPACE/NAME");
        assertThat(rbacProblems("arn:aws:iam::111122223333:role/agent", "kind: List\napiVersion: v1\nitems: []\n")).containsExactly(
                d + ":11:44: identity.principal 'arn:aws:iam::111122223333:role/agent' is not a Kubernetes service account, which "
                        + "'fromKubernetesRbac' needs; write it as system:serviceaccount:NAMESPACE:NAME or NAMESPACE/NAME");
    }

    @Test
    void manifestsThatBindNothingToTheAccountAreAnError() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: someone-else, namespace: ops}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: ServiceAccount, name: other-agent}]
                """)).containsExactly(d + ":13:49: no RoleBinding or ClusterRoleBinding in " + rbac + " binds service account ops/agent "
                + "(identity.principal), so this permission would import nothing; check the principal and the file");
    }

    /** kubectl refuses a List whose items are not a list; skipped unsaid, its bindings went missing and only the principal was blamed. */
    @Test
    void aListWhoseItemsAreNotAListIsSaidToBe() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: v1
                kind: List
                items:
                  binding:
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata: {name: agent-edit, namespace: ops}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
                    subjects: [{kind: ServiceAccount, name: agent}]
                """)).containsExactly(d + ":13:49: no RoleBinding or ClusterRoleBinding in " + rbac + " binds service account ops/agent "
                + "(identity.principal), so this permission would import nothing; check the principal and the file",
                rbac + ":4:3: 'items' of a List must be a list of Kubernetes objects, but is a mapping");
    }

    @Test
    void aBindingToARoleTheFileDoesNotDefine() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: agent-edit, namespace: ops}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
                subjects: [{kind: ServiceAccount, name: agent}]
                """)).containsExactly(rbac + ":4:73: RoleBinding ops/agent-edit binds ClusterRole 'edit', which no document of " + rbac
                + " defines; add it (kubectl get clusterrole edit -o yaml prints it)");
    }

    /**
     * The manifests of one environment are one cluster, which holds one role of a name: a ClusterRole two files define alike counts
     * once, one they define otherwise is refused at each import, since which copy a binding took would decide the rights unseen.
     */
    @Test
    void aRoleTwoFilesOfOneClusterDefineOtherwiseIsRefused() throws Exception {
        String role = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: x}
                rules: [{apiGroups: [""], resources: [pods], verbs: [%s]}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: x-%s}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: x}
                subjects: [{kind: ServiceAccount, name: agent, namespace: ops}]
                """;
        Files.writeString(dir.resolve("rbac.yaml"), role.formatted("get", "a"));
        Files.writeString(dir.resolve("rbac2.yaml"), role.formatted("get", "b"));
        String entries = """
                    identity: {type: dedicated, principal: "ops/agent"}
                    permissions:
                      - {environment: prod, fromKubernetesRbac: rbac.yaml}
                      - {environment: prod, fromKubernetesRbac: rbac2.yaml}
                """;
        assertThat(ImportedPermissionsTest.read(d, entries).deployment().agents().get(0).permissions()).hasSize(2);
        Files.writeString(dir.resolve("rbac2.yaml"), role.formatted("delete", "b"));
        String rbac2 = dir.resolve("rbac2.yaml").toString();
        assertThat(problems(entries)).containsExactly(
                d + ":13:49: the manifests imported for this environment are read as one cluster, which holds one role of a name, but they "
                        + "define ClusterRole x (" + rbac + " line 1, " + rbac2 + " line 1) differently; import the definition the cluster "
                        + "has (kubectl get clusterrole NAME -o yaml, or get role, prints it)",
                d + ":14:49: the manifests imported for this environment are read as one cluster, which holds one role of a name, but they "
                        + "define ClusterRole x (" + rbac2 + " line 1, " + rbac + " line 1) differently; import the definition the cluster "
                        + "has (kubectl get clusterrole NAME -o yaml, or get role, prints it)");
    }

    /** The control plane fills an aggregating ClusterRole's rules in: exported without them or the roles it picks, it lacks them. */
    @Test
    void anAggregatingRoleWithoutRulesWhoseSelectorPicksNoRoleOfTheFile() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: edit}
                aggregationRule:
                  clusterRoleSelectors:
                    - matchLabels: {rbac.authorization.k8s.io/aggregate-to-edit: "true"}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: agent-edit, namespace: ops}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
                subjects: [{kind: ServiceAccount, name: agent}]
                """)).containsExactly(rbac + ":6:7: ClusterRole 'edit' has no rules of its own and gathers them from the ClusterRoles "
                + "labelled rbac.authorization.k8s.io/aggregate-to-edit=true, but no document of " + rbac + " defines one, so what it "
                + "grants is missing; add those ClusterRoles, or export the role with the rules the control plane filled in (kubectl get "
                + "clusterrole edit -o yaml prints them)");
    }

    /** A role that picks another aggregating role, itself exported without its rules, lacks them as much. */
    @Test
    void anAggregatedRoleWithoutRulesWhoseSelectorPicksNothing() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: monitoring}
                aggregationRule:
                  clusterRoleSelectors:
                    - matchLabels: {example.com/aggregate-to-monitoring: "true"}
                    - matchLabels: {example.com/aggregate-to-alerts: "true"}
                rules: []
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata:
                  name: logs
                  labels: {example.com/aggregate-to-monitoring: "true"}
                aggregationRule:
                  clusterRoleSelectors:
                    - matchLabels: {example.com/aggregate-to-logs: "true"}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: agent-monitoring}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: monitoring}
                subjects: [{kind: ServiceAccount, name: agent, namespace: ops}]
                """)).extracting(p -> p.substring(0, p.indexOf(", but")))
                .containsExactly(rbac + ":7:7: ClusterRole 'monitoring' has no rules of its own and gathers them from the ClusterRoles "
                        + "labelled example.com/aggregate-to-alerts=true",
                        rbac + ":17:7: ClusterRole 'logs' has no rules of its own and gathers them from the ClusterRoles labelled "
                        + "example.com/aggregate-to-logs=true");
    }

    @Test
    void manifestsAreCheckedAsStrictlyAsTheDeployment() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBindng
                metadata: {name: typo}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: no-namespace}
                rules: []
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: deleter, namespace: ops}
                rules:
                  - apiGroups: [""]
                    resources: [pods]
                    verb: [delete]
                  - apiGroups: [""]
                    resources: [pods]
                    verbs: [delet]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: agent-deleter, namespace: ops}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deleter}
                subjects: [{kind: ServiceAccount, name: agent}]
                """)).containsExactly(
                rbac + ":2:7: kind 'ClusterRoleBindng' looks like a misspelling of 'ClusterRoleBinding'; an object Oversight does not "
                        + "read would grant nothing",
                rbac + ":7:11: the Role 'no-namespace' has no metadata.namespace; Oversight cannot tell which namespace it applies to",
                rbac + ":14:5: rule 1 of 'rules' lacks the required key 'verbs'",
                rbac + ":16:5: unknown key 'verb' in rule 1 of 'rules' (did you mean 'verbs'?)",
                rbac + ":19:13: verb 'delet' looks like a misspelling of 'delete'");
    }

    /** Kubernetes reads an empty namespace as none: a RoleBinding in namespace "" is one whose namespace the file does not say. */
    @Test
    void anEmptyNamespaceIsNoNamespace() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: deleter}
                rules:
                  - {apiGroups: [""], resources: [pods], verbs: [delete]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: agent-deletes, namespace: ""}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deleter}
                subjects: [{kind: ServiceAccount, name: agent}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: agent-deletes-everywhere}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: deleter}
                subjects:
                  - {kind: ServiceAccount, name: agent, namespace: ""}
                  - {kind: ServiceAccount, name: agent, namespace: null}
                """)).containsExactly(
                d + ":13:49: no RoleBinding or ClusterRoleBinding in " + rbac + " binds service account ops/agent (identity.principal), so "
                        + "this permission would import nothing; check the principal and the file",
                rbac + ":9:11: the RoleBinding 'agent-deletes' has no metadata.namespace; Oversight cannot tell which namespace it applies to",
                rbac + ":18:5: a ServiceAccount subject of a ClusterRoleBinding needs its 'namespace'",
                rbac + ":19:5: a ServiceAccount subject of a ClusterRoleBinding needs its 'namespace'");
    }

    /** Kubernetes compares verbs exactly: 'Delete' grants nothing, and what was meant is delete, not the deletecollection it begins. */
    @Test
    void aVerbInAnotherCaseIsAMisspellingOfItself() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: deleter, namespace: ops}
                rules:
                  - {apiGroups: [""], resources: [pods], verbs: [Delete, GET]}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: agent-deleter, namespace: ops}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deleter}
                subjects: [{kind: ServiceAccount, name: agent}]
                """)).containsExactly(
                rbac + ":5:50: verb 'Delete' looks like a misspelling of 'delete'",
                rbac + ":5:58: verb 'GET' looks like a misspelling of 'get'");
    }

    @Test
    void invalidYamlIsReportedInTheManifests() throws Exception {
        assertThat(rbacProblems("ops/agent", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: broken, namespace: ops
                rules: []
                """)).singleElement().asString().startsWith(rbac + ":4:");
    }
}
