package io.oversight.deployment.runtime;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tools a Claude Code skill ({@code .claude/skills/NAME/SKILL.md}) or custom command
 * ({@code .claude/commands/**}{@code /*.md}) pre-approves: the {@code allowed-tools} of its YAML
 * front matter run without a permission prompt while it is active, so each is an allow rule of
 * the agent's runtime, cited in the markdown file. Deny rules of the settings still refuse them.
 * The hooks its front matter runs before a tool call are read as the settings' hooks are.
 * Claude Code reads the value as its command line's tool lists: a text of tools separated by
 * spaces or commas (a space inside parentheses belongs to the tool: {@code Bash(git diff *)}), or
 * a list of such texts.
 */
public final class ClaudeCodeSkills {

    private ClaudeCodeSkills() {
    }

    /**
     * What the front matter of {@code text}, the skill or command {@code file}, adds to the
     * settings: its allowed tools as allow rules, and the hooks it runs before a tool call while
     * active; nothing without front matter.
     */
    public static ClaudeCodeMarkdown read(String file, String text, InputLimits limits) throws InvalidInputException {
        Reading reading = new Reading(file);
        YMap matter = FrontMatter.of(reading, text, limits, "the front matter of a skill or command");
        List<RuntimeRule> rules = matter == null ? List.of() : tools(reading, matter, "allowed-tools", Decision.ALLOW);
        List<RuntimeRule> hooks = matter == null ? List.of() : ClaudeCodeSettingsReader.approvingHooks(reading, matter, file);
        reading.finish();
        return new ClaudeCodeMarkdown(rules, List.of(), hooks, List.of());
    }

    /**
     * The tools the front matter lists under {@code key}, as rules of {@code decision} written in the
     * markdown file: a text of tools separated by spaces or commas, or a list of such texts, each
     * tool a permission rule or {@code *} (every tool); other values are reported.
     */
    static List<RuntimeRule> tools(Reading reading, YMap matter, String key, Decision decision) {
        List<RuntimeRule> rules = new ArrayList<>();
        for (YScalar entry : entries(reading, key, matter.get(key))) {
            for (String tool : split(entry.text())) {
                Optional<RuntimeRule> rule = tool.equals(RuntimeProfile.EVERY_TOOL) ? Optional.of(new RuntimeRule(RuntimeProfile.EVERY_TOOL, "", decision, entry.position(), reading.file()))
                        : ClaudeCodeSettingsReader.rule(tool, decision, entry.position(), reading.file());
                if (rule.isPresent()) {
                    rules.add(rule.get());
                } else {
                    reading.problem(entry.position(), "each tool of '" + key + "' must be a permission rule: a tool, such as Read, "
                            + "a tool with a specifier in parentheses, such as Bash(git diff *), or an MCP tool, such as mcp__github__get_issue");
                }
            }
        }
        return rules;
    }

    /** The texts of {@code key}'s value {@code tools}: itself, or each item of its list; another shape is reported. */
    private static List<YScalar> entries(Reading reading, String key, YNode tools) {
        if (tools == null || tools instanceof YScalar s && s.isNull()) {
            return List.of();
        }
        List<YNode> items = tools instanceof YList list ? list.items() : List.of(tools);
        List<YScalar> texts = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YScalar s && s.type() == YScalar.Type.STRING) {
                texts.add(s);
            } else {
                reading.problem(item.position(), "'" + key + "' must be a text of tools or a list of them, but holds " + item.kind());
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
