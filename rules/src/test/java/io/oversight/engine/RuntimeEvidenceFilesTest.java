package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime of several files is cited in the file that wrote what a finding reports, which the
 * fixtures' {@code # expect:} lines, giving a line only, cannot show.
 */
class RuntimeEvidenceFilesTest {

    @Test
    void aSandboxSplitAcrossTheSettingsIsCitedAtTheHostInTheFileThatAllowsIt() throws Exception {
        assertThat(evidence("fail-claude-code-sandbox-split-across-files.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 8 runtimes/sandbox-split/.claude/settings.json");
    }

    @Test
    void aSkillsPreApprovedToolIsCitedInTheSkill() throws Exception {
        assertThat(evidence("fail-claude-code-skill-allowed-tools.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 4 runtimes/skills/.claude/skills/deploy/SKILL.md");
    }

    @Test
    void aSubagentsModeAndHookAreCitedInTheSubagent() throws Exception {
        assertThat(evidence("fail-claude-code-subagent-bypass.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 6 runtimes/subagent-bypass/.claude/agents/ops/release-manager.md");
        assertThat(evidence("fail-claude-code-subagent-hook.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 7 runtimes/markdown-hooks/.claude/agents/operator.md");
    }

    /**
     * Subagents kept in a folder of their own and linked as .claude/agents are read, as Claude Code
     * reads them, and so are those of settings named through a '.' in their path.
     */
    @Test
    void subagentsInALinkedFolderAreRead(@TempDir Path dir) throws Exception {
        Path claude = project(dir, "linked", Files.readString(SUBAGENT_BYPASS.resolve("settings.json")));
        Path team = Files.createDirectories(dir.resolve("runtimes/linked/team-agents"));
        Files.copy(RELEASE_MANAGER, team.resolve("release-manager.md"));
        Files.createSymbolicLink(claude.resolve("agents"), Path.of("../team-agents"));
        for (String settings : java.util.List.of("runtimes/linked/.claude/settings.json", "runtimes/linked/.claude/./settings.json")) {
            assertThat(cited(Fixtures.assess(deployment(dir, settings)))).as(settings)
                    .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 6 runtimes/linked/.claude/agents/release-manager.md");
        }
    }

    /** A linked folder that leads back into itself is named as such, not as the Java exception that found it. */
    @Test
    void aLinkedFolderThatLoopsIsNamed(@TempDir Path dir) throws Exception {
        Path claude = project(dir, "loop", Files.readString(SUBAGENT_BYPASS.resolve("settings.json")));
        Files.createDirectories(claude.resolve("agents"));
        Files.createSymbolicLink(claude.resolve("agents/loop"), Path.of(".."));
        Path file = deployment(dir, "runtimes/loop/.claude/settings.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.assess(file))
                .isInstanceOfSatisfying(io.oversight.deployment.InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).contains("cannot be listed: the linked folder ")
                                .contains("leads back into a folder that holds it").doesNotContain("java.")));
    }

    /**
     * A linked folder under .claude/agents that leads out of the deployment's folder is refused at
     * the link, before anything behind it is listed: a link to / walked the whole machine, and one to
     * /etc was read without a word.
     */
    @Test
    void aLinkedFolderThatLeadsOutIsRefusedUnlisted(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        Path claude = project(dir, "out", Files.readString(SUBAGENT_BYPASS.resolve("settings.json")));
        Files.createDirectories(claude.resolve("agents"));
        Files.copy(RELEASE_MANAGER, elsewhere.resolve("release-manager.md"));
        Files.createSymbolicLink(claude.resolve("agents/team"), elsewhere);
        Path file = deployment(dir, "runtimes/out/.claude/settings.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.assess(file))
                .isInstanceOfSatisfying(io.oversight.deployment.InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).endsWith("cannot be listed: the linked folder"
                                + " runtimes/out/.claude/agents/team leads out of the deployment's folder (" + dir + "); imports are read"
                                + " from inside it only")));
    }

    /**
     * A pipe where Claude Code reads a subagent, or the local settings beside the shared ones, is
     * refused, never skipped: skipped, the check passed without the bypassPermissions a regular file
     * there would have shown.
     */
    @Test
    void aPipeWhereTheRuntimeReadsAFileIsRefusedNotSkipped(@TempDir Path dir) throws Exception {
        Path claude = project(dir, "piped", "{\"permissions\": {\"defaultMode\": \"default\"}}\n");
        Files.createDirectories(claude.resolve("agents"));
        Path file = deployment(dir, "runtimes/piped/.claude/settings.json");
        for (Path pipe : java.util.List.of(claude.resolve("agents/ops.md"), claude.resolve("settings.local.json"))) {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
            assertThat(mkfifo.waitFor()).isZero();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.assess(file)).as(pipe.toString())
                    .isInstanceOfSatisfying(io.oversight.deployment.InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p.message()).contains(pipe.getFileName() + " is not a regular file")));
            Files.delete(pipe);
        }
    }

    /** A deny rule of the settings refuses a tool in every mode, a subagent's bypassPermissions too. */
    @Test
    void aSubagentsToolTheSettingsDenyIsRefused(@TempDir Path dir) throws Exception {
        Path claude = project(dir, "denied", "{\"permissions\": {\"deny\": [\"Bash\"], \"defaultMode\": \"default\"}}\n");
        Files.createDirectories(claude.resolve("agents"));
        Files.copy(RELEASE_MANAGER, claude.resolve("agents/release-manager.md"));
        assertThat(Fixtures.assess(deployment(dir, "runtimes/denied/.claude/settings.json")).findings())
                .noneMatch(f -> f.control().equals("HO-08"));
    }

    /** What a client reads beside the file named is cited in the file that wrote it. */
    @Test
    void aRuleOfAFileReadBesideTheNamedOneIsCitedThere() throws Exception {
        assertThat(evidence("fail-gemini-policy-beside.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 5 runtimes/gemini-policy-beside/.gemini/policies/auto-saved.toml");
        assertThat(evidence("fail-gemini-system-policy.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 3 runtimes/gemini-system-policy/gemini-cli/policies/admin.toml");
        assertThat(evidence("fail-cursor-permissions-beside.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 2 runtimes/cursor-permissions-beside/.cursor/permissions.json");
        assertThat(evidence("fail-vscode-settings-beside.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 3 runtimes/vscode-settings-beside/.vscode/settings.json");
        assertThat(evidence("fail-kiro-permissions-beside.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 3 runtimes/kiro-permissions-beside/.kiro/settings/permissions.yaml");
        assertThat(evidence("fail-kiro-agent-user-permissions.yaml"))
                .isEqualTo("HO-08 high checkpoint:coder/prod-delete line 3 runtimes/kiro-agent-user/.kiro/settings/permissions.yaml");
    }

    /**
     * Gemini's policyPaths: a folder relative to the project is read; a path that is not there is
     * skipped, as Gemini skips it; one in a home folder, which no file here shows, is a problem.
     */
    @Test
    void geminiPolicyPathsAreReadRelativeToTheProject(@TempDir Path dir) throws Exception {
        Path gemini = Files.createDirectories(dir.resolve("runtimes/proj/.gemini"));
        Path ci = Files.createDirectories(dir.resolve("runtimes/proj/ci-policies"));
        Files.writeString(ci.resolve("ci.toml"), "[[rule]]\ntoolName = \"run_shell_command\"\ndecision = \"allow\"\npriority = 1\n");
        Files.writeString(gemini.resolve("settings.json"), "{\"policyPaths\": [\"ci-policies\", \"missing.toml\"]}\n");
        Path file = mcpClient(deployment(dir, "runtimes/proj/.gemini/settings.json"));
        assertThat(cited(Fixtures.assess(file))).isEqualTo("HO-08 high checkpoint:coder/prod-delete line 2 runtimes/proj/ci-policies/ci.toml");
        Files.writeString(gemini.resolve("settings.json"), "{\"policyPaths\": [\"~/ci-policies\"]}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.assess(file))
                .isInstanceOfSatisfying(io.oversight.deployment.InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).contains("name policies in a home folder or at an absolute path")));
    }

    /** The subagent fixture's project, whose subagent bypasses permissions. */
    private static final Path SUBAGENT_BYPASS = Fixtures.root().resolve("HO-08/runtimes/subagent-bypass/.claude");
    private static final Path RELEASE_MANAGER = SUBAGENT_BYPASS.resolve("agents/ops/release-manager.md");

    /** A project's .claude folder under {@code dir}, named {@code name}, holding {@code settings}. */
    private static Path project(Path dir, String name, String settings) throws Exception {
        Path claude = Files.createDirectories(dir.resolve("runtimes/" + name + "/.claude"));
        Files.writeString(claude.resolve("settings.json"), settings);
        return claude;
    }

    /** The subagent fixture's deployment in {@code dir}, its agent's runtime the settings {@code settings} names. */
    private static Path deployment(Path dir, String settings) throws Exception {
        return Files.writeString(dir.resolve("d.yaml"), Files.readString(Fixtures.root().resolve("HO-08/fail-claude-code-subagent-bypass.yaml"))
                .replace("runtimes/subagent-bypass/.claude/settings.json", settings));
    }

    /** The deployment {@code file} with its runtime read as an MCP client's. */
    private static Path mcpClient(Path file) throws Exception {
        return Files.writeString(file, Files.readString(file).replace("kind: claude-code", "kind: mcp-client"));
    }

    private static String evidence(String fixture) throws Exception {
        return cited(Fixtures.assess(Fixtures.root().resolve("HO-08").resolve(fixture)));
    }

    private static String cited(Assessment assessment) {
        Finding finding = assessment.findings().stream().filter(f -> f.control().equals("HO-08")).findFirst().orElseThrow();
        String cited = Path.of(finding.primaryEvidence().file()).toString();
        return Fixtures.describe(finding) + " " + cited.substring(cited.indexOf("runtimes/"));
    }
}
