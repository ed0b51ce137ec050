package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.RuntimeTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each way a runtime configuration lets its agent act, for the rules: every rule of the
 * configuration, the mode for the tools no rule decides (the runtime's default when the file sets
 * none), and a sandbox that lets commands reach beyond the workspace without asking. Whether each
 * is gated, and by whom, is not decided here but by the catalog's {@code runtime-gates.yaml}.
 */
public final class AgentTools {

    private AgentTools() {
    }

    public static List<RuntimeTool> of(String agentId, RuntimeConfiguration configuration) {
        String kind = configuration.kind().word();
        String file = configuration.file();
        List<RuntimeTool> tools = new ArrayList<>();
        for (RuntimeRule rule : configuration.rules()) {
            if (!disabledServer(configuration, rule.tool())) {
                tools.add(new RuntimeTool(agentId, kind, rule.written(), word(rule.decision()), SourceMap.pathAt(file, rule.position())));
            }
        }
        ApprovalMode mode = configuration.mode() != null ? configuration.mode().value() : defaultMode(configuration.kind());
        if (mode != null) {
            Position at = configuration.mode() != null ? configuration.mode().position() : configuration.position();
            tools.add(new RuntimeTool(agentId, kind, "*", "mode:" + word(mode), SourceMap.pathAt(file, at)));
        }
        boolean sandboxed = mode == ApprovalMode.ASK_ON_REQUEST || mode == ApprovalMode.ASK_ON_FAILURE;
        if (sandboxed && configuration.sandbox() != null && configuration.sandbox().value() == Sandbox.FULL_ACCESS) {
            tools.add(new RuntimeTool(agentId, kind, "*", "sandbox:" + word(Sandbox.FULL_ACCESS),
                    SourceMap.pathAt(file, configuration.sandbox().position())));
        } else if (sandboxed && configuration.network() != null && configuration.network().value()) {
            tools.add(new RuntimeTool(agentId, kind, "*", "sandbox:network", SourceMap.pathAt(file, configuration.network().position())));
        }
        return tools;
    }

    /**
     * The mode a runtime applies when its file sets none: Claude Code's {@code default} asks, Codex
     * runs {@code on-request}, an MCP client asks before a tool no rule approves; kagent and
     * Bedrock list every tool with its own decision.
     */
    private static ApprovalMode defaultMode(RuntimeKind kind) {
        return switch (kind) {
            case CLAUDE_CODE, MCP_CLIENT -> ApprovalMode.ASK;
            case CODEX -> ApprovalMode.ASK_ON_REQUEST;
            case KAGENT, BEDROCK_AGENT -> null;
        };
    }

    /** Whether {@code tool} belongs to an MCP server the configuration does not start. */
    private static boolean disabledServer(RuntimeConfiguration configuration, String tool) {
        return configuration.servers().stream().filter(s -> !s.isEnabled())
                .anyMatch(s -> tool.equals(RuntimeRule.mcpTool(s.name(), null)) || tool.startsWith(RuntimeRule.mcpTool(s.name(), null) + "__"));
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
