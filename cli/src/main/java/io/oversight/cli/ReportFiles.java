package io.oversight.cli;

import io.oversight.report.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a check writes its reports: atomically, never over a file the check reads, and with every
 * failure of the file system a one-line {@link UserError} (exit 2: the output named cannot be
 * written), never an internal error.
 */
final class ReportFiles {

    /** The files the check reads, by real path, with what each is to the check. */
    private final Map<Path, String> inputs = new HashMap<>();

    /** Marks {@code file} as one the check reads, described as {@code role} ("the deployment", say); a file that does not exist is no input. */
    void protect(Path file, String role) {
        try {
            inputs.putIfAbsent(file.toRealPath(), role + " " + file);
        } catch (IOException e) {
            // Not there (or not reachable): no report can replace it.
        }
    }

    /** Refuses {@code target} (given as {@code option}) when it is a file the check reads. */
    void refuseInput(Path target, String option) throws UserError {
        if (target == null || !Files.exists(target)) {
            return;
        }
        String input;
        try {
            input = inputs.get(target.toRealPath());
        } catch (IOException e) {
            return; // the write reports what is wrong with it
        }
        if (input != null) {
            throw new UserError(option + " " + target + " is " + input + ", which this check reads; write the report elsewhere");
        }
    }

    /**
     * Writes {@code target}; with {@code makeFolders}, the folders it lies in are made first (inside
     * an output directory). A renderer's own failure, an IOException caused by something else, is
     * not the file system's and stays an internal error.
     */
    void write(Path target, String option, boolean makeFolders, AtomicFile.Content content) throws UserError, IOException {
        refuseInput(target, option);
        Path parent = target.toAbsolutePath().getParent();
        try {
            if (makeFolders) {
                Files.createDirectories(parent);
            } else if (!Files.isDirectory(parent)) {
                throw new UserError("cannot write " + target + ": the directory " + parent + " does not exist");
            }
            AtomicFile.write(target, content);
        } catch (IOException e) {
            if (e.getCause() != null && !(e.getCause() instanceof IOException)) {
                throw e;
            }
            throw new UserError("cannot write " + target + ": " + IoReasons.of(e));
        }
    }
}
