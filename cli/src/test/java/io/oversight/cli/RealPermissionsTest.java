package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples whose permissions come from IAM policies, checked and shown as a user would from a shell. */
class RealPermissionsTest {

    private static final String AS_OF = "2026-11-25";
    private static final String ADMIN_POLICY = "../samples/policies/AdministratorAccess.json";

    private static List<String> findings(String sample) throws Exception {
        Cli cli = Cli.run("check", Cli.sample(sample).toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(cli.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        List<String> list = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            list.add(f.get("control").asText() + " " + f.get("severity").asText() + " " + f.at("/evidence/0/file").asText() + ":"
                    + f.at("/evidence/0/line").asInt());
        }
        return list;
    }

    @Test
    void anAdministratorAccessRoleInACriticalEnvironmentRaisesPm02AndHo02AtThePolicysLine() throws Exception {
        assertThat(findings("iam-admin.yaml")).containsExactly(
                "HO-02 critical " + ADMIN_POLICY + ":6",
                "PM-02 critical " + ADMIN_POLICY + ":6",
                "HO-01 high " + ADMIN_POLICY + ":6");
        Cli cli = Cli.runIn(Cli.WIDE, "check", Cli.sample("iam-admin.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out())
                .containsPattern("CRITICAL HO-02 .*\\n\\s+\\.\\./samples/policies/AdministratorAccess\\.json:6 ")
                .containsPattern("CRITICAL PM-02 .*\\n\\s+\\.\\./samples/policies/AdministratorAccess\\.json:6 ");
    }

    @Test
    void anAgentWithItsOperatorsAdministratorAccessIsJudgedOnItAndExceedsWhatItsOwnerIntended() throws Exception {
        String sample = "../samples/kiro-incident-inherited.yaml";
        assertThat(findings("kiro-incident-inherited.yaml")).filteredOn(f -> f.matches("(HO-02|PM-01|PM-02|PM-08|IR-05) .*")).containsExactly(
                "HO-02 critical " + ADMIN_POLICY + ":6",
                "IR-05 critical " + sample + ":92",
                "PM-01 critical " + sample + ":125",
                "PM-02 critical " + ADMIN_POLICY + ":6",
                "PM-08 critical " + ADMIN_POLICY + ":6");
        Cli cli = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident-inherited.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("  CRITICAL PM-08  Effective access does not exceed intended access\n"
                + "           ../samples/policies/AdministratorAccess.json:6  'infra-assistant' can do more in 'prod-eu' than its own"
                + " permissions intend: * (among them delete: ec2:TerminateInstances, rds:DeleteDBInstance, rds:DeleteDBCluster"
                + " (+2820 more); grant: iam:AttachRolePolicy, iam:PutRolePolicy, iam:CreateAccessKey (+870 more)) on *"
                + " (inherited from dana-chen), resources * (inherited from dana-chen)\n");
    }

    @Test
    void accessShowsTheOperatorsRightsAsBorrowedWithTheRealActionsBehindTheirPattern() {
        Cli cli = Cli.runIn(Cli.WIDE, "access", Cli.sample("kiro-incident-inherited.yaml").toString(), "--agent", "infra-assistant");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo("""
                agent infra-assistant  identity: arn:aws:iam::111122223333:role/PlatformAdmin-dana.chen (inherited)
                  prod-eu (production, critical; a critical environment)  can: *, deploy, read
                    written in ../samples/kiro-incident-inherited.yaml
                    on arn:aws:cloudformation:eu-west-1:111122223333:stack/platform-*/*
                                   read                         read               ../samples/kiro-incident-inherited.yaml:136
                      high-impact  deploy                       deploy             ../samples/kiro-incident-inherited.yaml:137
                    borrowed, inherited from dana-chen: from statement 1 (Allow, line 4)
                    on *
                      destructive  *                            *                  ../samples/policies/AdministratorAccess.json:6
                                   delete: ec2:TerminateInstances, rds:DeleteDBInstance, rds:DeleteDBCluster (+2820 more)
                                   grant: iam:AttachRolePolicy, iam:PutRolePolicy, iam:CreateAccessKey (+870 more)
                  staging-eu (staging, moderate)  can: deploy, read
                    written in ../samples/kiro-incident-inherited.yaml
                    on arn:aws:cloudformation:eu-west-1:111122223333:stack/platform-*/*
                                   read                         read               ../samples/kiro-incident-inherited.yaml:144
                      high-impact  deploy                       deploy             ../samples/kiro-incident-inherited.yaml:145
                """);
    }

    @Test
    void theSameAgentWithAReadOnlyAccessRoleRaisesNeither() throws Exception {
        assertThat(findings("iam-readonly.yaml")).isEmpty();
        Cli cli = Cli.run("check", Cli.sample("iam-readonly.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).doesNotContain("PM-02").doesNotContain("HO-02").contains("PASS  0 critical, 0 high, 0 medium, 0 low");
    }

    @Test
    void accessShowsWhatTheRoleCanDoAndWhereEachRightIsWritten() {
        Cli admin = Cli.runIn(Cli.WIDE, "access", Cli.sample("iam-admin.yaml").toString());
        assertThat(admin.exitCode()).isZero();
        assertThat(admin.err()).isEmpty();
        assertThat(admin.out()).isEqualTo("""
                agent cost-reporter  identity: arn:aws:iam::111122223333:role/agent-cost-reporter (dedicated)
                  prod-eu (production, critical; a critical environment)  can: *
                    from statement 1 (Allow, line 4)
                    on *
                      destructive  *                            *                  ../samples/policies/AdministratorAccess.json:6
                                   delete: ec2:TerminateInstances, rds:DeleteDBInstance, rds:DeleteDBCluster (+2820 more)
                                   grant: iam:AttachRolePolicy, iam:PutRolePolicy, iam:CreateAccessKey (+870 more)
                """);
        Cli readOnly = Cli.runIn(Cli.WIDE, "access", Cli.sample("iam-readonly.yaml").toString());
        assertThat(readOnly.exitCode()).isZero();
        assertThat(readOnly.out())
                .contains("  prod-eu (production, critical; a critical environment)  can: read\n")
                .contains("    from statement 1 (Allow, line 4)\n    on *\n")
                .containsPattern("\\n {19}ec2:Describe\\* +read +\\.\\./samples/policies/ReadOnlyAccess\\.json:34\\n"
                        + " {19}read: ec2:DescribeInstances, ec2:DescribeAccountAttributes, ec2:DescribeAccountVpcEncryptionControl \\(\\+191 more\\)\\n")
                .doesNotContain("destructive").doesNotContain("high-impact");
    }

    @Test
    void accessOfWrittenPermissionsCitesTheDeployment() {
        Cli cli = Cli.runIn(Cli.WIDE, "access", Cli.sample("kiro-incident.yaml").toString(), "--agent", "infra-assistant");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("agent infra-assistant  identity: arn:aws:iam::111122223333:role/PlatformAdmin-dana.chen (inherited)\n")
                .contains("  prod-eu (production, critical; a critical environment)  can: *, delete\n")
                .containsPattern("destructive  ec2:TerminateInstances +delete +\\.\\./samples/kiro-incident\\.yaml:131\\n")
                .doesNotContain("agent cost-analyst");
    }

    @Test
    void actionsNoRuleClassifiesAreListedByCheckAndAccessNotDropped(@TempDir Path dir) throws Exception {
        Path deployment = dir.resolve("d.yaml");
        Files.writeString(deployment, """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: demo, organization: Demo Ltd, owner: olga}
                people: [{id: olga}]
                environments:
                  - {name: prod, kind: production, criticality: critical}
                agents:
                  - id: refunder
                    owner: olga
                    permissions:
                      - {environment: prod, actions: ["stripe:ReverseTransfer", "kubernetes:use"], resources: ["*"]}
                """);
        Cli text = Cli.runIn(Cli.WIDE, "check", deployment.toString(), "--as-of", AS_OF);
        assertThat(text.out()).contains("""

                actions no rule classifies  counted as high-impact, and as destructive in a critical environment
                  kubernetes:use  %1$s:11
                  stripe:ReverseTransfer  %1$s:11
                """.formatted(deployment));
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", deployment.toString(), "--format", "json", "--as-of", AS_OF).out());
        assertThat(json.get("unclassifiedActions").toString()).isEqualTo(
                "[{\"action\":\"kubernetes:use\",\"file\":\"%1$s\",\"line\":11},{\"action\":\"stripe:ReverseTransfer\",\"file\":\"%1$s\",\"line\":11}]"
                        .formatted(deployment));
        String access = Cli.runIn(Cli.WIDE, "access", deployment.toString()).out();
        assertThat(access).endsWith("  no rule classifies (counted as high-impact, and as destructive in a"
                + " critical environment): stripe:ReverseTransfer (" + deployment + ":11), kubernetes:use (" + deployment + ":11)\n");
        assertThat(access).as("marked as the rules weigh it in a critical environment")
                .containsPattern("destructive +stripe:ReverseTransfer +unknown ")
                .containsPattern("destructive +kubernetes:use +unknown ");
        JsonNode clean = new ObjectMapper().readTree(Cli.run("check", Cli.sample("iam-admin.yaml").toString(), "--format", "json").out());
        assertThat(clean.has("unclassifiedActions")).as("written only when there are some").isFalse();
    }

    @Test
    void anAgentWithNoPermissionsIsNamedInEveryReportNotPassedInSilence(@TempDir Path dir) throws Exception {
        Path deployment = Files.writeString(dir.resolve("bare.yaml"), """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: bare, organization: Example, owner: p}
                people: [{id: p}]
                environments: [{name: prod, kind: production}]
                agents:
                  - id: infra-bot
                    owner: p
                    autonomy: autonomous
                  - id: reader
                    owner: p
                    permissions:
                      - {environment: prod, actions: [read], resources: [reports/*], justification: reads reports}
                  - id: emptied
                    owner: p
                    permissions:
                      - {environment: prod, actions: [], resources: [reports/*], justification: reads reports}
                  - id: bounded
                    owner: p
                    permissions:
                      - {environment: prod, fromAwsIamPolicy: boundary.json, justification: a boundary exported for the policy}
                """);
        // Entries that grant nothing leave the permission controls as little to examine as none (red team).
        Files.writeString(dir.resolve("boundary.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}
                """);
        Cli text = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(text.out()).contains("""
                agents with no permissions  none written, imported or borrowed, or only entries
                  that grant nothing (no actions, Deny statements alone): no permission control
                  had anything of theirs to examine; if they can act, declare what they can do
                  infra-bot  %s:7
                  emptied  %s:14
                  bounded  %s:18
                """.formatted(deployment, deployment, deployment));
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", deployment.toString(), "--format", "json", "--as-of", AS_OF).out());
        assertThat(json.get("agentsWithoutPermissions").toString())
                .isEqualTo(("[{\"agent\":\"infra-bot\",\"file\":\"%1$s\",\"line\":7},{\"agent\":\"emptied\",\"file\":\"%1$s\",\"line\":14},"
                        + "{\"agent\":\"bounded\",\"file\":\"%1$s\",\"line\":18}]").formatted(deployment));
        JsonNode clean = new ObjectMapper().readTree(Cli.run("check", Cli.sample("iam-admin.yaml").toString(), "--format", "json").out());
        assertThat(clean.has("agentsWithoutPermissions")).as("written only when there are some").isFalse();
    }

    @Test
    void aUseCaseOversightDoesNotKnowIsShownInEveryReport(@TempDir Path dir) throws Exception {
        Path deployment = Files.writeString(dir.resolve("hiring.yaml"), """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: talent, organization: Example, owner: p}
                people: [{id: p}]
                environments: [{name: prod, kind: production}]
                agents:
                  - id: screener
                    owner: p
                    useCases: [customer-service, candidate-ranking]
                    permissions:
                      - {environment: prod, actions: [read], resources: [cvs/*], justification: reads applications}
                """);
        assertThat(Cli.run("check", deployment.toString(), "--as-of", AS_OF).out()).contains("""
                use cases Oversight does not know  kept as written, but no rule reads them: a
                  high-risk area they name (Annex III) is not seen; use a known category where
                  one applies
                  screener: candidate-ranking  %s:9
                """.formatted(deployment));
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", deployment.toString(), "--format", "json", "--as-of", AS_OF).out());
        assertThat(json.get("unknownUseCases").toString())
                .isEqualTo("[{\"useCase\":\"screener: candidate-ranking\",\"file\":\"%s\",\"line\":9}]".formatted(deployment));
        JsonNode clean = new ObjectMapper().readTree(Cli.run("check", Cli.sample("iam-admin.yaml").toString(), "--format", "json").out());
        assertThat(clean.has("unknownUseCases")).as("written only when there are some").isFalse();
        // The formats a CI job reads alone say it too: a PASS there had read as if the use case had been checked (red team).
        String note = "agent screener names the use case 'candidate-ranking', which Oversight does not know: no rule reads it, so a"
                + " high-risk area it names is not seen";
        assertThat(Cli.run("check", deployment.toString(), "--format", "github", "--as-of", AS_OF).out()).startsWith("::warning file="
                + deployment + ",line=9,col=34,title=Oversight%3A not judged%3A use case candidate-ranking is not known::" + note + "\n");
        JsonNode sarif = new ObjectMapper().readTree(Cli.run("check", deployment.toString(), "--format", "sarif", "--as-of", AS_OF).out());
        JsonNode notification = sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.at("/descriptor/id").asText()).isEqualTo("unknown-use-case");
        assertThat(notification.at("/level").asText()).isEqualTo("note");
        assertThat(notification.at("/message/text").asText()).isEqualTo(note);
        assertThat(notification.at("/locations/0/physicalLocation/region").toString()).isEqualTo("{\"startLine\":9,\"startColumn\":34}");
        assertThat(Cli.run("check", deployment.toString(), "--format", "junit", "--as-of", AS_OF).out()).contains("""
                  <testsuite name="not judged" tests="1" failures="0" errors="0" skipped="1" time="0" timestamp="%sT00:00:00">
                    <testcase name="use case candidate-ranking is not known [%s:9]" classname="oversight.not-judged" time="0">
                      <skipped message="not judged: %s"/>
                """.formatted(AS_OF, deployment, note));
    }

    @Test
    void anUnknownAgentIsAUsageError() {
        Cli cli = Cli.runIn(Cli.WIDE, "access", Cli.sample("iam-admin.yaml").toString(), "--agent", "cost-reporte");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: no agent 'cost-reporte' in ../samples/iam-admin.yaml (did you mean 'cost-reporter'?)\n");
    }

    @Test
    void aBrokenPolicyStopsEveryCommandWithItsLocationAndExitCode2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("policy.json"), """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Permit", "Action": "*", "Resource": "*"}
                ]}
                """);
        Path deployment = dir.resolve("d.yaml");
        Files.writeString(deployment, Files.readString(Cli.sample("iam-admin.yaml"))
                .replace("policies/AdministratorAccess.json", "policy.json"));
        for (String command : List.of("check", "validate", "access")) {
            Cli cli = Cli.run(command, deployment.toString());
            assertThat(cli.exitCode()).as(command).isEqualTo(2);
            assertThat(cli.out()).as(command).isEmpty();
            assertThat(cli.err()).as(command).isEqualTo(dir.resolve("policy.json")
                    + ":2:14: 'Permit' is not a valid Effect; expected one of: Allow, Deny\n1 problem; nothing was checked\n");
        }
        Files.delete(dir.resolve("policy.json"));
        Cli missing = Cli.run("check", deployment.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith(deployment + ":89:27: no such file: " + dir.resolve("policy.json"));
    }
}
