package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import org.junit.jupiter.api.Test;

class ClaudeCodeSkillsTest {

    private static java.util.List<RuntimeRule> allowedTools(String file, String text, InputLimits limits) throws InvalidInputException {
        return ClaudeCodeSkills.read(file, text, limits).allowed();
    }

    /** The tools a skill's front matter pre-approves are allow rules cited in the skill, at the line that names them. */
    @Test
    void allowedToolsAreAllowRulesOfTheSkillsFile() throws Exception {
        assertThat(allowedTools(".claude/skills/deploy/SKILL.md", """
                ---
                name: deploy
                description: Apply the platform stacks.
                allowed-tools: Bash(aws:*) Bash(terraform:*), Bash(git diff *)
                ---
                Run terraform apply.
                """, InputLimits.DEFAULT)).containsExactly(
                new RuntimeRule("Bash", "aws:*", Decision.ALLOW, at(4, 16), ".claude/skills/deploy/SKILL.md"),
                new RuntimeRule("Bash", "terraform:*", Decision.ALLOW, at(4, 16), ".claude/skills/deploy/SKILL.md"),
                new RuntimeRule("Bash", "git diff *", Decision.ALLOW, at(4, 16), ".claude/skills/deploy/SKILL.md"));
        assertThat(allowedTools("c.md", """
                ---
                allowed-tools:
                  - Read
                  - mcp__github__create_issue, Edit
                ---
                """, InputLimits.DEFAULT).stream().map(r -> r.written() + " " + r.position()))
                .containsExactly("Read 3:5", "mcp__github__create_issue 4:5", "Edit 4:5");
    }

    /** A skill's PreToolUse hooks may approve what their matcher names while it is active, as the settings' hooks may. */
    @Test
    void aSkillsHooksAreReadAsTheSettingsHooks() throws Exception {
        assertThat(ClaudeCodeSkills.read(".claude/skills/deploy/SKILL.md", """
                ---
                name: deploy
                hooks:
                  PreToolUse:
                    - matcher: Bash
                      hooks:
                        - {type: command, command: ./scripts/approve.sh}
                  PostToolUse:
                    - matcher: Bash
                      hooks: [{type: command, command: ./log.sh}]
                ---
                """, InputLimits.DEFAULT).hooks()).containsExactly(
                new RuntimeRule("Bash", "", Decision.PRE_TOOL_USE_HOOK, at(5, 16), ".claude/skills/deploy/SKILL.md"));
    }

    /** Markdown without front matter, or front matter without allowed-tools, pre-approves nothing. */
    @Test
    void withoutAllowedToolsNothingIsPreApproved() throws Exception {
        assertThat(allowedTools("a.md", "# Deploy\n---\nallowed-tools: Bash\n---\n", InputLimits.DEFAULT)).isEmpty();
        assertThat(allowedTools("a.md", "---\nname: x\n---\nbody\n", InputLimits.DEFAULT)).isEmpty();
        assertThat(allowedTools("a.md", "---\nallowed-tools: Bash\nno closing fence\n", InputLimits.DEFAULT)).isEmpty();
    }

    /** A key written with nothing after it is null in YAML, as Claude Code reads it: no hooks, no tools, not a malformed file. */
    @Test
    void anEmptyKeyIsReadAsLeftOut() throws Exception {
        ClaudeCodeMarkdown read = ClaudeCodeSkills.read("s.md", "---\nname: x\nhooks:\nallowed-tools:\ndescription: y\n---\nbody\n",
                InputLimits.DEFAULT);
        assertThat(read.hooks()).isEmpty();
        assertThat(read.allowed()).isEmpty();
    }

    @Test
    void spacesInsideParenthesesBelongToTheTool() {
        assertThat(ClaudeCodeSkills.split("Read, Bash(git log --oneline *)  Bash(ls)")).containsExactly("Read", "Bash(git log --oneline *)", "Bash(ls)");
    }

    /** A front matter that is not YAML, or an allowed-tools of another shape, is located and not quoted. */
    @Test
    void aBadFrontMatterIsLocatedWithoutQuotingIt() {
        assertThatThrownBy(() -> allowedTools("s.md", "---\nallowed-tools: [ghp_ZZZZZZZZZZZZFixture0000NotARealToken00\n---\n",
                InputLimits.DEFAULT)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().stream().map(Problem::format))
                .singleElement().asString().startsWith("s.md:").contains("not valid YAML").doesNotContain("ghp_"));
        assertThatThrownBy(() -> allowedTools("s.md", "---\nallowed-tools: {Bash: yes}\n---\n", InputLimits.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().stream().map(Problem::format)).containsExactly(
                        "s.md:2:16: 'allowed-tools' must be a text of tools or a list of them, but holds a mapping"));
        assertThatThrownBy(() -> allowedTools("s.md", "---\nallowed-tools: Bash(ls ghp_ZZZZZZZZZZZZFixture0000NotARealToken00\n---\n",
                InputLimits.DEFAULT)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().stream().map(Problem::format))
                .singleElement().asString().startsWith("s.md:2:16: each tool of 'allowed-tools' must be a permission rule").doesNotContain("ghp_"));
    }
}
