package io.oversight.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.model.Criticality;
import io.oversight.deployment.model.EnvironmentKind;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.catalog.action.Verb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Effective access: written and imported rights together, classified, each with the place it was written. */
class EffectiveAccessTest {

    @TempDir
    Path dir;

    @Test
    void listsEachEnvironmentsRightsInOrderWithTheirVerbsAndSources() throws Exception {
        Files.writeString(dir.resolve("policy.json"), """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["s3:GetObject*", "ec2:TerminateInstances"], "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}, "StringLike": {"aws:Referer": "CloudFrontOriginSecret-9f8e7d"}}},
                  {"Effect": "Deny", "Action": "ec2:Terminate*", "Resource": "*"}
                ]}
                """);
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: olga}
                people: [{id: olga}]
                environments:
                  - {name: prod, kind: production, criticality: high}
                  - {name: dev, kind: development}
                agents:
                  - id: bot
                    identity: {type: dedicated, principal: "arn:aws:iam::1:role/bot"}
                    permissions:
                      - {environment: dev, actions: [read, "s3:Put*"], resources: ["*"]}
                      - {environment: prod, fromAwsIamPolicy: policy.json}
                  - id: idle
                """;
        String name = dir.resolve("d.yaml").toString();
        DeploymentFile file = new DeploymentReader(CatalogLoader.builtIn().controlIds()).read(name, yaml.getBytes(StandardCharsets.UTF_8));
        List<AgentAccess> access = EffectiveAccess.of(file);
        assertThat(access).extracting(AgentAccess::agentId).containsExactly("bot", "idle");
        assertThat(access.get(1).environments()).isEmpty();

        EnvironmentAccess dev = access.get(0).environments().get(0);
        assertThat(dev.environment()).isEqualTo("dev");
        assertThat(dev.kind()).isEqualTo(EnvironmentKind.DEVELOPMENT);
        assertThat(dev.criticality()).isNull();
        assertThat(dev.production()).isFalse();
        assertThat(dev.critical()).isFalse();
        assertThat(dev.verbs()).containsExactly(Verb.GRANT, Verb.DELETE, Verb.UPDATE, Verb.READ);
        assertThat(dev.rights()).extracting(Right::action).containsExactly("read", "s3:Put*");
        assertThat(dev.rights().get(1).verbs()).as("PutLifecycleConfiguration expires objects").containsExactly(Verb.GRANT, Verb.DELETE, Verb.UPDATE);
        assertThat(dev.rights().get(1).destructive()).isTrue();
        assertThat(dev.rights().get(1).source()).hasToString(name + ":12");
        assertThat(dev.rights().get(0).origin()).isEmpty();

        EnvironmentAccess prod = access.get(0).environments().get(1);
        assertThat(prod.production()).isTrue();
        assertThat(prod.critical()).as("production with criticality high").isTrue();
        assertThat(prod.verbs()).containsExactly(Verb.READ);
        assertThat(prod.rights()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("s3:GetObject*");
            assertThat(r.source()).hasToString(dir.resolve("policy.json") + ":2");
            // A Referer admitted by its value is a secret shared with CloudFront, whatever it looks like (red team).
            assertThat(r.conditions()).containsExactly("Bool aws:MultiFactorAuthPresent = true", "StringLike aws:Referer = ****");
            assertThat(r.resources()).containsExactly("*");
            assertThat(r.origin()).isEqualTo("statement 1 (Allow, line 2)");
            assertThat(r.highImpact()).isFalse();
        });
        assertThat(prod.denied()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("ec2:TerminateInstances");
            assertThat(r.verbs()).containsExactly(Verb.DELETE);
            assertThat(r.notes()).containsExactly("denied by statement 2 (Deny, line 4)");
        });
    }

    @Test
    void anEnvironmentOfNoStatedKindIsTakenAsProduction() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: olga}
                people: [{id: olga}]
                environments:
                  - {name: lab, criticality: critical}
                agents:
                  - id: bot
                    permissions:
                      - {environment: lab, actions: [delete], resources: ["*"]}
                """;
        DeploymentFile file = read(yaml);
        EnvironmentAccess lab = EffectiveAccess.of(file).get(0).environments().get(0);
        assertThat(lab.declared().name()).isEqualTo("lab");
        assertThat(lab.kind()).isNull();
        assertThat(lab.criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(lab.production()).as("nothing shows it is not").isTrue();
        assertThat(lab.critical()).isTrue();
        assertThat(lab.verbs()).containsExactly(Verb.DELETE);
    }

