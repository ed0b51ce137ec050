package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the real-shaped runtime configurations under src/test/resources/runtime. */
final class Fixtures {

    private static final RuntimeReaders READERS = new RuntimeReaders(InputLimits.DEFAULT);

    private Fixtures() {
    }

    static List<RuntimeConfiguration> read(RuntimeKind kind, String name) throws InvalidInputException {
        return READERS.read(kind, "runtime/" + name, text(name));
    }

    /** What reading {@code text} as {@code file} gives. */
    static List<RuntimeConfiguration> readText(RuntimeKind kind, String file, String text) throws InvalidInputException {
        return READERS.read(kind, file, text);
    }

    /** The problems reading {@code name} reports, formatted as file:line:column: message. */
    static List<String> problems(RuntimeKind kind, String name) {
        return problemsOf(kind, "runtime/" + name, text(name));
    }

    /** The problems reading {@code text} as {@code file} reports. */
    static List<String> problemsOf(RuntimeKind kind, String file, String text) {
        try {
            READERS.read(kind, file, text);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError(file + " was read without a problem");
    }

    static Position at(int line, int column) {
        return new Position(line, column);
    }

    static <T> Located<T> located(T value, int line, int column) {
        return new Located<>(value, at(line, column));
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/runtime/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
