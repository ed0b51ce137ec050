package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organization rule that calls System.exit(0) ended a gate with 0 and no report. Run in a JVM
 * of its own, which the rule ends.
 */
class OrganizationRuleExitTest {

    @Test
    void aRuleThatEndsTheProcessLeavesExitCode2AndSaysSo(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Cli.sample("org-rules/catalog.yaml"), rules.resolve("catalog.yaml"));
        Files.writeString(rules.resolve("exit.drl"), """
                package com.acme;
                import io.oversight.deployment.model.Agent;
                rule "done early" salience 10000
                when
                    Agent()
                then
                    System.exit( 0 );
                end
                """);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", Cli.sample("kiro-incident.yaml").toAbsolutePath().toString(),
                "--rules", rules.toString(), "-q", "--as-of", "2026-11-25");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err).isEqualTo("oversight: the check ended before it finished, while the organization's rules ran (one of them called"
                + " System.exit, or the run was interrupted); nothing was reported\n");
    }

    /** A rule that never ends had held the check, and a CI job with it, until the job's own time limit (waivers red team). */
    @Test
    void aRuleThatNeverEndsIsStoppedAtTheTimeLimit(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Cli.sample("org-rules/catalog.yaml"), rules.resolve("catalog.yaml"));
        Files.writeString(rules.resolve("loop.drl"), """
                package com.acme;
                import io.oversight.deployment.model.Agent;
                rule "never done"
                when
                    Agent()
                then
                    while ( true ) { Thread.onSpinWait(); }
                end
                """);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", Cli.sample("kiro-incident.yaml").toAbsolutePath().toString(),
                "--rules", rules.toString(), "--rules-timeout", "8", "-q", "--as-of", "2026-11-25");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err).isEqualTo("oversight: the check with the organization's rules " + rules + " has not finished after 8 seconds"
                + " (--rules-timeout): a rule that never ends, or one that inserts a fact each time it fires, holds it; nothing was reported\n");
    }
}
