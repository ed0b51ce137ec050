package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.model.RuntimeTool;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which credential file of the home folder a Claude Code file rule with a path pattern is also read as. */
class CredentialFilesTest {

    @ParameterizedTest(name = "{0}, with {1} denied: {2}")
    @CsvSource(delimiter = '|', value = {
            "Read(~/.a*/**)||Read(~/.aws/*)",
            "Read(~/.a*/**)|Read(~/.aws/**)|Read(~/.azure/*)",
            "Read(~/.*/credentials)||Read(~/.aws/*)",
            "Read(~/.ss?/id_*)||Read(~/.ssh/*)",
            "Read(~/.[a]ws/**)||Read(~/.aws/*)",
            "Read(//home/*/.a*/**)||Read(~/.aws/*)",
            "Read(//Users/dana/.a*/**)||Read(~/.aws/*)",
            "Read(~/.p*)||Read(~/.pgpass)",
            "Edit(~/.k*/config)||Edit(~/.kube/*)",
            "Edit(~/.k*/config)|Edit(~/.k*/**)|",
            "Read(~/Library/**)||Read(~/Library/Keychains/*)",
            "Read(~/.local/share/**)||Read(~/.local/share/keyrings/*)",
            "Read(~/projects/**/*.md)||",
            "Read(./**)||",
            "Read(src/*.ts)||",
            "Read(~/.aws/credentials)||",
            "Read(~/**)||",
            "Bash(cat ~/.a*)||"})
    void aPatternIsAlsoTheFirstCredentialFileItReachesThatNoRuleKeeps(String rule, String denied, String expected) {
        List<RuntimeRule> rules = new java.util.ArrayList<>(List.of(rule(rule, Decision.ALLOW)));
        if (denied != null) {
            rules.add(rule(denied, Decision.DENY));
        }
        RuntimeConfiguration c = new RuntimeConfiguration(RuntimeKind.CLAUDE_CODE, ".claude/settings.json", null, at(1, 1), rules, null, null,
                null, List.of(), List.of(), List.of(), List.of(), null, List.of());
        List<String> reached = CredentialFiles.reached("coder", c, rules.get(0)).stream().map(RuntimeTool::tool).toList();
        assertThat(reached).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    /** Kiro's and Amazon Q's allowedPaths take patterns too, their '*' crossing '/'. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"fs_read(~/.a*)|fs_read(~/.aws/*)", "fs_write(~/.k*)|fs_write(~/.kiro/)", "fs_read(./src/**)|"})
    void anMcpClientsFileToolPatternIsAlsoTheCredentialPathItReaches(String rule, String expected) {
        RuntimeRule allowed = rule(rule, Decision.ALLOW);
        RuntimeConfiguration c = new RuntimeConfiguration(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json", null, at(1, 1), List.of(allowed), null,
                null, null, List.of(), List.of(), List.of(), List.of(), null, List.of());
        List<String> reached = CredentialFiles.reached("ops", c, allowed).stream().map(RuntimeTool::tool).toList();
        assertThat(reached).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    private static RuntimeRule rule(String written, Decision decision) {
        int open = written.indexOf('(');
        return new RuntimeRule(written.substring(0, open), written.substring(open + 1, written.length() - 1), decision, at(4, 7));
    }
}
