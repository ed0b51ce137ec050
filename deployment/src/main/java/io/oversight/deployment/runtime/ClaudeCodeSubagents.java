package io.oversight.deployment.runtime;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The permission mode a Claude Code subagent ({@code .claude/agents/**}{@code /*.md}) runs its
 * tools with. The agent hands work to it, and its front matter's {@code permissionMode} replaces
 * the session's mode for the subagent's tools ({@code tools}, every tool when it lists none, less
 * {@code disallowedTools}): {@code bypassPermissions} there runs them unasked while the settings
 * ask. It is read as a profile of the settings, for those tools, cited at the mode's line.
 */
public final class ClaudeCodeSubagents {

    /**
     * Tools that start a subagent: a subagent cannot start another, so listing them gives it nothing
     * ({@code Agent(reviewer)} in the main session's list restricts which it may start).
     */
    private static final Set<String> STARTS_A_SUBAGENT = Set.of("Agent", "Task");

    private ClaudeCodeSubagents() {
    }

    /**
     * The mode the subagent {@code text}, the markdown file {@code file}, runs its tools with; empty
     * when its front matter sets none (it then runs with the session's).
     */
    public static Optional<RuntimeProfile> profile(String file, String text, InputLimits limits) throws InvalidInputException {
        Reading reading = new Reading(file);
        YMap matter = FrontMatter.of(reading, text, limits, "the front matter of a subagent");
        if (matter == null) {
            reading.finish();
            return Optional.empty();
        }
        Located<ApprovalMode> mode = reading.word(matter, "permissionMode", ClaudeCodeSettingsReader.MODES);
        List<RuntimeRule> listed = ClaudeCodeSkills.tools(reading, matter, "tools", Decision.ALLOW);
        List<RuntimeRule> disallowed = ClaudeCodeSkills.tools(reading, matter, "disallowedTools", Decision.DENY);
        Located<String> name = reading.text(matter, "name");
        reading.finish();
        if (mode == null) {
            return Optional.empty();
        }
        boolean inherits = matter.get("tools") == null || isNull(matter.get("tools"))
                || listed.stream().anyMatch(rule -> rule.tool().equals(RuntimeProfile.EVERY_TOOL));
        List<String> tools = new ArrayList<>();
        if (inherits) {
            tools.add(RuntimeProfile.EVERY_TOOL); // what is left of every tool, less a few, may still be any of them
        } else {
            for (RuntimeRule rule : listed) {
                if (!STARTS_A_SUBAGENT.contains(rule.tool()) && disallowed.stream().noneMatch(d -> removes(d, rule))
                        && !tools.contains(rule.written())) {
                    tools.add(rule.written());
                }
            }
        }
        String subagent = name != null ? name.value() : Path.of(file).getFileName().toString().replaceFirst("\\.md$", "");
        return Optional.of(new RuntimeProfile(subagent, matter.position(), mode.in(file), null, false, tools));
    }

    /** Whether {@code disallowed} takes {@code rule} away: the same tool as a whole, or as written. */
    private static boolean removes(RuntimeRule disallowed, RuntimeRule rule) {
        return disallowed.tool().equals(rule.tool()) && (disallowed.specifier().isEmpty() || disallowed.specifier().equals(rule.specifier()));
    }

    private static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.isNull();
    }
}
