package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rights an agent holds through an identity it does not have to itself: its operator's
 * permissions, written out or imported, for an inherited identity. (The fixtures of PM-08, HO-02
 * and PM-06 show the written and shared cases.)
 */
class BorrowedRightsTest {

    @TempDir
    Path dir;

    private static final String MANIFESTS = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: ops}
            rules:
              - apiGroups: [""]
                resources: [pods]
                verbs: [get, delete]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: alice-ops, namespace: payments}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ops}
            subjects:
              - {kind: User, name: alice@example.com, apiGroup: rbac.authorization.k8s.io}
            """;

    /** A deployment whose operator alice ({@code email}) imports her rights from the manifests above. */
    private Path deployment(String email) throws Exception {
        Files.writeString(dir.resolve("rbac.yaml"), MANIFESTS);
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: alice}
                people:
                  - id: alice
                    email: %s
                    permissions:
                      - environment: prod
                        fromKubernetesRbac: rbac.yaml
                environments:
                  - {name: prod, kind: production, criticality: critical}
                agents:
                  - id: bot
                    owner: alice
                    autonomy: supervised
                    environments: [prod]
                    identity: {type: inherited, inheritedFrom: alice}
                    permissions:
                      - environment: prod
                        actions: [read]
                """.formatted(email));
        return file;
    }

    @Test
    void aPersonsRbacRightsAreThoseBoundToTheUserNamedByTheirEmail() throws Exception {
        Person alice = new DeploymentReader(Fixtures.CATALOG.controlIds()).read(deployment("alice@example.com")).deployment().people().get(0);
        assertThat(alice.permissions()).singleElement().satisfies(p -> {
            assertThat(p.agentId()).isNull();
            assertThat(p.path()).isEqualTo("/people/0/permissions/0");
            assertThat(p.actions()).containsExactly("kubernetes:get", "kubernetes:delete");
            assertThat(p.resources()).containsExactly("payments/pods");
        });
    }

    @Test
    void anInheritingAgentIsJudgedOnItsOperatorsRightsCitedInTheManifest() throws Exception {
        Assessment assessment = Fixtures.assess(deployment("alice@example.com"));
        String rbac = dir.resolve("rbac.yaml").toString();
        assertThat(assessment.findings()).filteredOn(f -> List.of("HO-02", "PM-08").contains(f.control()))
                .extracting(f -> Fixtures.describe(f) + " " + f.primaryEvidence().file() + " " + f.message())
                .containsExactly(
                        "HO-02 critical agent:bot line 7 " + rbac + " 'bot' can take destructive actions in critical environment 'prod'"
                                + " without the approval of two humans: kubernetes:delete on payments/pods",
                        "PM-08 critical agent:bot line 7 " + rbac + " 'bot' can do more in 'prod' than its own permissions intend:"
                                + " delete as kubernetes:delete on payments/pods (inherited from alice)");
    }

    @Test
    void manifestsThatBindNothingToThePersonAreAProblemAtTheKey() throws Exception {
        Path file = deployment("alice@elsewhere.example");
        assertThatThrownBy(() -> new DeploymentReader(Fixtures.CATALOG.controlIds()).read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(file + ":9:29: no RoleBinding or ClusterRoleBinding in " + dir.resolve("rbac.yaml")
                                + " binds a User named alice@elsewhere.example or alice (the person's email or id), so this permission"
                                + " would import nothing; check the binding's subjects and the file"));
    }
}
