package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InputLimits;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A runtime file that is empty or holds only comments is refused as what it was named as, never as
 * the deployment description the shared YAML and JSON reader expects by default; a Codex
 * config.toml or a Gemini CLI policy file of comments only changes no default and is read.
 */
class FileOfNoValuesTest {

    static Stream<Arguments> filesOfNoValues() {
        return Stream.of(
                // An empty file is no JSON, so no settings: {} is the settings that change nothing.
                Arguments.of(RuntimeKind.CLAUDE_CODE, ".claude/settings.json", "",
                        ".claude/settings.json:1:1: the file is empty: expected Claude Code settings (JSON)"),
                Arguments.of(RuntimeKind.CLAUDE_CODE, ".claude/settings.json", "# nothing yet\n",
                        ".claude/settings.json:1:1: the file holds no values, only comments or document markers:"
                                + " expected Claude Code settings (JSON)"),
                Arguments.of(RuntimeKind.MCP_CLIENT, ".kiro/settings/permissions.yaml", "# nothing yet\n---\n",
                        ".kiro/settings/permissions.yaml:1:1: the file holds no values, only comments or document markers:"
                                + " expected Kiro permissions (permissions.yaml)"),
                Arguments.of(RuntimeKind.BEDROCK_AGENT, "template.yaml", "# nothing yet\n",
                        "template.yaml:1:1: the file holds no values, only comments or document markers: expected a CloudFormation template"),
                Arguments.of(RuntimeKind.KAGENT, "agents.yaml", "# nothing yet\n",
                        "agents.yaml:1:1: the file holds no kagent Agent (apiVersion kagent.dev/v1alpha2, kind Agent or SandboxAgent)"));
    }

    @ParameterizedTest
    @MethodSource("filesOfNoValues")
    void isRefusedAsWhatItWasNamedAs(RuntimeKind kind, String file, String text, String problem) {
        assertThat(Fixtures.problemsOf(kind, file, text)).containsExactly(problem);
    }

    @Test
    void aCodexConfigurationOrPolicyFileOfCommentsChangesNoDefault() throws Exception {
        assertThat(Fixtures.readText(RuntimeKind.CODEX, "config.toml", "# nothing yet\n").get(0).rules()).isEmpty();
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, "policies/none.toml", "# nothing yet\n").get(0).rules()).isEmpty();
    }

    /** YAML of comments only is null: Claude Code and Kiro read such a front matter as none. */
    @Test
    void aFrontMatterOfCommentsIsNone() throws Exception {
        String markdown = "---\n# tools to come\n---\nYou review code.\n";
        assertThat(ClaudeCodeSkills.read(".claude/skills/review/SKILL.md", markdown, InputLimits.DEFAULT).allowed()).isEmpty();
        assertThat(ClaudeCodeSubagents.read(".claude/agents/review.md", markdown, InputLimits.DEFAULT).subagents()).isEmpty();
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, ".kiro/agents/review.md", markdown)).containsExactly(
                ".kiro/agents/review.md:1:1: a Kiro agent in Markdown begins with its settings as YAML front matter between two '---' lines");
    }
}
