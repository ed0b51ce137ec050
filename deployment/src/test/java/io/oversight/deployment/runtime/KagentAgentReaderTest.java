package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static io.oversight.deployment.runtime.Fixtures.located;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InputLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class KagentAgentReaderTest {

    /** A declarative Agent up to its tools, which each test lists. */
    private static final String SRE_AGENT = """
            apiVersion: kagent.dev/v1alpha2
            kind: Agent
            metadata:
              name: sre-agent
            spec:
              declarative:
                tools:
            """;


    @Test
    void toolsUnderRequireApprovalAskAndOthersRun() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.KAGENT, "kagent-sre.yaml")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.KAGENT, "runtime/kagent-sre.yaml", "kagent/sre-agent", at(7, 1),
                List.of(new RuntimeRule("mcp__kagent-tool-server__k8s_get_resources", "", Decision.ALLOW, at(25, 15)),
                        new RuntimeRule("mcp__kagent-tool-server__k8s_delete_resource", "", Decision.ASK, at(26, 15)),
                        new RuntimeRule("mcp__kagent-tool-server__k8s_apply_manifest", "", Decision.ALLOW, at(27, 15))),
                null, null, null, List.of(),
                List.of(new McpServer("kagent-tool-server", at(23, 17), null, "RemoteMCPServer",
                        List.of(located("k8s_get_resources", 25, 15), located("k8s_delete_resource", 26, 15), located("k8s_apply_manifest", 27, 15)),
                        List.of(new Credential("Authorization", CredentialSource.SECRET_STORE, "Secret tool-server-token/token", at(31, 19))))),
                List.of(),
                List.of(new Delegate("observability-agent", "kagent/observability-agent", at(38, 17))),
                new RuntimeIdentity(RuntimeIdentity.Kind.SERVICE_ACCOUNT, "kagent/sre-agent", false, at(40, 27)),
                List.of()));
    }

    /** A declarative Agent named helper, with {@code more} (indented as spec's keys) before its empty list of tools. */
    private static RuntimeConfiguration helper(String more) throws Exception {
        String agent = """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata:
                  name: helper
                spec:
                  type: Declarative
                MORE  declarative:
                    tools: []
                """.replace("MORE", more.indent(2));
        return new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.KAGENT, "agent.yaml", agent).get(0);
    }

    /**
     * A SandboxAgent's spec is an Agent's, run in an isolated sandbox: its tools are read alike, in a
     * list of its kind too; one of another version is refused with how to export it, never skipped.
     */
    @Test
    void aSandboxAgentIsReadAsAnAgent() throws Exception {
        String agent = """
                apiVersion: kagent.dev/v1alpha2
                kind: SandboxAgentList
                items:
                  - apiVersion: kagent.dev/v1alpha2
                    kind: SandboxAgent
                    metadata: {name: k8sgpt-agent, namespace: kagent}
                    spec:
                      type: Declarative
                      declarative:
                        tools:
                          - type: McpServer
                            mcpServer: {kind: RemoteMCPServer, name: k8sgpt-mcp-server, toolNames: [analyze]}
                """;
        RuntimeConfiguration read = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.KAGENT, "agent.yaml", agent).get(0);
        assertThat(read.name()).isEqualTo("kagent/k8sgpt-agent");
        assertThat(read.rules()).containsExactly(new RuntimeRule("mcp__k8sgpt-mcp-server__analyze", "", Decision.ALLOW, at(12, 85)));
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "agent.yaml", agent.replace("v1alpha2\n    kind: SandboxAgent", "v1alpha3\n    kind: SandboxAgent")))
                .containsExactly("agent.yaml:4:17: kagent SandboxAgents are read in kagent.dev/v1alpha2; convert this one, or apply it and export it"
                        + " with kubectl get sandboxagent.v1alpha2.kagent.dev -o yaml");
    }

    @Test
    void withoutAServiceAccountNameTheAgentActsAsTheAccountKagentCreates() throws Exception {
        assertThat(helper("").identity()).isEqualTo(new RuntimeIdentity(RuntimeIdentity.Kind.SERVICE_ACCOUNT, "default/helper", true, at(4, 9)));
    }

    /** Skills bring kagent's skills toolset, whose bash tool runs any command in the pod and no requireApproval reaches. */
    @Test
    void skillsGiveTheAgentAShellThatRunsUnasked() throws Exception {
        RuntimeConfiguration read = helper("skills:\n  gitRefs:\n    - url: https://github.com/example/sre-skills\n");
        assertThat(read.rules()).containsExactly(new RuntimeRule("SkillsToolset(bash)", "", Decision.ALLOW, at(8, 5)));
    }

    /** kagent runs the body spec.type names: a BYO agent with a leftover declarative block runs its own code, unasked. */
    @Test
    void theBodySpecTypeNamesIsTheOneRead() throws Exception {
        String agent = """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata:
                  name: sre-agent
                spec:
                  type: BYO
                  byo:
                    deployment:
                      image: ghcr.io/example/sre-agent:1.4
                      serviceAccountName: sre-agent
                  declarative:
                    tools:
                      - type: McpServer
                        mcpServer: {kind: RemoteMCPServer, name: tools, toolNames: [k8s_delete_resource], requireApproval: [k8s_delete_resource]}
                """;
        RuntimeConfiguration byo = Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent).get(0);
        assertThat(byo.rules()).containsExactly(new RuntimeRule("*", "", Decision.ALLOW, at(8, 5)));
        assertThat(byo.identity().name()).isEqualTo("default/sre-agent");
        RuntimeConfiguration declarative = Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent.replace("type: BYO", "type: Declarative")).get(0);
        assertThat(declarative.rules()).containsExactly(new RuntimeRule("mcp__tools__k8s_delete_resource", "", Decision.ASK, at(14, 69)));
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "agent.yaml", agent.replace("type: BYO", "type: Byo")))
                .containsExactly("agent.yaml:6:9: the Agent's spec.type must be Declarative or BYO");
        String noByo = agent.substring(0, agent.indexOf("  byo:")) + agent.substring(agent.indexOf("  declarative:"));
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "agent.yaml", noByo))
                .containsExactly("agent.yaml:6:9: the Agent's spec.type is BYO, but it has no spec.byo; kagent refuses such an Agent");
    }

    /**
     * The API server reads manifests with YAML 1.1's merge keys applied (go-yaml v2), in the order
     * written, so a type merged in is the Agent's type: a BYO agent written with "<<" had been judged
     * as its gated declarative block.
     */
    @Test
    void mergeKeysAreAppliedAsKubernetesAppliesThem() throws Exception {
        String agent = """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata:
                  name: sre-agent
                spec:
                  <<: [{type: BYO}, {type: Declarative, description: x}]
                  byo:
                    deployment: {image: ghcr.io/example/sre-agent:1.4, serviceAccountName: sre-agent}
                  declarative:
                    tools:
                      - type: McpServer
                        mcpServer: {kind: RemoteMCPServer, name: tools, toolNames: [k8s_delete_resource], requireApproval: [k8s_delete_resource]}
                """;
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent).get(0).rules())
                .as("of the mappings merged, the earlier wins").containsExactly(new RuntimeRule("*", "", Decision.ALLOW, at(8, 5)));
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent.replace("  byo:", "  type: Declarative\n  byo:")).get(0).rules())
                .as("a key written after the merge overrides it")
                .containsExactly(new RuntimeRule("mcp__tools__k8s_delete_resource", "", Decision.ASK, at(13, 69)));
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent.replace("  <<:", "  type: Declarative\n  <<:")).get(0).rules())
                .as("a merge overrides a key written before it, as go-yaml v2 and kubectl read it")
                .containsExactly(new RuntimeRule("*", "", Decision.ALLOW, at(9, 5)));
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent.replace("  <<:", "  \"<<\":")).get(0).rules())
                .as("a quoted '<<' is an ordinary key, which kagent ignores: the Agent is Declarative by default")
                .containsExactly(new RuntimeRule("mcp__tools__k8s_delete_resource", "", Decision.ASK, at(12, 69)));
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "agent.yaml", agent.replace("[{type: BYO}, {type: Declarative, description: x}]", "BYO")))
                .containsExactly("agent.yaml:6:3: a merge key ('<<') takes a mapping or a list of mappings, but is given a text");
    }

    /** Headers of the caller's request that carry who the caller is, passed on to the tools, are the caller's credentials; others are not. */
    @Test
    void forwardedHeadersThatCarryTheCallerAreItsCredentials() throws Exception {
        String agent = SRE_AGENT + """
                      - type: McpServer
                        mcpServer:
                          name: github-mcp
                          toolNames: [list_issues]
                          allowedHeaders: [X-Amzn-Oidc-Accesstoken, X-Request-Id, Authorization]
                """;
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent).get(0).servers().get(0).credentials())
                .extracting(Credential::name, Credential::source).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("X-Amzn-Oidc-Accesstoken", CredentialSource.CALLER),
                        org.assertj.core.groups.Tuple.tuple("Authorization", CredentialSource.CALLER));
    }

    /**
     * Red team: KAGENT_PROPAGATE_TOKEN set to true (any case) in the agent's container makes kagent's
     * ADKs pass the caller's Authorization header to every MCP server, whatever its allowedHeaders;
     * a value taken from elsewhere may be true; false, or a later entry setting it so, passes nothing.
     */
    @Test
    void propagatingTheCallersTokenHandsItToEveryServer() throws Exception {
        String agent = SRE_AGENT + """
                      - type: McpServer
                        mcpServer: {name: github-mcp, toolNames: [list_issues]}
                      - type: McpServer
                        mcpServer: {name: k8s-mcp, toolNames: [k8s_get_resources], allowedHeaders: [Authorization]}
                    deployment:
                      env:
                        - {name: KAGENT_PROPAGATE_TOKEN, value: "True"}
                """;
        List<McpServer> servers = Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent).get(0).servers();
        assertThat(servers.get(0).credentials()).containsExactly(new Credential("KAGENT_PROPAGATE_TOKEN", CredentialSource.CALLER, null, at(14, 18)));
        assertThat(servers.get(1).credentials()).extracting(Credential::name).containsExactly("Authorization");
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent.replace("value: \"True\"", "valueFrom: {configMapKeyRef: {name: c, key: k}}"))
                .get(0).servers().get(0).credentials()).extracting(Credential::source).containsExactly(CredentialSource.CALLER);
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent.replace("\"True\"", "\"false\"")).get(0).servers().get(0).credentials())
                .isEmpty();
    }

    /** Red team: kagent pauses a tool by its name across the agent, so one listed again without requireApproval still asks. */
    @Test
    void anApprovalCoversTheToolWhereverTheAgentIsGivenIt() throws Exception {
        String agent = SRE_AGENT + """
                      - type: McpServer
                        mcpServer: {name: tools, toolNames: [k8s_get_resources, k8s_delete_resource], requireApproval: [k8s_delete_resource]}
                      - type: McpServer
                        mcpServer: {name: tools, toolNames: [k8s_delete_resource]}
                """;
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "agent.yaml", agent).get(0).rules())
                .extracting(r -> r.tool() + " " + r.decision()).containsExactly("mcp__tools__k8s_get_resources ALLOW",
                        "mcp__tools__k8s_delete_resource ASK", "mcp__tools__k8s_delete_resource ASK");
    }

    @Test
    void aHeaderCarriesTheCallerByTheWholeWordsOfItsName() {
        assertThat(java.util.stream.Stream.of("Authorization", "X-Forwarded-Access-Token", "X-Amzn-Oidc-Data", "X-Goog-Iap-Jwt-Assertion",
                "X-Api-Key", "X-Api-Secret", "Cookie")).allMatch(KagentAgentReader::carriesCaller);
        assertThat(java.util.stream.Stream.of("X-Request-Id", "X-Keycloak-Realm", "X-Session-Affinity", "X-Idempotency-Key",
                "X-Partition-Key", "X-Cache-Key", "X-Author-Name", "X-Next-Page-Token")).noneMatch(KagentAgentReader::carriesCaller);
    }

    @Test
    void anApprovalForAToolTheAgentLacksAndAnUnknownToolTypeAreLocated() {
        assertThat(Fixtures.problems(RuntimeKind.KAGENT, "kagent-bad.yaml")).containsExactly(
                "runtime/kagent-bad.yaml:13:29: 'k8s_delete_resource' requires approval but is not among the toolNames; kagent accepts only "
                        + "tools the agent is given",
                "runtime/kagent-bad.yaml:14:15: the tool 'type' must be McpServer or Agent");
    }

    @Test
    void aManifestWithoutAgentsSaysSo() {
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "rbac.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\n"))
                .containsExactly("rbac.yaml:1:1: the file holds no kagent Agent (apiVersion kagent.dev/v1alpha2, kind Agent or SandboxAgent)");
    }

    @Test
    void anAgentDefinedTwiceIsAProblemAtTheSecondNamingTheFirst() {
        String agent = """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata:
                  name: helper
                  namespace: ops
                spec:
                  declarative:
                    tools: []
                """;
        String other = agent.replace("helper", "other");
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "agents.yaml", agent + "---\n" + other + "---\n" + agent))
                .containsExactly("agents.yaml:19:1: duplicate Agent 'ops/helper' (first defined at line 1): kubectl apply keeps only the last "
                        + "one, so define each Agent once");
    }

    /** kubectl apply unpacks a List: an Agent in one is read, and a second definition in one is a duplicate too. */
    @Test
    void anAgentInAListIsReadAndADuplicateThereIsAProblem() throws Exception {
        String list = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: kagent.dev/v1alpha2
                    kind: Agent
                    metadata: {name: helper, namespace: ops}
                    spec: {declarative: {tools: []}}
                """;
        assertThat(Fixtures.readText(RuntimeKind.KAGENT, "list.yaml", list)).extracting(RuntimeConfiguration::name).containsExactly("ops/helper");
        String agent = """
                apiVersion: kagent.dev/v1alpha2
                kind: Agent
                metadata: {name: helper, namespace: ops}
                spec: {declarative: {tools: []}}
                """;
        assertThat(Fixtures.problemsOf(RuntimeKind.KAGENT, "agents.yaml", agent + "---\n" + list))
                .containsExactly("agents.yaml:9:5: duplicate Agent 'ops/helper' (first defined at line 1): kubectl apply keeps only the last "
                        + "one, so define each Agent once");
    }
}
