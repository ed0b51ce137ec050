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

    /** The manifests above, and the on-call group's ClusterRole, its binding's Group subject at line 27. */
    private static final String WITH_GROUP = MANIFESTS + """
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: nodes-admin}
            rules:
              - {apiGroups: [""], resources: [nodes], verbs: [delete]}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: on-call}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: nodes-admin}
            subjects:
              - {kind: Group, name: "oidc:sre-oncall", apiGroup: rbac.authorization.k8s.io}
              - {kind: Group, name: "system:serviceaccounts:payments", apiGroup: rbac.authorization.k8s.io}
            """;

    /** A deployment whose operator alice ({@code email}) imports her rights from the manifests above. */
    private Path deployment(String email) throws Exception {
        return deployment(email, MANIFESTS);
    }

    private Path deployment(String email, String manifests) throws Exception {
        Files.writeString(dir.resolve("rbac.yaml"), manifests);
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

    /**
     * The name the cluster authenticates a person with is not in the files: a User bound in another
     * case, or after the prefix the API server adds to OIDC names, may be the person and counts.
     * Another person's name after a prefix does not.
     */
    @Test
    void aUserBoundInAnotherCaseOrAfterAPrefixCountsAsThePerson() throws Exception {
        for (String bound : java.util.List.of("Alice@Example.com", "oidc:alice@example.com", "https://issuer.example#alice")) {
            Person alice = read(deployment("alice@example.com", MANIFESTS.replace("name: alice@example.com,", "name: \"" + bound + "\",")));
            assertThat(alice.permissions()).as(bound).singleElement().satisfies(p -> assertThat(p.actions())
                    .containsExactly("kubernetes:get", "kubernetes:delete"));
        }
        Path other = deployment("alice@example.com", MANIFESTS.replace("name: alice@example.com,", "name: \"oidc:malice@example.com\","));
        assertThatThrownBy(() -> new DeploymentReader(Fixtures.CATALOG.controlIds()).read(other)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void groupsTheManifestsBindAreAProblemWhileThePersonStatesNone() throws Exception {
        Path file = deployment("alice@example.com", WITH_GROUP);
        assertThatThrownBy(() -> new DeploymentReader(Fixtures.CATALOG.controlIds()).read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(file + ":9:29: " + dir.resolve("rbac.yaml") + " binds roles to Group 'oidc:sre-oncall' (line 27),"
                                + " and whether the person is in it is not in these files; list the groups the person's credentials"
                                + " carry in the person's 'groups' (groups: [] when none), so that what they hold counts"));
    }

    @Test
    void aPersonsGroupsBringWhatIsBoundToThem() throws Exception {
        Person member = read(deployment("alice@example.com\n    groups: [oidc:sre-oncall]", WITH_GROUP));
        assertThat(member.permissions()).singleElement().satisfies(p -> {
            assertThat(p.actions()).containsExactly("kubernetes:get", "kubernetes:delete");
            assertThat(p.resources()).containsExactly("payments/pods", "*/nodes");
        });
        Person outsider = read(deployment("alice@example.com\n    groups: []", WITH_GROUP));
        assertThat(outsider.permissions()).singleElement().satisfies(p -> assertThat(p.resources()).containsExactly("payments/pods"));
    }

    /** A member of system:masters holds every right, whatever the manifests bind: the API server does not consult RBAC for it. */
    @Test
    void aMemberOfSystemMastersHoldsEverything() throws Exception {
        Person master = read(deployment("alice@example.com\n    groups: [oidc:sre-oncall, system:masters]", WITH_GROUP));
        assertThat(master.permissions()).singleElement().satisfies(p -> {
            assertThat(p.actions()).contains("kubernetes:delete", "kubernetes:impersonate", "rbac:bind", "kubernetes:post");
            assertThat(p.resources()).contains("*");
        });
    }

    /** A stated group spelt otherwise than the binding's is named, not dropped: Kubernetes compares group names exactly. */
    @Test
    void aGroupSpeltOtherwiseThanTheBindingIsAProblem() throws Exception {
        Path file = deployment("alice@example.com\n    groups: [OIDC:SRE-ONCALL]", WITH_GROUP);
        assertThatThrownBy(() -> new DeploymentReader(Fixtures.CATALOG.controlIds()).read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(file + ":10:29: the person's group 'OIDC:SRE-ONCALL' is bound by no binding of " + dir.resolve("rbac.yaml")
                                + ", but 'oidc:sre-oncall' is (line 27): Kubernetes compares group names exactly; write it as the binding does"));
    }

    private static Person read(Path file) throws Exception {
        return new DeploymentReader(Fixtures.CATALOG.controlIds()).read(file).deployment().people().get(0);
    }
}
