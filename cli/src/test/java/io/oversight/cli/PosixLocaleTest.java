package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} under the C locale (containers, cron), where Java decodes file names as ASCII:
 * a name it cannot decode is the user's to fix by the locale, not an internal error. On Linux, whose
 * Java takes the locale's character set; macOS's always reads UTF-8.
 */
@EnabledOnOs(OS.LINUX)
class PosixLocaleTest {

    private static final String UNDECODED = "team \uFFFD\uFFFD/prod \uFFFD\uFFFD.yaml";
    private static final String ADVICE = "Java reads file names in the locale's character set (ANSI_X3.4-1968), which cannot represent it;"
            + " run under a UTF-8 locale, such as LC_ALL=C.UTF-8\n";

    private record Run(int exit, String err) {
    }

    @Test
    void aNameTheLocaleCannotDecodeIsAClearErrorInAFolderAndAsAnArgument(@TempDir Path dir) throws Exception {
        Path team = Files.createDirectories(dir.resolve("uni").resolve("team é"));
        Files.copy(Cli.sample("kiro-remediated.yaml"), team.resolve("prod ø.yaml"));

        Run folder = inCLocale(dir, "check", "uni", "-q");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("oversight: cannot check the deployments in uni: the name '" + UNDECODED
                + "' is not text in this locale: " + ADVICE);

        Run named = inCLocale(dir, "check", "uni/team é/prod ø.yaml", "-q");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).isEqualTo("oversight: 'uni/" + UNDECODED + "' cannot be read as a file name: " + ADVICE);
    }

    /** Runs the CLI in a JVM of its own, as {@code java -jar} would, with LC_ALL=C and no other locale variable. */
    private static Run inCLocale(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), err);
    }
}
