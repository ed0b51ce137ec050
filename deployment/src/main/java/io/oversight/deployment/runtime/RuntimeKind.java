package io.oversight.deployment.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats of agent runtime configuration Oversight reads, by the word a deployment names them with. */
public enum RuntimeKind {
    /** Claude Code's settings.json, settings.local.json or managed-settings.json. */
    CLAUDE_CODE("claude-code", "Claude Code settings (JSON)"),
    /** OpenAI Codex CLI's config.toml. */
    CODEX("codex", "a Codex config.toml"),
    /** An MCP client's server list: .mcp.json, Cursor's and Kiro's mcp.json, VS Code's .vscode/mcp.json. */
    MCP_CLIENT("mcp-client", "an MCP client configuration (JSON)"),
    /** kagent Agent resources (kagent.dev/v1alpha2). */
    KAGENT("kagent", "kagent Agent manifests (YAML)"),
    /** AWS::Bedrock::Agent resources of a CloudFormation template. */
    BEDROCK_AGENT("bedrock-agent", "a CloudFormation template with an AWS::Bedrock::Agent");

    private final String word;
    private final String description;

    RuntimeKind(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    /** What a file of this kind is, for messages about it. */
    public String description() {
        return description;
    }

    public static Optional<RuntimeKind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(RuntimeKind::word).toList();
    }
}
