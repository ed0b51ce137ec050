package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.InputLimits;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a runtime configuration of any supported kind, with the deployment's input limits. */
public final class RuntimeReaders {

    private final Map<RuntimeKind, RuntimeReader> readers = new EnumMap<>(RuntimeKind.class);
    private final ClaudeCodeSettingsReader claudeCode;
    private final CodexConfigReader codex;
    private final McpClientConfigReader mcpClient;
    private final InputLimits limits;

    public RuntimeReaders(InputLimits limits) {
        this.limits = limits;
        claudeCode = new ClaudeCodeSettingsReader(limits);
        codex = new CodexConfigReader(limits);
        readers.put(RuntimeKind.CLAUDE_CODE, claudeCode);
        readers.put(RuntimeKind.CODEX, codex);
        mcpClient = new McpClientConfigReader(limits);
        readers.put(RuntimeKind.MCP_CLIENT, mcpClient);
        readers.put(RuntimeKind.KAGENT, new KagentAgentReader(limits));
        readers.put(RuntimeKind.BEDROCK_AGENT, new BedrockAgentReader(limits));
    }

    /**
     * The agents {@code text} configures, read as {@code kind}; every problem is located in
     * {@code file} and none quotes a secret the file holds.
     */
    public List<RuntimeConfiguration> read(RuntimeKind kind, String file, String text) throws InvalidInputException {
        // An empty config.toml is a valid configuration that changes no default; the other formats need a document.
        if (kind != RuntimeKind.CODEX && text.isBlank()) {
            throw empty(kind, file);
        }
        return readers.get(kind).read(file, text);
    }

    /**
     * The Codex configuration {@code text} writes, with the rules of the files Codex reads beside
     * it: its execpolicy ({@code rules}, {@link CodexRules}) and the approving hooks of its
     * hooks.json ({@code hooks}, {@link #readCodexHooks}), which the configuration may turn off.
     */
    public List<RuntimeConfiguration> readCodex(String file, String text, List<RuntimeRule> rules, List<RuntimeRule> hooks)
            throws InvalidInputException {
        return codex.read(file, text, hooks).stream().map(c -> c.plusRules(rules)).toList();
    }

    /**
     * A Codex profile file ({@code NAME.config.toml}) as the layer it lays over the configuration
     * beside it ({@code baseFile}, {@code baseText}), with the approving {@code hooks} of the
     * hooks.json beside both ({@link CodexConfigReader#readProfileFile}).
     */
    public RuntimeConfiguration readCodexProfile(String file, String text, String baseFile, String baseText, List<RuntimeRule> hooks)
            throws InvalidInputException {
        return codex.readProfileFile(file, text, baseFile, baseText, hooks);
    }

    /**
     * The rules of a file an MCP client reads beside its configuration (Gemini CLI's policy files,
     * Kiro's permissions.yaml, VS Code's settings.json, Cursor's permissions.json and cli.json),
     * cited in {@code file}.
     */
    public List<RuntimeRule> readMcpClientBeside(String file, String text) throws InvalidInputException {
        return mcpClient.readBeside(file, text);
    }

    /** The policy files and folders a Gemini CLI settings.json names ({@code policyPaths}, {@code adminPolicyPaths}). */
    public List<String> readGeminiPolicyPaths(String file, String text) throws InvalidInputException {
        return mcpClient.policyPaths(file, text);
    }

    /** The hooks of a Codex hooks.json that may approve what Codex would ask a person, cited in {@code file}. */
    public List<RuntimeRule> readCodexHooks(String file, String text) throws InvalidInputException {
        return CodexConfigReader.hooksFile(file, text, limits);
    }

    /**
     * The Claude Code settings {@code text} holds, with what {@code markdown}, the project's skills,
     * commands and subagents beside them, adds.
     */
    public RuntimeConfiguration readClaudeCode(String file, String text, ClaudeCodeMarkdown markdown) throws InvalidInputException {
        if (text.isBlank()) {
            throw empty(RuntimeKind.CLAUDE_CODE, file);
        }
        ClaudeCodeSettingsReader.Layer layer = claudeCode.layer(file, text);
        return markdown.appliedTo(ClaudeCodeSettingsReader.applied(layer, markdown.hooks()), layer.locks());
    }

    /**
     * The Claude Code settings {@code named} holds applied together with {@code sibling}'s, the other
     * file of its project's pair, as Claude Code applies them ({@link ClaudeCodeScopes}), with what
     * {@code markdown} adds; the problems of both files are reported together.
     */
    public RuntimeConfiguration readClaudeCodePair(String named, String namedText, String sibling, String siblingText,
                                                   ClaudeCodeMarkdown markdown) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        ClaudeCodeSettingsReader.Layer first = layer(named, namedText, problems);
        ClaudeCodeSettingsReader.Layer second = layer(sibling, siblingText, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClaudeCodeModeLocks locks = ClaudeCodeScopes.locks(List.of(first, second), first);
        return markdown.appliedTo(ClaudeCodeScopes.combined(first, second, markdown.hooks(), locks), locks);
    }

    /**
     * The servers of a Claude Code project's {@code .mcp.json}, read as an MCP client's server list
     * ({@link McpClientConfigReader}), to be applied to the project's settings ({@link ClaudeCodeProjectServers}).
     */
    public ClaudeCodeProjectServers readClaudeCodeProjectServers(String file, String text) throws InvalidInputException {
        return ClaudeCodeProjectServers.of(file, read(RuntimeKind.MCP_CLIENT, file, text).get(0));
    }

    /** A settings file's name and text. */
    public record SettingsText(String file, String text) {
    }

    /**
     * Claude Code's managed settings {@code named} holds, with the drop-ins of its
     * {@code managed-settings.d} folder ({@code dropIns}, in name order), which Claude Code lays over
     * them, each over the ones before ({@link ClaudeCodeScopes#layered}); the problems of every file
     * are reported together.
     */
    public RuntimeConfiguration readClaudeCodeManaged(SettingsText named, List<SettingsText> dropIns) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        ClaudeCodeSettingsReader.Layer base = layer(named.file(), named.text(), problems);
        List<ClaudeCodeSettingsReader.Layer> layers = new ArrayList<>();
        layers.add(base);
        dropIns.forEach(d -> layers.add(layer(d.file(), d.text(), problems)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ClaudeCodeScopes.layered(layers, base, List.of(), ClaudeCodeScopes.locks(layers, base));
    }

    private ClaudeCodeSettingsReader.Layer layer(String file, String text, List<Problem> problems) {
        try {
            if (text.isBlank()) {
                throw empty(RuntimeKind.CLAUDE_CODE, file);
            }
            return claudeCode.layer(file, text);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static InvalidInputException empty(RuntimeKind kind, String file) {
        return new InvalidInputException(new Problem(file, Position.START, "the file is empty: expected " + kind.description()));
    }
}
