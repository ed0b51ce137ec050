package io.oversight.cli;

import io.oversight.deployment.IoReasons;
import io.oversight.report.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a check writes its reports: atomically, never over a file the check reads nor over a
 * read-only file, and with every failure of the file system a one-line {@link UserError} (exit 2:
 * the output named cannot be written), never an internal error.
 */
final class ReportFiles {

    /** A file the run writes, as the user named it, with the option that names it and who writes it. */
    private record Target(Path file, String option, String writer) {
    }

    private static final Set<PosixFilePermission> WRITE_BITS =
            EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    /** The files the check reads, by {@link FileIdentity}, each described as a refusal names it. */
    private final Map<Path, String> inputs = new HashMap<>();
    /** The files the run writes, by {@link FileIdentity}, in the order they were claimed. */
    private final Map<Path, Target> claimed = new LinkedHashMap<>();

    /** Marks {@code file} as one the check reads, described as {@code what} ("the deployment prod.yaml", say); a file that does not exist is no input. */
    void protect(Path file, String what) {
        if (Files.exists(file)) {
            inputs.putIfAbsent(FileIdentity.of(file), what);
        }
    }

    /**
     * Records that {@code writer} writes {@code target}, named by {@code option}; two writers of one
     * file are refused before anything is written.
     */
    void claim(Path target, String option, String writer) throws UserError {
        Path file = FileIdentity.of(target);
        Target earlier = claimed.putIfAbsent(file, new Target(target, option, writer));
        if (earlier != null) {
            throw new UserError(earlier.writer() + " and " + writer + " would both be written to " + target + "; give each a file of its own");
        }
        // A report's file cannot also be the folder of another: the second write would fail after the first had replaced its file.
        Target mine = claimed.get(file);
        for (Map.Entry<Path, Target> other : claimed.entrySet()) {
            if (other.getKey().equals(file)) {
                continue;
            }
            if (file.startsWith(other.getKey())) {
                throw inside(mine, other.getValue());
            }
            if (other.getKey().startsWith(file)) {
                throw inside(other.getValue(), mine);
            }
        }
    }

    private static UserError inside(Target inner, Target outer) {
        return new UserError(inner.writer() + " would be written to " + inner.file() + ", inside " + outer.file() + ", which is "
                + outer.writer() + "; give each a file of its own");
    }

    /**
     * Refuses the run when any file it writes is one the check reads, or read-only: before the
     * check, and again once the check has found the files the deployments import, but before
     * anything is written or printed, so that a refused run leaves no report behind.
     */
    void refuseClaimed() throws UserError {
        for (Target target : claimed.values()) {
            refuse(target.file(), target.option());
        }
    }

    private void refuse(Path target, String option) throws UserError {
        String input = inputs.get(FileIdentity.of(target));
        if (input != null) {
            throw new UserError(option + " " + target + " is " + input + ", an input of this check; write the report elsewhere");
        }
        if (readOnly(target)) {
            throw new UserError(option + " " + target + " is read-only; make it writable or write the report elsewhere");
        }
    }

    /**
     * A file this user may not write, or no one may: to root every file is writable, so its
     * permissions are asked too. The rename that replaces a report needs only the folder's leave,
     * and would put a writable file in its place. Only a regular file is replaced so; anything else
     * is written in place, where the system itself refuses.
     */
    private static boolean readOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !Files.isWritable(file) || Collections.disjoint(Files.getPosixFilePermissions(file), WRITE_BITS);
        } catch (UnsupportedOperationException e) {
            return false; // no POSIX permissions (Windows): Files.isWritable above read the read-only attribute
        } catch (IOException e) {
            return false; // permissions that cannot be read: the write says what is wrong
        }
    }

    /**
     * An output directory is often a folder of the checkout, where a pull request may commit links:
     * a report that a link in it (the report's own name, or a folder on its way) sends out of it
     * would replace a file elsewhere, so it is refused. A file named by -o or --pdf is the user's to
     * link, and followed.
     */
    private static void refuseOutside(Path target, String option, Path within) throws UserError, IOException {
        Path root = within.toRealPath();
        Path end = AtomicFile.destination(target).normalize();
        Path folder = end.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        // Where the report would land: through a link on its folder's way too, not the link's own path.
        Path lands = folder == null ? end : folder.toRealPath().resolve(folder.relativize(end));
        // Compared where both really are: an output directory that is itself a link (reports -> /mnt/ci/reports) holds its reports.
        if (!lands.startsWith(root)) {
            throw new UserError(option + ": " + target + " leads out of " + within + " through a symbolic link, to " + lands
                    + "; reports are written inside the output directory only: remove the link, or choose another directory");
        }
    }

    /** A report file named in a folder that does not exist cannot be written; null names none. */
    static void refuseMissingFolder(Path target) throws UserError {
        Path folder = target == null ? null : target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError("cannot write " + target + ": the directory " + folder + " does not exist");
        }
    }

    /**
     * Writes {@code target} beside it, put in its place by {@link #commit} with every other report
     * of the run; inside an output directory ({@code within}, else null), the folders it lies in are
     * made first, and a link there that leads out of it is refused. A renderer's own failure, an
     * IOException caused by something else, is not the file system's and stays an internal error.
     */
    void write(Path target, String option, Path within, AtomicFile.Content content) throws UserError, IOException {
        refuse(target, option);
        try {
            if (within != null) {
                refuseOutside(target, option, within);
                Files.createDirectories(target.toAbsolutePath().getParent());
            } else {
                refuseMissingFolder(target);
            }
            staged.add(new Staged(target, AtomicFile.stage(target, content)));
        } catch (IOException e) {
            throw unwritable(target, e);
        }
    }

    /** A report written and waiting for its place. */
    private record Staged(Path target, AtomicFile.Staged file) {
    }

    /** The reports written so far, in order, none yet in its place. */
    private final List<Staged> staged = new ArrayList<>();

    /** Reports of an earlier run that this run does not write again (its deployment is invalid now), removed with {@link #commit}. */
    private final List<Path> stale = new ArrayList<>();

    /** Removes {@code target}, if it is there, when the reports written are put in place: none of this run's is about it. */
    void removeWithCommit(Path target) {
        stale.add(target);
    }

    /**
     * Puts every report written in its place, together once all are whole: a run that fails on its
     * third report (a folder in its way, a full disk) leaves the earlier reports as they were, not a
     * set of two runs. A report of an earlier run that this one replaces with none is removed.
     */
    void commit() throws UserError, IOException {
        for (Staged report : staged) {
            try {
                report.file().checkReplaceable();
            } catch (IOException e) {
                throw unwritable(report.target(), e);
            }
        }
        for (Staged report : staged) {
            try {
                report.file().commit();
            } catch (IOException e) {
                throw unwritable(report.target(), e);
            }
        }
        staged.clear();
        for (Path target : stale) {
            try {
                if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(target);
                }
            } catch (IOException e) {
                throw unwritable(target, e);
            }
        }
        stale.clear();
    }

    /** Deletes the reports written but not put in place: the run failed before {@link #commit}. */
    void discard() {
        for (Staged report : staged) {
            try {
                report.file().discard();
            } catch (IOException e) {
                // A temporary file that cannot be deleted is one the next write of the same report removes once stale.
            }
        }
        staged.clear();
    }

    private static UserError unwritable(Path target, IOException e) throws IOException {
        if (e.getCause() != null && !(e.getCause() instanceof IOException)) {
            throw e;
        }
        return new UserError("cannot write " + target + ": " + IoReasons.of(e));
    }
}
