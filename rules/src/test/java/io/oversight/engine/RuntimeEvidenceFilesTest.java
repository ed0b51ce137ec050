package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    private static String evidence(String fixture) throws Exception {
        Path file = Fixtures.root().resolve("HO-08").resolve(fixture);
        Finding finding = Fixtures.assess(file).findings().stream().filter(f -> f.control().equals("HO-08")).findFirst().orElseThrow();
        String cited = Path.of(finding.primaryEvidence().file()).toString();
        return Fixtures.describe(finding) + " " + cited.substring(cited.indexOf("runtimes/"));
    }
}
