package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of the agent's own files, or git's and the shell's, a Claude Code path pattern can match, read as Claude Code reads it. */
class OwnFilesTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "|.claude/settings.json|true",
            "|~/.claude.json|true",
            "**|.claude/settings.local.json|true",
            "*|.mcp.json|true",
            "./**|.mcp.json|true",
            "**/settings.local.json|.claude/settings.local.json|true",
            "settings.local.json|.claude/settings.local.json|true",
            "*.json|.claude/settings.json|true",
            ".claude/|.claude/settings.json|true",
            ".mcp.json|.mcp.json|true",
            "/**|.claude/settings.json|true",
            "/settings.json|.claude/settings.json|true",
            "/.mcp.json|.mcp.json|true",
            "/.claude/settings.local.json|.claude/settings.local.json|true",
            "//**|.mcp.json|true",
            "//**/settings.json|~/.claude/settings.json|true",
            "~/**|~/.claude.json|true",
            "~/*.json|~/.claude.json|true",
            "~/.claude/**|~/.claude/settings.json|true",
            "src/**|.claude/settings.json|false",
            "src/*.json|.mcp.json|false",
            "**/*.ts|.claude/settings.json|false",
            "/src/**|.claude/settings.json|false",
            "//tmp/**|.claude/settings.json|false",
            "~/src/**|~/.claude.json|false",
            "~/**|.claude/settings.json|false",
            "docs/settings.json|.claude/settings.json|false",
            "|.git/config|true",
            ".git/**|.git/hooks/pre-commit|true",
            "**/config|.git/config|true",
            "src/**|.git/config|false",
            "|~/.bashrc|true",
            "~/.*rc|~/.zshrc|true",
            "~/.config/**|~/.config/git/config|true"})
    void aPatternMatchesAnOwnFileAsClaudeCodeWould(String specifier, String file, boolean matches) {
        assertThat(OwnFiles.matches(specifier == null ? "" : specifier, file)).isEqualTo(matches);
    }
}
