package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check - < prod.yaml -o /dev/stdin}: standard input is then the deployment file, and the
 * report was appended to it. Run in a JVM of its own, whose standard input is the file.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class StandardInputFileTest {

    @Test
    void aReportIsNeverWrittenToTheFileOnStandardInput(@TempDir Path dir) throws Exception {
        Path deployment = dir.resolve("prod.yaml");
        Files.copy(Cli.sample("kiro-remediated.yaml"), deployment);
        byte[] before = Files.readAllBytes(deployment);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "check", "-", "-q", "-o", "/dev/stdin");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(deployment.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err).isEqualTo("oversight: --output /dev/stdin is the file on standard input, the deployment, an input of this check;"
                + " write the report elsewhere\n");
        assertThat(Files.readAllBytes(deployment)).isEqualTo(before);
    }
}
