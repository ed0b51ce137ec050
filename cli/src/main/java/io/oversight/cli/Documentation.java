package io.oversight.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step: writes the bash/zsh completion script and the AsciiDoc man pages from the same
 * picocli model the command runs with, so neither can drift from the real options.
 *
 * <p>Usage: {@code Documentation TARGET_DIR} writes {@code completion/oversight} and {@code man-adoc/*.adoc}.
 */
public final class Documentation {

    private Documentation() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        CommandLine cli = Main.commandLine(InputStream.nullInputStream(), new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()),
                java.util.Map.of(), "");
        Path completion = target.resolve("completion");
        Files.createDirectories(completion);
        Files.writeString(completion.resolve("oversight"), AutoComplete.bash("oversight", cli), StandardCharsets.UTF_8);
        Path man = target.resolve("man-adoc");
        Files.createDirectories(man);
        int status = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, cli.getCommandSpec());
        if (status != 0) {
            throw new IOException("man page generation failed with status " + status);
        }
    }
}
