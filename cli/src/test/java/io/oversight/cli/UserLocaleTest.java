package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are the same bytes in whatever language the user's system speaks. The CLI runs in a JVM
 * of its own, as from a shell, since the language is the process's: an Arabic one formats digits
 * as Arabic-Indic ones, which broke the text report's percentages and the PDF's cross-reference table.
 */
class UserLocaleTest {

    private static final List<String> REPORTS = List.of("agents.txt", "agents.json", "agents.pdf");

    @TempDir
    Path dir;

    @Test
    void reportsAreTheSameBytesInEveryLanguage() throws Exception {
        Path deployment = Files.copy(Cli.sample("kiro-incident.yaml"), dir.resolve("agents.yaml"));
        Path english = check(deployment, "en", "US");
        Path arabic = check(deployment, "ar", "EG");
        for (String report : REPORTS) {
            assertThat(Files.mismatch(arabic.resolve(report), english.resolve(report))).as("the first byte where %s differs", report).isEqualTo(-1L);
        }
        assertThat(Files.readString(arabic.resolve("agents.txt"))).contains("\n  EU AI Act                                      0% met   33% assessed  ");
        byte[] pdf = Files.readAllBytes(arabic.resolve("agents.pdf"));
        String end = new String(Arrays.copyOfRange(pdf, pdf.length - 32, pdf.length), StandardCharsets.ISO_8859_1);
        assertThat(end).as("the PDF's last bytes").matches("(?s).*\nstartxref\n[0-9]+\n%%EOF\n");
    }

    /** The reports of {@code deployment} in text, JSON and PDF, as a user with the language and country given gets them. */
    private Path check(Path deployment, String language, String country) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve(language));
        Path log = dir.resolve(language + ".log");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language, "-Duser.country=" + country, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", deployment.toString(), "--format", "text,json,pdf", "--output-dir", out.toString(), "--as-of", "2026-11-25")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // The build's own settings are not the user's: only the language differs between the runs.
        java.environment().keySet().removeIf(name -> name.startsWith("OVERSIGHT_") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
        int exitCode = java.start().waitFor();
        assertThat(exitCode).as("the exit code of a check in %s, which printed: %s", language, Files.readString(log)).isEqualTo(1);
        return out;
    }
}
