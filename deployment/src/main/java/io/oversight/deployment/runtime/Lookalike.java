package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.Optional;

/**
 * What a file refused as one kind of runtime configuration looks like, for the message that refuses
 * it: the kind to name it with when a key only that kind writes tells. Only the keys are read,
 * never a value, so the message quotes nothing of the file.
 */
final class Lookalike {

    private Lookalike() {
    }

    /** {@code "; it looks like …: give it as kind: …"} when {@code root} tells another kind than {@code named}, else empty. */
    static String of(YNode root, RuntimeKind named) {
        return root instanceof YMap map ? kindOf(map).filter(k -> k.kind() != named).map(k -> "; it looks like " + k.what()
                + ": give it as kind: " + k.kind().word()).orElse("") : "";
    }

    private record Kind(RuntimeKind kind, String what) {
    }

    private static Optional<Kind> kindOf(YMap root) {
        if (root.get("apiVersion") instanceof YScalar version && version.text().startsWith("kagent.dev/")) {
            return Optional.of(new Kind(RuntimeKind.KAGENT, "a kagent manifest"));
        }
        if (root.get("Resources") instanceof YMap resources && resources.entries().values().stream()
                .anyMatch(r -> r.value() instanceof YMap body && body.get("Type") instanceof YScalar type && type.text().equals("AWS::Bedrock::Agent"))) {
            return Optional.of(new Kind(RuntimeKind.BEDROCK_AGENT, "a CloudFormation template with an AWS::Bedrock::Agent"));
        }
        if (root.get("mcpServers") instanceof YMap || root.get("servers") instanceof YMap) {
            return Optional.of(new Kind(RuntimeKind.MCP_CLIENT, "an MCP client configuration"));
        }
        if (root.get("rule") instanceof YList) {
            return Optional.of(new Kind(RuntimeKind.MCP_CLIENT, "a Gemini CLI policy file"));
        }
        // Codex's keys are snake_case, Claude Code's camelCase: neither is a key another runtime here writes at the top.
        if (root.entries().keySet().stream().anyMatch(key -> key.indexOf('_') > 0 && SettingKeys.CODEX.lists(key))) {
            return Optional.of(new Kind(RuntimeKind.CODEX, "a Codex config.toml"));
        }
        if (root.entries().keySet().stream().anyMatch(key -> !key.equals(key.toLowerCase(java.util.Locale.ROOT)) && SettingKeys.CLAUDE_CODE.lists(key))) {
            return Optional.of(new Kind(RuntimeKind.CLAUDE_CODE, "Claude Code settings"));
        }
        return Optional.empty();
    }
}
