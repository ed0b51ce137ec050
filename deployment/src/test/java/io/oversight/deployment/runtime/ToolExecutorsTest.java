package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.model.RuntimeTool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tools act with credentials other than the agent identity's, as AgentTools tells the rules. */
class ToolExecutorsTest {

    private static RuntimeConfiguration claudeCode(List<RuntimeRule> rules, Located<ApprovalMode> mode, McpServer... servers) {
        return new RuntimeConfiguration(RuntimeKind.CLAUDE_CODE, ".claude/settings.json", null, at(1, 1), rules, mode, null, null, List.of(),
                List.of(servers), List.of(), List.of(), null, List.of());
    }

    private static McpServer server(String name, String transport, Credential... credentials) {
        return new McpServer(name, at(2, 5), null, transport, List.of(), List.of(credentials));
    }

    @Test
    void aServerReachedByUrlOrThroughTheMcpRemoteProxyOrStartedWithItsOwnCredentialsIsAnExecutor() {
        RuntimeConfiguration c = claudeCode(List.of(), null, server("platform.ops", "https://mcp.example.com/ops"),
                server("proxied", "npx -y mcp-remote https://mcp.example.com/sse"),
                server("db", "npx -y pg-mcp", new Credential("DATABASE_URL", CredentialSource.WRITTEN, "env DATABASE_URL", at(3, 9))),
                server("files", "npx -y files-mcp"));
        // Claude Code names the tools of a server whose name holds a '.' with a '_' in its place.
        assertThat(AgentTools.executor(c, "mcp__platform_ops__delete_stack")).startsWith("the remote MCP server 'platform.ops'");
        assertThat(AgentTools.executor(c, "mcp__proxied__terminate")).startsWith("the remote MCP server 'proxied'");
        assertThat(AgentTools.executor(c, "mcp__db__execute_sql")).isEqualTo("the MCP server 'db' started with credentials of its own (DATABASE_URL)");
        assertThat(AgentTools.executor(c, "mcp__files__delete_file")).as("a local server runs with the session's credentials").isNull();
        assertThat(AgentTools.executor(c, "Bash(aws:*)")).isNull();
        // A server no file read defines (one `claude mcp add` wrote to ~/.claude.json) may run anywhere.
        assertThat(AgentTools.executor(c, "mcp__platform__delete_stack")).isEqualTo("the MCP server 'platform', which no file read defines,"
                + " with whatever credentials it holds");
        assertThat(AgentTools.executor(c, "mcp__*")).isNull();
        // A server written as a pattern (Kiro's @platform*/delete_*, @*/delete_*) runs on each server it matches (red team).
        assertThat(AgentTools.executor(c, "mcp__platform*__delete_stack")).startsWith("the remote MCP server 'platform.ops'");
        assertThat(AgentTools.executor(c, "mcp__*__delete_stack")).startsWith("the remote MCP server 'platform.ops'");
        assertThat(AgentTools.executor(c, "mcp__fil*__delete_file")).as("a pattern matching a local server only").isNull();
    }

    /** A mode that lets every tool run lets every tool of a remote server no rule names run, whatever they are called. */
    @Test
    void aModeThatRunsEveryToolRunsTheToolsOfARemoteServerNoRuleNames() {
        Located<ApprovalMode> bypass = new Located<>(ApprovalMode.NEVER_ASK, at(3, 20));
        RuntimeConfiguration c = claudeCode(List.of(new RuntimeRule("mcp__named__get_docs", "", Decision.ALLOW, at(4, 7))), bypass,
                server("platform", "https://mcp.example.com/ops"), server("named", "https://docs.example.com/mcp"));
        List<RuntimeTool> tools = AgentTools.of("coder", c);
        assertThat(tools).filteredOn(t -> t.executor() != null).extracting(RuntimeTool::tool, RuntimeTool::setting)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("mcp__platform", "mode:never-ask"),
                        org.assertj.core.groups.Tuple.tuple("mcp__named__get_docs", "allow"));
    }
}