    @Test
    void anInheritedIdentityHoldsItsOperatorsRightsAndASharedOneItsCoUsersWhereverGrantedMarkedAsBorrowed() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: olga}
                people:
                  - id: olga
                    permissions:
                      - {environment: prod, actions: [delete], resources: ["db:*"]}
                      - {environment: dev, actions: [admin], resources: ["*"]}
                environments:
                  - {name: prod, kind: production}
                  - {name: dev, kind: development}
                agents:
                  - id: helper
                    environments: [prod]
                    identity: {type: inherited, inheritedFrom: olga}
                    permissions:
                      - {environment: prod, actions: [read], resources: ["db:*"]}
                  - id: poster
                    identity: {type: shared, principal: team-key}
                  - id: writer
                    identity: {type: dedicated, principal: team-key}
                    permissions:
                      - {environment: dev, actions: ["stripe:ReverseTransfer"], resources: ["*"]}
                """;
        DeploymentFile file = read(yaml);
        List<AgentAccess> access = EffectiveAccess.of(file);
        EnvironmentAccess prod = access.get(0).environments().get(0);
        assertThat(access.get(0).environments()).extracting(EnvironmentAccess::environment)
                .as("olga's dev entry too: her credentials reach dev, though the agent's job needs only prod")
                .containsExactly("prod", "dev");
        assertThat(prod.rights()).extracting(Right::action, Right::borrowed, r -> r.source().toString())
                .containsExactly(tuple("read", "", "d.yaml:17"),
                        tuple("delete", "inherited from olga", "d.yaml:7"));
        assertThat(access.get(0).environments().get(1).rights()).extracting(Right::action, Right::borrowed, r -> r.source().toString())
                .containsExactly(tuple("admin", "inherited from olga", "d.yaml:8"));
        assertThat(access.get(1).environments()).singleElement().satisfies(dev -> {
            assertThat(dev.environment()).isEqualTo("dev");
            assertThat(dev.rights()).singleElement().satisfies(r -> {
                assertThat(r.borrowed()).isEqualTo("shared with writer");
                assertThat(r.unclassified()).isTrue();
            });
        });
        assertThat(access.get(2).environments().get(0).rights()).singleElement().satisfies(r -> assertThat(r.borrowed()).isEmpty());
    }

    @Test
    void dedicatedIdentitiesNamingOneServiceAccountInEitherSpellingHoldEachOthersRights() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: olga}
                people:
                  - id: olga
                environments:
                  - {name: prod, kind: production}
                agents:
                  - id: reporter
                    identity: {type: dedicated, principal: "system:serviceaccount:ops:bot"}
                    permissions:
                      - {environment: prod, actions: [read], resources: ["pods"]}
                  - id: cleaner
                    identity: {type: dedicated, principal: ops/bot}
                    permissions:
                      - {environment: prod, actions: [delete], resources: ["pods"]}
                  - id: loner
                    identity: {type: dedicated, principal: ops/loner}
                    permissions:
                      - {environment: prod, actions: [update], resources: ["pods"]}
                """;
        DeploymentFile file = read(yaml);
        List<AgentAccess> access = EffectiveAccess.of(file);
        assertThat(access.get(0).environments().get(0).rights()).extracting(Right::action, Right::borrowed)
                .containsExactly(tuple("read", ""), tuple("delete", "shared with cleaner"));
        assertThat(access.get(1).environments().get(0).rights()).extracting(Right::action, Right::borrowed)
                .containsExactly(tuple("delete", ""), tuple("read", "shared with reporter"));
        assertThat(access.get(2).environments().get(0).rights()).extracting(Right::action, Right::borrowed)
                .containsExactly(tuple("update", ""));
    }

    @Test
    void aCoUserOfThePrincipalActingForAPersonLendsThatPersonsRights() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: alice}
                people:
                  - id: alice
                    permissions:
                      - {environment: prod, actions: ["*"], resources: ["*"]}
                environments:
                  - {name: prod, kind: production}
                agents:
                  - id: report-bot
                    identity: {type: dedicated, principal: "arn:aws:iam::111122223333:role/Admin-alice"}
                    permissions:
                      - {environment: prod, actions: [read], resources: ["reports/*"]}
                  - id: helper
                    identity: {type: inherited, inheritedFrom: alice, principal: "arn:aws:iam::111122223333:role/Admin-alice"}
                """;
        DeploymentFile file = read(yaml);
        assertThat(EffectiveAccess.of(file).get(0).environments().get(0).rights()).extracting(Right::action, Right::borrowed)
                .containsExactly(tuple("read", ""), tuple("*", "shared with helper"));
    }

    @Test
    void everyUnclassifiedActionIsListedOnceAtTheFirstPlaceItIsWritten() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: olga}
                people:
                  - id: olga
                    permissions:
                      - {environment: prod, actions: ["kubernetes:use"], resources: ["*"]}
                environments:
                  - {name: prod, kind: production}
                agents:
                  - id: a
                    permissions:
                      - {environment: prod, actions: ["stripe:ReverseTransfer", read, "ec2:TerminateInstances"], resources: ["*"]}
                  - id: b
                    permissions:
                      - {environment: prod, actions: ["stripe:ReverseTransfer"], resources: ["*"]}
                """;
        DeploymentFile file = read(yaml);
        assertThat(UnclassifiedAction.in(file)).extracting(UnclassifiedAction::action, u -> u.firstWritten().toString())
                .containsExactly(tuple("kubernetes:use", "d.yaml:7"),
                        tuple("stripe:ReverseTransfer", "d.yaml:13"));
    }

    private static DeploymentFile read(String yaml) throws Exception {
        return new DeploymentReader(CatalogLoader.builtIn().controlIds()).read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
