package io.oversight.cli;

import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.IoReasons;
import io.oversight.deployment.read.DeploymentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** A deployment given as {@code -}: read from standard input, and cited as {@link #NAME}. */
final class StandardInput {

    /** How messages and reports cite a deployment read from standard input. */
    static final String NAME = "<stdin>";

    private StandardInput() {
    }

    static boolean names(Path file) {
        return file.toString().equals(Inputs.STDIN);
    }

    /** {@code file} read by {@code reader}, or standard input when {@code file} is {@code -}. */
    static DeploymentFile read(DeploymentReader reader, Path file, InputStream stdin) throws InvalidInputException, UserError {
        return names(file) ? reader.read(NAME, bytes(stdin, InputLimits.DEFAULT)) : reader.read(file);
    }

    /** Standard input up to one byte past the limit, so that the reader refuses a larger deployment as it would a file. */
    static byte[] bytes(InputStream stdin, InputLimits limits) throws UserError {
        try {
            return stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new UserError("cannot read standard input: " + IoReasons.of(e));
        }
    }
}
