package io.oversight.deployment.runtime;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tools a Claude Code skill ({@code .claude/skills/NAME/SKILL.md}) or custom command
 * ({@code .claude/commands/**}{@code /*.md}) pre-approves: the {@code allowed-tools} of its YAML
 * front matter run without a permission prompt while it is active, so each is an allow rule of
 * the agent's runtime, cited in the markdown file. Deny rules of the settings still refuse them.
 * Claude Code reads the value as its command line's tool lists: a text of tools separated by
 * spaces or commas (a space inside parentheses belongs to the tool: {@code Bash(git diff *)}), or
 * a list of such texts.
 */
public final class ClaudeCodeSkills {

    private static final String FENCE = "---";

    private ClaudeCodeSkills() {
    }

    /** The allow rules the front matter of {@code text}, the skill or command {@code file}, pre-approves; none without front matter. */
    public static List<RuntimeRule> allowedTools(String file, String text, InputLimits limits) throws InvalidInputException {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return List.of();
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
            end++;
        }
        if (end == lines.size()) {
            return List.of(); // no closing fence: Claude Code reads the whole file as the prompt, with no front matter
        }
        // The fence's line is left blank, so that positions in the front matter are the file's.
        String frontMatter = "\n" + String.join("\n", lines.subList(1, end)) + "\n";
        if (frontMatter.isBlank()) {
            return List.of();
        }
        YNode root;
        try {
            root = new YamlTreeReader(limits).read(file, frontMatter, false);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> p.unquoted("YAML", "the front matter of a skill or command")).toList());
        }
        Reading reading = new Reading(file);
        YMap matter = reading.map(root, "the front matter of a skill or command");
        YNode tools = matter == null ? null : matter.get("allowed-tools");
        List<RuntimeRule> rules = new ArrayList<>();
        for (YScalar entry : entries(reading, tools)) {
            for (String tool : split(entry.text())) {
                Optional<RuntimeRule> rule = tool.equals("*") ? Optional.of(new RuntimeRule("*", "", Decision.ALLOW, entry.position(), file))
                        : ClaudeCodeSettingsReader.rule(tool, Decision.ALLOW, entry.position(), file);
                if (rule.isPresent()) {
                    rules.add(rule.get());
                } else {
                    reading.problem(entry.position(), "each tool of 'allowed-tools' must be a permission rule: a tool, such as Read, "
                            + "a tool with a specifier in parentheses, such as Bash(git diff *), or an MCP tool, such as mcp__github__get_issue");
                }
            }
        }
        reading.finish();
        return rules;
    }

    /** {@code settings} with the rules of its project's skills and commands after its own. */
    public static RuntimeConfiguration with(RuntimeConfiguration settings, List<RuntimeRule> rules) {
        return new RuntimeConfiguration(settings.kind(), settings.file(), settings.name(), settings.position(),
                Stream.concat(settings.rules().stream(), rules.stream()).toList(), settings.mode(), settings.sandbox(), settings.network(),
                settings.directories(), settings.servers(), settings.credentials(), settings.delegates(), settings.identity(),
                settings.profiles(), settings.sockets());
    }

    /** The texts of {@code allowed-tools}: itself, or each item of its list; another shape is reported. */
    private static List<YScalar> entries(Reading reading, YNode tools) {
        if (tools == null || tools instanceof YScalar s && s.isNull()) {
            return List.of();
        }
        List<YNode> items = tools instanceof YList list ? list.items() : List.of(tools);
        List<YScalar> texts = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YScalar s && s.type() == YScalar.Type.STRING) {
                texts.add(s);
            } else {
                reading.problem(item.position(), "'allowed-tools' must be a text of tools or a list of them, but holds " + item.kind());
            }
        }
        return texts;
    }

    /** The tools a text names, split at spaces and commas outside parentheses. */
    static List<String> split(String text) {
        List<String> tools = new ArrayList<>();
        StringBuilder tool = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                if (!tool.isEmpty()) {
                    tools.add(tool.toString());
                    tool.setLength(0);
                }
                continue;
            }
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            tool.append(c);
        }
        if (!tool.isEmpty()) {
            tools.add(tool.toString());
        }
        return tools;
    }
}
