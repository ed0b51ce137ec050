package io.oversight.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the CLI in-process, as a user would from a shell, capturing both streams. */
record Cli(int exitCode, String out, String err) {

    /** The samples of this checkout (tests run in the module directory). */
    static Path sample(String name) {
        return Path.of("..", "samples", name);
    }

    static Cli run(String... args) {
        return runWithStdin(InputStream.nullInputStream(), args);
    }

    /** As {@link #run}, with {@code in} for standard input. */
    static Cli runWithStdin(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
