package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs beyond a limit end with exit code 2 and a message naming the limit and the option that raises it; nothing is checked. */
class LimitsTest {

    private static final String AS_OF = "2026-11-25";

    @Test
    void aDeploymentOfMoreAgentsThanTheLimitIsRefusedBeforeItIsChecked() {
        String sample = Cli.sample("platform-team.yaml").toString();
        Cli refused = Cli.run("check", sample, "--as-of", AS_OF, "--max-agents", "7");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo(sample + ": holds 8 agents, more than the limit of 7 for one deployment description;"
                + " split it into several files or raise the limit with --max-agents\n1 problem; nothing was checked\n");
        assertThat(Cli.run("check", sample, "--as-of", AS_OF, "--max-agents", "8").exitCode()).isEqualTo(1);
    }

    @Test
    void moreFindingsThanTheLimitEndTheRunWithoutAReport() {
        String sample = Cli.sample("kiro-incident.yaml").toString();
        Cli refused = Cli.run("check", sample, "--as-of", AS_OF, "--max-findings", "23");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("oversight: " + sample + ": the check found 24 findings, more than the limit of 23 per run;"
                + " raise it with --max-findings\n");
        assertThat(Cli.run("check", sample, "--as-of", AS_OF, "--max-findings", "24").exitCode()).isEqualTo(1);
    }

    @Test
    void theFindingsLimitCountsEveryDeploymentOfTheRun() {
        String incident = Cli.sample("kiro-incident.yaml").toString();
        String remediated = Cli.sample("platform-team.yaml").toString();
        Cli refused = Cli.run("check", incident, remediated, "--as-of", AS_OF, "--max-findings", "30");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("oversight: " + remediated + ": the check found ")
                .endsWith(" findings in this and the deployments before it, more than the limit of 30 per run; raise it with --max-findings\n");
    }

    @Test
    void aFileLargerThanTheLimitNamesTheOptionThatRaisesIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, Files.readString(Cli.sample("kiro-incident.yaml")) + "#" + "x".repeat(1024 * 1024) + "\n");
        Cli refused = Cli.run("check", big.toString(), "--max-input-mb", "1");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo(big + ": is larger than the limit of 1 MiB for one deployment description;"
                + " split it into several files or raise the limit with --max-input-mb\n1 problem; nothing was checked\n");
        assertThat(Cli.run("check", big.toString(), "--as-of", AS_OF, "--max-input-mb", "2").exitCode()).isEqualTo(1);
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        Cli zero = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--max-agents", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).startsWith("oversight: --max-agents must be at least 1, not 0\n");
    }
}
