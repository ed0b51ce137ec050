package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.InputLimits;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a runtime configuration of any supported kind, with the deployment's input limits. */
public final class RuntimeReaders {

    private final Map<RuntimeKind, RuntimeReader> readers = new EnumMap<>(RuntimeKind.class);

    public RuntimeReaders(InputLimits limits) {
        readers.put(RuntimeKind.CLAUDE_CODE, new ClaudeCodeSettingsReader(limits));
        readers.put(RuntimeKind.CODEX, new CodexConfigReader(limits));
        readers.put(RuntimeKind.MCP_CLIENT, new McpClientConfigReader(limits));
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
            throw new InvalidInputException(new Problem(file, Position.START, "the file is empty: expected " + kind.description()));
        }
        return readers.get(kind).read(file, text);
    }
}
