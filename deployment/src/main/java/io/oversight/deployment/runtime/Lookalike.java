package io.oversight.deployment.runtime;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.List;
import java.util.Optional;

/**
 * What a file refused as one kind of runtime configuration looks like, for the message that refuses
 * it: the kind to name it with when a key only that kind writes tells. Only the keys are read,
 * never a value, so the message quotes nothing of the file.
 */
final class Lookalike {

    /** Keys of a Claude Code subagent's front matter that no Kiro agent writes. */
    private static final List<String> SUBAGENT_KEYS = List.of("permissionMode", "disallowedTools");

    /** Keys of a Claude Code skill's or custom command's front matter. */
    private static final List<String> SKILL_KEYS = List.of("allowed-tools", "argument-hint", "disable-model-invocation", "user-invocable");

    private Lookalike() {
    }

    /** {@code "; it looks like …: give it as kind: …"} when {@code root} tells another kind than {@code named}, else empty. */
    static String of(YNode root, RuntimeKind named) {
        return root instanceof YMap map ? kindOf(map).filter(k -> k.kind() != named || !k.alone()).map(Kind::told).orElse("") : "";
    }

    /**
     * The same for {@code text}, which is not in the syntax {@code named} is written in: its keys as
     * the other kinds' readers would parse them, a markdown file's front matter, TOML, YAML (a
     * manifest's documents, a CloudFormation template's tags). Empty when none of them tells.
     */
    static String ofText(String file, String text, RuntimeKind named, InputLimits limits) {
        List<Reading.Parse<List<YNode>>> syntaxes = List.of(
                () -> frontMatter(FrontMatter.of(new Reading(file), text, limits, "front matter")),
                () -> List.of(TomlTreeReader.read(file, text, limits.maxDepth())),
                () -> new YamlTreeReader(limits).readAll(file, text),
                () -> List.of(new CloudFormationYamlReader(limits).read(file, text)));
        for (Reading.Parse<List<YNode>> syntax : syntaxes) {
            try {
                Optional<String> told = syntax.parse().stream().map(root -> of(root, named)).filter(s -> !s.isEmpty()).findFirst();
                if (told.isPresent()) {
                    return told.get();
                }
            } catch (InvalidInputException e) {
                // not written in this syntax: the next may read it
            }
        }
        return "";
    }

    /** A markdown file's front matter as its one document; none without one. */
    private static List<YNode> frontMatter(YNode root) {
        return root == null ? List.of() : List.of(root);
    }

    /**
     * A kind a file looks like: {@code alone}, it is given as that kind itself; else it is markdown
     * the settings of that kind read beside them (Claude Code's subagents, skills and commands).
     */
    private record Kind(RuntimeKind kind, String what, boolean alone) {

        String told() {
            return "; it looks like " + what + (alone ? ": give it as kind: " + kind.word()
                    : ": give the .claude folder's settings as kind: " + kind.word() + ", which read its markdown");
        }
    }

    private static Optional<Kind> kindOf(YMap root) {
        // A Claude Code subagent may list its own mcpServers, so its keys are looked at before an MCP client's.
        // Claude Code's 'tools' is a text of tools separated by commas, a Kiro agent's a list.
        if (SUBAGENT_KEYS.stream().anyMatch(key -> root.get(key) != null)
                || root.get("tools") instanceof YScalar tools && tools.type() == YScalar.Type.STRING) {
            return Optional.of(new Kind(RuntimeKind.CLAUDE_CODE, "a Claude Code subagent", false));
        }
        if (SKILL_KEYS.stream().anyMatch(key -> root.get(key) != null)) {
            return Optional.of(new Kind(RuntimeKind.CLAUDE_CODE, "a Claude Code skill or command", false));
        }
        if (root.get("apiVersion") instanceof YScalar version && version.text().startsWith("kagent.dev/")) {
            return Optional.of(new Kind(RuntimeKind.KAGENT, "a kagent manifest", true));
        }
        if (root.get("Resources") instanceof YMap resources && resources.entries().values().stream()
                .anyMatch(r -> r.value() instanceof YMap body && body.get("Type") instanceof YScalar type && type.text().equals("AWS::Bedrock::Agent"))) {
            return Optional.of(new Kind(RuntimeKind.BEDROCK_AGENT, "a CloudFormation template with an AWS::Bedrock::Agent", true));
        }
        if (root.get("mcpServers") instanceof YMap || root.get("servers") instanceof YMap) {
            return Optional.of(new Kind(RuntimeKind.MCP_CLIENT, "an MCP client configuration", true));
        }
        if (root.get("rule") instanceof YList) {
            return Optional.of(new Kind(RuntimeKind.MCP_CLIENT, "a Gemini CLI policy file", true));
        }
        // Codex's keys are snake_case, Claude Code's camelCase: neither is a key another runtime here writes at the top.
        if (root.entries().keySet().stream().anyMatch(key -> key.indexOf('_') > 0 && SettingKeys.CODEX.lists(key))) {
            return Optional.of(new Kind(RuntimeKind.CODEX, "a Codex config.toml", true));
        }
        if (root.entries().keySet().stream().anyMatch(key -> !key.equals(key.toLowerCase(java.util.Locale.ROOT)) && SettingKeys.CLAUDE_CODE.lists(key))) {
            return Optional.of(new Kind(RuntimeKind.CLAUDE_CODE, "Claude Code settings", true));
        }
        return Optional.empty();
    }
}
