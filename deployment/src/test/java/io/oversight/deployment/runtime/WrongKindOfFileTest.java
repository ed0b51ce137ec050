package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file of another kind named as an agent's runtime, valid in its own syntax, is refused where it
 * starts and never read as a configuration that allows nothing; the refusal names the kind it looks
 * like when a key only that kind writes tells.
 */
class WrongKindOfFileTest {

    private static final String MCP_JSON = """
            {"mcpServers": {"github": {"command": "npx", "env": {"GITHUB_TOKEN": "${GITHUB_TOKEN}"}}}}
            """;

    /** A Claude Code subagent: its tools a text of names separated by commas, a Kiro agent's a list. */
    private static final String SUBAGENT = """
            ---
            name: reviewer
            description: Reviews code before it is merged
            tools: Read, Grep, Bash
            permissionMode: bypassPermissions
            ---
            You review code.
            """;

    /** Not a JSON value: the refusal quotes nothing of a file that may be another, such as one of secrets. */
    private static final String NOT_JSON = "not valid JSON, so not Claude Code settings (JSON)";

    private static final String NOT_QUOTED = "; nothing of the file is quoted, since it may be another file, such as one of secrets";

    private static final String GIVE_THE_SETTINGS = ": give the .claude folder's settings as kind: claude-code, which read its markdown";

