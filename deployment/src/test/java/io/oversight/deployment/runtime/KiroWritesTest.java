package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kiro's fs_write allows a path and everything under it, its '*' crossing '/', once '~' and
 * variables are expanded and '..' resolved: what a path reaches of the agent's own files.
 */
class KiroWritesTest {

    private static List<String> reached(String path) {
        return KiroWrites.reached(path, new Located<>(path, Position.START)).stream().map(RuntimeRule::specifier).toList();
    }

    @Test
    void aPathReachesTheOwnFilesUnderItAsKiroResolvesIt() {
        List<String> project = List.of(".kiro/agents/", ".amazonq/cli-agents/", ".git/config");
        List<String> home = List.of("~/.kiro/agents/", "~/.aws/amazonq/cli-agents/", "~/.bashrc");
        assertThat(reached(null)).isEqualTo(project);
        for (String everyProjectPath : List.of("", ".", "./", "*", "**", "./**", "src/..", "${PWD}")) {
            assertThat(reached(everyProjectPath)).as(everyProjectPath).isEqualTo(project);
        }
        assertThat(reached(".kiro")).containsExactly(".kiro/agents/");
        assertThat(reached(".*")).isEqualTo(project);
        assertThat(reached("*.json")).as("'*' crosses '/'").containsExactly(".kiro/agents/", ".amazonq/cli-agents/");
        assertThat(reached(".amazonq/**")).as("Amazon Q's agents, whose CLI Kiro's grew from").containsExactly(".amazonq/cli-agents/");
        assertThat(reached("~/.aws")).containsExactly("~/.aws/amazonq/cli-agents/");
        assertThat(reached(".git")).containsExactly(".git/config");
        List<String> all = java.util.stream.Stream.concat(project.stream(), home.stream()).toList();
        for (String homePath : List.of("~", "~/", "~/**", "$HOME/**", "${HOME}")) {
            assertThat(reached(homePath)).as(homePath + ": the home folder, and the project it may hold").isEqualTo(all);
        }
        assertThat(reached("~/.kiro")).containsExactly("~/.kiro/agents/");
        for (String mayBeTheProject : List.of("~/platform/**", "${HOME}/platform", "/home/dana/platform/**", "/Users/dana/src/platform", "/work/**")) {
            assertThat(reached(mayBeTheProject)).as(mayBeTheProject).isEqualTo(project);
        }
        for (String root : List.of("/", "/**", "/home/dana/**", "/Users/dana", "$WORKSPACE/**", "../..")) {
            assertThat(reached(root)).as(root).isEqualTo(all);
        }
        for (String elsewhere : List.of("src/**", "docs", "~/.aws/credentials", "/var/lib/app/cache/**", "*.md")) {
            assertThat(reached(elsewhere)).as(elsewhere).isEmpty();
        }
    }
}
