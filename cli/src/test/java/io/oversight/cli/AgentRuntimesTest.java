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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samples whose agents name the configuration they run with (agents[].runtime), checked as a
 * user would from a shell, and a runtime file of each format that cannot be read.
 */
class AgentRuntimesTest {

    /** A deployment whose agents, 'a', 'b' and on, run as {@code runtimes} say (each the inside of its flow mapping). */
    private static String deploymentOf(String... runtimes) {
        StringBuilder agents = new StringBuilder();
        for (int i = 0; i < runtimes.length; i++) {
            agents.append("  - id: ").append((char) ('a' + i)).append("\n    owner: p\n    runtime: {").append(runtimes[i]).append("}\n");
        }
        return """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: d, organization: o, owner: p}
                people: [{id: p}]
                agents:
                """ + agents;
    }


    private static final String AS_OF = "2026-11-25";

    /** Each finding as {@code control severity subject file:line ...}, every evidence place in order. */
    private static List<String> findings(String sample) throws Exception {
        Cli cli = Cli.run("check", Cli.sample(sample).toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(cli.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        List<String> list = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            StringBuilder line = new StringBuilder(f.get("control").asText() + " " + f.get("severity").asText() + " "
                    + f.at("/subject/kind").asText() + ":" + f.at("/subject/id").asText());
            for (JsonNode e : f.get("evidence")) {
                line.append(' ').append(e.get("file").asText()).append(':').append(e.get("line").asInt());
            }
            list.add(line.toString());
        }
        return list;
    }

    @Test
    void theIncidentsCodingAgentFailsTheTwoPersonRuleAndItsDeclaredGateCitingTheSettingsAndTheCheckpoint() throws Exception {
        String sample = "../samples/coding-agent-runtime.yaml";
        String settings = "../samples/runtimes/infra-assistant/.claude/settings.json";
        assertThat(findings("coding-agent-runtime.yaml")).filteredOn(f -> f.matches("(HO-02|HO-08) .*")).containsExactly(
                "HO-02 critical agent:infra-assistant ../samples/policies/AdministratorAccess.json:6",
                "HO-08 high checkpoint:infra-assistant/prod-destroy " + settings + ":5 " + settings + ":6 " + settings + ":7 " + settings + ":8 "
                        + settings + ":10 " + sample + ":104");
        Cli cli = Cli.runIn(Cli.WIDE, "check", Cli.sample("coding-agent-runtime.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("HIGH     HO-08  Declared checkpoints are enforced by the agent's configuration\n"
                + "           " + settings + ":5  checkpoint 'infra-assistant/prod-destroy' says its actions wait for approval, but the"
                + " agent's claude-code configuration lets them run without anyone being asked: Read (allow), Edit (allow),"
                + " Edit(.claude/settings.json) (allow),"
                + " Edit(.git/config) (allow), Bash(aws:*) (allow), Bash(terraform:*)"
                + " (allow), every tool (mode:never-ask)\n");
    }

    @Test
    void theRemediatedCodingAgentPasses() throws Exception {
        assertThat(findings("coding-agent-runtime-remediated.yaml")).isEmpty();
    }

    @Test
    void kagentsRequireApprovalIsThePlatformGateInFrontOfTheSreAgentsChanges() throws Exception {
        assertThat(findings("kagent-sre-agent.yaml")).isEmpty();
    }

    @Test
    void theBedrockAgentsUnconfirmedActionGroupFailsItsDeclaredGateAndLeavesItsDeletionsUngated() throws Exception {
        String sample = "../samples/bedrock-ops-agent.yaml";
        assertThat(findings("bedrock-ops-agent.yaml")).containsExactly(
                "HO-01 high agent:ops-agent " + sample + ":82",
                "HO-08 high checkpoint:ops-agent/fleet-changes ../samples/runtimes/bedrock/ops-agent.yaml:35 " + sample + ":86");
    }

    @Test
    void explainShowsHowEachRuntimesGatesCountAndWhy() {
        Cli cli = Cli.runIn(Cli.WIDE, "explain", "HO-08");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out())
                .contains("How runtimes' gates count (runtime-gates.yaml):")
                .contains("  bedrock-agent: enforced by the platform: Amazon Bedrock asks the user to confirm")
                .contains("  claude-code: enforced by the runtime: Claude Code's own process asks")
                .contains("  mode:never-ask: runs without approval: the runtime never asks")
                .contains("  Bash(aws*): every action: the AWS CLI takes any action");
    }

    /**
     * A token and a password written in allowed commands' prefixes: the finding names both rules, each
     * secret masked, in every report, as a secret written in the deployment itself would be.
     */
    @Test
    void aSecretInARuntimeRuleIsMaskedInEveryReport(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".claude"));
        Files.writeString(dir.resolve(".claude").resolve("settings.json"), """
                {"permissions": {"allow": [
                  "Bash(curl -H 'Authorization: Bearer ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789' https://api.github.com/*)",
                  "Bash(psql postgres://admin:Sup3rS3cret@db.prod.internal:5432/app:*)"]}}
                """);
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: d, organization: o, owner: p}
                people: [{id: p}, {id: q, roles: [approver]}, {id: r, roles: [approver]}]
                environments: [{name: prod, kind: production}]
                agents:
                  - id: a
                    owner: p
                    environments: [prod]
                    permissions: [{environment: prod, actions: [read, delete]}]
                    checkpoints:
                      - {name: deletes, environments: [prod], actions: [delete], approvals: 2, approverRoles: [approver],
                         independentOfRequester: true, onTimeout: deny}
                    runtime: {kind: claude-code, path: .claude/settings.json}
                """);
        Cli json = Cli.run("check", deployment.toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode finding = null;
        for (JsonNode f : new ObjectMapper().readTree(json.out()).get("findings")) {
            finding = f.get("control").asText().equals("HO-08") ? f : finding;
        }
        assertThat(finding).as("the HO-08 finding").isNotNull();
        assertThat(finding.get("message").asText())
                .contains("Bash(curl -H 'Authorization: Bearer ****' https://api.github.com/*) (allow)")
                .contains("Bash(psql postgres://admin:****@db.prod.internal:5432/app:*) (allow)");
        assertThat(json.out()).doesNotContain("ghp_aBcDeFg").doesNotContain("Sup3rS3cret");
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Cli all = Cli.run("check", deployment.toString(), "--format", "text,json,sarif,junit,markdown,oscal,oscal-poam,csv,github",
                "--output-dir", reports.toString(), "--as-of", AS_OF);
        assertThat(all.exitCode()).isEqualTo(1);
        try (var written = Files.list(reports)) {
            List<Path> files = written.toList();
            assertThat(files).hasSize(9);
            for (Path report : files) {
                assertThat(Files.readString(report)).as(report.getFileName().toString()).contains("Bearer")
                        .doesNotContain("ghp_aBcDeFg").doesNotContain("Sup3rS3cret");
            }
        }
    }

    /** A runtime file of each format that cannot be read: located in it, exit 2, no stack trace, and the token it holds never quoted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "claude-code|settings.json|{\"permissions\": {\"allow\": [\"Bash(ls\", 42]}, \"env\": {\"GITHUB_TOKEN\": [\"ghp_EXAMPLEexampleEXAMPLEexample000000\"]}}"
                    + "|settings.json:1:28: ",
            "codex|config.toml|approval_policy = \"sometimes\"\\n[mcp_servers.github]\\nenv = { GITHUB_TOKEN = \"ghp_EXAMPLEexampleEXAMPLEexample000000"
                    + "|config.toml:3:24: ",
            "mcp-client|mcp.json|{\"mcpServers\": {\"github\": {\"env\": {\"GITHUB_TOKEN\": \"ghp_EXAMPLEexampleEXAMPLEexample000000\"}, \"autoApprove\": true}}}"
                    + "|mcp.json:1:27: ",
            "kagent|agent.yaml|apiVersion: kagent.dev/v1alpha2\\nkind: Agent\\nmetadata:\\n  name: sre\\nspec:\\n  declarative:\\n    tools:\\n      - type: Builtin"
                    + "\\n        token: ghp_EXAMPLEexampleEXAMPLEexample000000|agent.yaml:8:15: ",
            "bedrock-agent|template.yaml|Resources:\\n  Agent:\\n    Type: AWS::Bedrock::Agent\\n    Properties:\\n      AgentResourceRoleArn: !ImportRole ghp_EXAMPLEexampleEXAMPLEexample000000"
                    + "|template.yaml:5:29: "})
    void aRuntimeFileThatCannotBeReadIsLocatedAndNothingOfItsSecretsIsQuoted(String kind, String file, String text, String located,
                                                                              @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("runtimes"));
        Files.writeString(dir.resolve("runtimes").resolve(file), text.replace("\\n", "\n"));
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: %s, path: runtimes/%s".formatted(kind, file)));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(dir.resolve("runtimes").resolve(file) + located.substring(file.length()))
                .doesNotContain("ghp_EXAMPLE").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.out()).doesNotContain("ghp_EXAMPLE");
    }

    @Test
    void aRuntimeKindOutsideTheVocabularyIsLocatedWithASuggestion(@TempDir Path dir) throws Exception {
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: claude_code, path: settings.json"));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(deployment + ":8:21: 'claude_code' is not a valid kind (did you mean 'claude-code'?); expected one of: "
                + "claude-code, codex, mcp-client, kagent, bedrock-agent");
    }

    /** A project's .mcp.json named as Claude Code settings is no settings that allow nothing: refused where it starts, exit 2. */
    @Test
    void aFileOfAnotherKindNamedAsTheRuntimeIsRefusedAndToldWhatItLooksLike(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".mcp.json"), """
                {"mcpServers": {"github": {"command": "npx", "env": {"GITHUB_TOKEN": "ghp_EXAMPLEexampleEXAMPLEexample000000"}}}}
                """);
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: claude-code, path: .mcp.json"));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(dir.resolve(".mcp.json") + ":1:1: not Claude Code settings (JSON): it lists MCP servers ('mcpServers'),"
                        + " which Claude Code reads from a project's .mcp.json or ~/.claude.json, never from its settings; it looks like an MCP"
                        + " client configuration: give it as kind: mcp-client")
                .doesNotContain("ghp_EXAMPLE").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aRuntimeFileOutsideTheDeploymentsFolderIsRefusedAtThePathThatNamesIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("team"));
        Files.writeString(dir.resolve("settings.json"), "{}");
        Path deployment = dir.resolve("team").resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: claude-code, path: ../settings.json"));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(deployment + ":8:40: '../settings.json' leads out of the deployment's folder");
    }

    @Test
    void aFileOfSeveralAgentsNeedsTheNameOfTheOneTheAgentRunsAs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("agents.yaml"), """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata: {name: sre, namespace: ops}
                spec: {declarative: {tools: []}}
                ---
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata: {name: triage, namespace: ops}
                spec: {declarative: {tools: []}}
                """);
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: kagent, path: agents.yaml", "kind: kagent, path: agents.yaml, name: ops/triag"));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err())
                .contains(deployment + ":8:35: the file configures 2 agents (ops/sre, ops/triage); name the one this agent runs as with 'name'")
                .contains(deployment + ":11:54: the file configures no agent named 'ops/triag' (did you mean 'ops/triage'?); it configures: "
                        + "ops/sre, ops/triage");
    }

    @Test
    void aDelegateOfTheRuntimeThatNoAgentRunsAsIsLocatedInTheRuntimeFile(@TempDir Path dir) throws Exception {
        Path agents = dir.resolve("agents.yaml");
        Files.writeString(agents, """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata: {name: sre, namespace: ops}
                spec:
                  declarative:
                    tools:
                      - type: Agent
                        agent: {name: triage}
                """);
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: kagent, path: agents.yaml, name: ops/sre", "kind: kagent, path: agents.yaml, name: ops/sre"));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(agents + ":8:23: agent 'a' hands work to 'ops/triage', which no agent of the deployment runs as;"
                + " describe it under 'agents' with runtime {kind: kagent, path: ..., name: ops/triage}, or as an agent with id 'triage'")
                .contains(agents + ":8:23: agent 'b' hands work to 'ops/triage'").doesNotContain("Exception");
        assertThat(cli.out()).isEmpty();
    }

    /**
     * A Bedrock collaborator named by a parameter of the template (its alias ARN, from another stack)
     * cannot be picked by a runtime's name, which takes a logical ID: only an agent of its
     * collaborator name can describe it, and the message offers only that.
     */
    @Test
    void aBedrockCollaboratorFromAnotherStackIsToBeDescribedByItsName(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, """
                Parameters:
                  SearchAgentAliasArn: {Type: String}
                Resources:
                  Supervisor:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: supervisor
                      AgentResourceRoleArn: arn:aws:iam::111122223333:role/supervisor
                      AgentCollaboration: SUPERVISOR
                      AgentCollaborators:
                        - CollaboratorName: Web-Search-Agent
                          AgentDescriptor:
                            AliasArn: !Ref SearchAgentAliasArn
                """);
        Path deployment = dir.resolve("deployment.yaml");
        Files.writeString(deployment, deploymentOf("kind: bedrock-agent, path: template.yaml, name: Supervisor"));
        Cli cli = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("agent 'a' hands work to '!Ref SearchAgentAliasArn', which no agent of the deployment runs as;"
                + " it is defined outside this template, so describe it as an agent with id 'Web-Search-Agent'").doesNotContain("name: !Ref");
    }
}