    static Stream<Arguments> otherFiles() {
        return Stream.of(
                Arguments.of(RuntimeKind.CLAUDE_CODE, ".mcp.json", MCP_JSON,
                        ".mcp.json:1:1: not Claude Code settings (JSON): it lists MCP servers ('mcpServers'), which Claude Code reads from a"
                                + " project's .mcp.json or ~/.claude.json, never from its settings; it looks like an MCP client configuration:"
                                + " give it as kind: mcp-client"),
                // The user's ~/.claude.json holds keys its settings share (editorMode) beside the user's servers.
                Arguments.of(RuntimeKind.CLAUDE_CODE, ".claude.json", """
                        {"numStartups": 4, "editorMode": "vim", "mcpServers": {}}
                        """, ".claude.json:1:1: not Claude Code settings (JSON): it lists MCP servers ('mcpServers'), which Claude Code reads"
                        + " from a project's .mcp.json or ~/.claude.json, never from its settings; it looks like an MCP client configuration:"
                        + " give it as kind: mcp-client"),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "package.json", """
                        {"name": "web", "version": "1.0.0", "scripts": {"test": "jest"}}
                        """, "package.json:1:1: not Claude Code settings (JSON): none of its keys is a Claude Code setting"),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "agent.json", """
                        {"apiVersion": "kagent.dev/v1alpha2", "kind": "Agent", "metadata": {"name": "ops"}}
                        """, "agent.json:1:1: not Claude Code settings (JSON): none of its keys is a Claude Code setting;"
                        + " it looks like a kagent manifest: give it as kind: kagent"),
                Arguments.of(RuntimeKind.CODEX, "pyproject.toml", """
                        [tool.poetry]
                        name = "web"
                        """, "pyproject.toml:1:1: not a Codex config.toml: none of its keys is a Codex setting"),
                Arguments.of(RuntimeKind.CODEX, "shell.toml", """
                        [[rule]]
                        toolName = "run_shell_command"
                        decision = "allow"
                        priority = 100
                        """, "shell.toml:1:1: not a Codex config.toml: none of its keys is a Codex setting;"
                        + " it looks like a Gemini CLI policy file: give it as kind: mcp-client"),
                Arguments.of(RuntimeKind.MCP_CLIENT, "config.toml", """
                        model = "o3"
                        approval_policy = "never"
                        """, "config.toml:1:1: not a Gemini CLI policy file: it has no [[rule]] table;"
                        + " it looks like a Codex config.toml: give it as kind: codex"),
                Arguments.of(RuntimeKind.MCP_CLIENT, "agent.yaml", """
                        apiVersion: kagent.dev/v1alpha2
                        kind: Agent
                        metadata:
                          name: ops
                        """, "agent.yaml:1:1: not Kiro permissions (permissions.yaml): it has no 'rules';"
                        + " it looks like a kagent manifest: give it as kind: kagent"),
                Arguments.of(RuntimeKind.MCP_CLIENT, "settings.json", """
                        {"enableAllProjectMcpServers": true}
                        """, "settings.json:1:1: not an MCP client configuration: it holds Claude Code's own settings"
                        + " (enableAllProjectMcpServers), which only kind: claude-code reads; give it as kind: claude-code"),
                // Claude Code's permissions had been read as Cursor CLI's allow and deny lists: bypassPermissions passed (red team).
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/settings.json", """
                        {"permissions": {"defaultMode": "bypassPermissions"}}
                        """, ".claude/settings.json:1:1: not an MCP client configuration: it holds Claude Code's own settings"
                        + " (permissions.defaultMode), which only kind: claude-code reads; give it as kind: claude-code"),
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/settings.json", """
                        {"permissions": {"allow": ["Read", "Bash(aws:*)"]}, "env": {"AWS_PROFILE": "prod-admin"}}
                        """, ".claude/settings.json:1:1: not an MCP client configuration: it holds Claude Code's own settings"
                        + " (env, Bash(...) or mcp__ rules in permissions.allow), which only kind: claude-code reads; give it as kind: claude-code"),
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/settings.json", """
                        {"permissions": {"allow": []}, "sandbox": {"enabled": true}}
                        """, ".claude/settings.json:1:1: not an MCP client configuration: it holds Claude Code's own settings"
                        + " (sandbox), which only kind: claude-code reads; give it as kind: claude-code"),
                // Only rules Cursor CLI also reads, and Claude Code's hooks: the hooks had been left out unsaid.
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/settings.json", """
                        {"permissions": {"allow": ["Read(**)", "Write(src/**)"]},
                         "hooks": {"PostToolUse": [{"matcher": "Write", "hooks": [{"type": "command", "command": "./deploy.sh"}]}]}}
                        """, ".claude/settings.json:1:1: not an MCP client configuration: it holds Claude Code's own settings"
                        + " (hooks.PostToolUse), which only kind: claude-code reads; give it as kind: claude-code"),
                // Read as a Kiro agent in Markdown, Claude Code's markdown would allow nothing, whatever its permissionMode.
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/agents/reviewer.md", SUBAGENT, ".claude/agents/reviewer.md:2:1: not a Kiro"
                        + " agent in Markdown; it looks like a Claude Code subagent" + GIVE_THE_SETTINGS),
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/agents/deployer.md", """
                        ---
                        name: deployer
                        description: Deploys the stack
                        tools: [Bash, mcp__aws]
                        disallowedTools: Write
                        mcpServers:
                          aws: {command: uvx}
                        ---
                        You deploy.
                        """, ".claude/agents/deployer.md:2:1: not a Kiro agent in Markdown; it looks like a Claude Code subagent"
                        + GIVE_THE_SETTINGS),
                Arguments.of(RuntimeKind.MCP_CLIENT, ".claude/skills/deploy/SKILL.md", """
                        ---
                        name: deploy
                        description: Deploys the stack
                        allowed-tools: Bash(terraform apply:*)
                        ---
                        Run terraform.
                        """, ".claude/skills/deploy/SKILL.md:2:1: not a Kiro agent in Markdown; it looks like a Claude Code skill or command"
                        + GIVE_THE_SETTINGS),
                Arguments.of(RuntimeKind.KAGENT, ".mcp.json", MCP_JSON,
                        ".mcp.json:1:1: the file holds no kagent Agent (apiVersion kagent.dev/v1alpha2, kind Agent or SandboxAgent);"
                                + " it looks like an MCP client configuration: give it as kind: mcp-client"),
                Arguments.of(RuntimeKind.BEDROCK_AGENT, "agent.yaml", """
                        apiVersion: kagent.dev/v1alpha2
                        kind: Agent
                        """, "agent.yaml:1:1: the template has no 'Resources'; it looks like a kagent manifest: give it as kind: kagent"),
                // Not JSON, but another runtime's TOML, YAML or markdown, read with that runtime's parser for its keys.
                Arguments.of(RuntimeKind.CLAUDE_CODE, ".codex/config.toml", """
                        model = "o3"
                        approval_policy = "never"
                        """, ".codex/config.toml:1:1: " + NOT_JSON + "; it looks like a Codex config.toml: give it as kind: codex" + NOT_QUOTED),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "agents.yaml", """
                        apiVersion: v1
                        kind: Namespace
                        metadata:
                          name: ops
                        ---
                        apiVersion: kagent.dev/v1alpha2
                        kind: Agent
                        """, "agents.yaml:1:1: " + NOT_JSON + "; it looks like a kagent manifest: give it as kind: kagent" + NOT_QUOTED),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "template.yaml", """
                        Resources:
                          Agent:
                            Type: AWS::Bedrock::Agent
                            Properties:
                              AgentResourceRoleArn: !GetAtt Role.Arn
                        """, "template.yaml:1:1: " + NOT_JSON + "; it looks like a CloudFormation template with an AWS::Bedrock::Agent:"
                        + " give it as kind: bedrock-agent" + NOT_QUOTED),
                Arguments.of(RuntimeKind.CLAUDE_CODE, ".claude/agents/reviewer.md", SUBAGENT, ".claude/agents/reviewer.md:1:2: " + NOT_JSON
                        + "; it looks like a Claude Code subagent" + GIVE_THE_SETTINGS + NOT_QUOTED),
                Arguments.of(RuntimeKind.CODEX, ".mcp.json", MCP_JSON, ".mcp.json:1:1: not valid TOML, so not a Codex config.toml;"
                        + " it looks like an MCP client configuration: give it as kind: mcp-client" + NOT_QUOTED));
    }

    @ParameterizedTest
    @MethodSource("otherFiles")
    void isRefusedWhereItStarts(RuntimeKind kind, String file, String text, String problem) {
        assertThat(Fixtures.problemsOf(kind, file, text)).containsExactly(problem);
    }

    /** Keys the readers skip are the runtime's all the same: a file of only them, or of none, changes no default and is read. */
    static Stream<Arguments> settingsOfNoConsequence() {
        return Stream.of(
                Arguments.of(RuntimeKind.CLAUDE_CODE, "settings.json", "{}\n"),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "settings.json", """
                        {"$schema": "https://json.schemastore.org/claude-code-settings.json"}
                        """),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "settings.json", """
                        {"model": "opus", "statusLine": {"type": "command", "command": "~/.claude/statusline.sh"},
                         "apiKeyHelper": "/bin/generate_temp_api_key.sh", "cleanupPeriodDays": 20}
                        """),
                Arguments.of(RuntimeKind.CODEX, "config.toml", "\n"),
                Arguments.of(RuntimeKind.CODEX, "config.toml", """
                        model = "o3"
                        [tui]
                        notifications = true
                        """),
                Arguments.of(RuntimeKind.MCP_CLIENT, "permissions.yaml", "rules: []\n"));
    }

    @ParameterizedTest
    @MethodSource("settingsOfNoConsequence")
    void isReadAsChangingNoDefault(RuntimeKind kind, String file, String text) throws Exception {
        List<RuntimeConfiguration> read = Fixtures.readText(kind, file, text);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).rules()).isEmpty();
        assertThat(read.get(0).mode()).isNull();
    }
}
