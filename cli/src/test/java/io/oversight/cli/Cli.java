package io.oversight.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process, as a user would from a shell, capturing both streams. */
record Cli(int exitCode, String out, String err) {

    /** The samples of this checkout (tests run in the module directory). */
    static Path sample(String name) {
        return Path.of("..", "samples", name);
    }

    /** A terminal wide enough that no line wraps, for tests of what the lines say. */
    static final Map<String, String> WIDE = Map.of("COLUMNS", "9999");

    /** In an empty environment: no colour, the default width, not in GitHub Actions, whatever the shell running the build says. */
    static Cli run(String... args) {
        return runIn(Map.of(), args);
    }

    static Cli runIn(Map<String, String> environment, String... args) {
        return run(InputStream.nullInputStream(), environment, args);
    }

    /** As {@link #run}, with {@code in} for standard input. */
    static Cli runWithStdin(InputStream in, String... args) {
        return run(in, Map.of(), args);
    }

    /** As {@link #runWithStdin}, in {@code environment}. */
    static Cli runWithStdin(InputStream in, Map<String, String> environment, String... args) {
        return run(in, environment, args);
    }

    private static Cli run(InputStream in, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), environment, args);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
