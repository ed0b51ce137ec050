package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.model.RuntimeCredential;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Claude Code project's .mcp.json is read with its settings: the servers it defines, and the credentials handed to them. */
class ClaudeCodeProjectServersTest {

    private static final RuntimeReaders READERS = new RuntimeReaders(InputLimits.DEFAULT);

    private static final String MCP_JSON = """
            {"mcpServers": {
              "github": {"command": "npx", "args": ["-y", "github-mcp-server"], "disabled": true, "autoApprove": ["*"],
                         "env": {"GITHUB_TOKEN": "${GITHUB_TOKEN}"}},
              "aws": {"command": "uvx", "env": {"AWS_PROFILE": "platform-admin"}}
            }}
            """;

    /**
     * Claude Code reads neither Kiro's autoApprove nor a disabled flag in .mcp.json: the servers'
     * tools ask as the settings say, and each server starts unless the settings reject it.
     */
    @Test
    void everyServerOfTheProjectStartsWithItsCredentialsCitedInMcpJson() throws Exception {
        RuntimeConfiguration settings = READERS.readClaudeCodeProjectServers(".mcp.json", MCP_JSON)
                .appliedTo(READERS.readClaudeCode(".claude/settings.json", "{\"enabledMcpjsonServers\": [\"aws\"]}\n", ClaudeCodeMarkdown.NONE));
        assertThat(settings.rules()).isEmpty();
        assertThat(settings.servers()).containsExactly(
                new McpServer("aws", at(1, 28), new Located<>(true, at(1, 28)), ".mcp.json", List.of(), List.of()),
                github(null), AWS);
        assertThat(AgentIdentities.personCredentials(settings)).containsExactly(
                new RuntimeCredential("GITHUB_TOKEN", false, null, ".mcp.json#@3:22", false),
                new RuntimeCredential("AWS_PROFILE", false, "platform-admin", ".mcp.json#@4:37", false));
    }

    /** A rejection in either file of the pair wins over every approval: the server does not start, and its credentials reach no one. */
    @Test
    void aServerTheLocalSettingsRejectDoesNotStart() throws Exception {
        RuntimeConfiguration pair = READERS.readClaudeCodePair(".claude/settings.json", "{\"enableAllProjectMcpServers\": true}\n",
                ".claude/settings.local.json", "{\n  \"disabledMcpjsonServers\": [\"github\"]\n}\n", ClaudeCodeMarkdown.NONE);
        RuntimeConfiguration settings = READERS.readClaudeCodeProjectServers(".mcp.json", MCP_JSON).appliedTo(pair);
        assertThat(settings.servers().subList(2, 4)).containsExactly(github(new Located<>(false, at(2, 30), ".claude/settings.local.json")), AWS);
        assertThat(AgentIdentities.personCredentials(settings)).extracting(RuntimeCredential::name).containsExactly("AWS_PROFILE");
    }

    private static final McpServer AWS = new McpServer("aws", at(4, 3), null, "uvx", List.of(),
            List.of(new Credential("AWS_PROFILE", CredentialSource.OPERATOR_PROFILE, "platform-admin", at(4, 37), ".mcp.json")));

    private static McpServer github(Located<Boolean> enabled) {
        return new McpServer("github", at(2, 3), enabled, "npx -y github-mcp-server", List.of(),
                List.of(new Credential("GITHUB_TOKEN", CredentialSource.ENVIRONMENT, "GITHUB_TOKEN", at(3, 22), ".mcp.json")));
    }

    @Test
    void theProjectsMcpJsonIsBesideTheClaudeFolderOfItsSettings() {
        assertThat(ClaudeCodeScopes.projectServers(".claude/settings.json")).isEqualTo(".mcp.json");
        assertThat(ClaudeCodeScopes.projectServers("web/./.claude/settings.local.json")).isEqualTo("web/.mcp.json");
        assertThat(List.of("managed-settings.json", "config/settings.json", ".claude/managed-settings.d/10-a.json"))
                .allSatisfy(path -> assertThat(ClaudeCodeScopes.projectServers(path)).isNull());
    }
}
