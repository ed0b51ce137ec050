package io.oversight.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers only ever see the old content or the complete new content: the
 * bytes go to a temporary file beside the target, which is renamed over it only once complete
 * ({@link #write}), or once every report of the run is complete ({@link #stage}).
 * The temporary file is deleted when the write fails or the JVM is stopped ({@link InFlightFiles});
 * one left by a killed run is deleted by the next write of the same target once it is
 * {@link #STALE_AFTER} old.
 *
 * <p>Only an ordinary file is replaced that way. A symbolic link is followed, so the file it names
 * gets the report and the link stays; a pipe, a device or a terminal ({@code -o /dev/stdout}, a
 * named pipe, a process substitution) is written to as it is, since a rename would put a plain
 * file in its place.
 */
public final class AtomicFile {

    /** Produces the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Older than any write takes, so that a temporary file this old belongs to no running write. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private static final String MARK = ".oversight-";
    private static final String SUFFIX = ".tmp";

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        stage(target, content).commit();
    }

    /**
     * A report written beside its target and not yet in its place: {@link #commit} renames it over
     * the target, {@link #discard} deletes it. A run that writes several reports stages them all
     * first, so that one it cannot write leaves every earlier report as it was.
     */
    public static final class Staged {
        private final Path temp;
        private final Path target;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Puts the report in its place; nothing for one written where it goes (a pipe, a device, a descriptor). */
        public void commit() throws IOException {
            if (temp == null) {
                return;
            }
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                discard();
            }
        }

        /**
         * Refuses what would stop {@link #commit} once the run's reports are written: a folder now
         * in the target's place, or another user's file in a folder where only a file's owner may
         * replace it (the sticky bit of /tmp). Asked of every report before the first is put in
         * place, so that the set is replaced whole or not at all.
         */
        public void checkReplaceable() throws IOException {
            if (temp == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is a directory");
            }
            try {
                Path folder = target.getParent();
                boolean sticky = ((Integer) Files.getAttribute(folder, "unix:mode") & STICKY) != 0;
                int me = (Integer) Files.getAttribute(temp, "unix:uid", LinkOption.NOFOLLOW_LINKS);
                if (sticky && me != 0 && me != (Integer) Files.getAttribute(target, "unix:uid", LinkOption.NOFOLLOW_LINKS)
                        && me != (Integer) Files.getAttribute(folder, "unix:uid")) {
                    throw new AccessDeniedException(target.toString(), null,
                            "another user's file, in a folder where only its owner may replace it");
                }
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // No unix attributes (Windows): the rename says what is wrong.
            }
        }

        /** Deletes the report if it is still beside its target; the target stays as it was. */
        public void discard() throws IOException {
            if (temp != null) {
                Files.deleteIfExists(temp);
                InFlightFiles.remove(temp);
            }
        }
    }

    /**
     * Writes the content beside {@code target}, to be put in its place by {@link Staged#commit}. A
     * pipe, a device or a descriptor cannot be replaced, so it is written to at once.
     */
    public static Staged stage(Path target, Content content) throws IOException {
        Path absolute = linkedFile(target.toAbsolutePath());
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        if (isDescriptor(absolute) || Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A descriptor the shell opened (> or >>) is appended to, so that a redirected log keeps what it held.
            try (OutputStream out = isDescriptor(absolute) ? Files.newOutputStream(absolute, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            return new Staged(null, absolute);
        }
        Path dir = absolute.getParent();
        removeStale(dir, absolute.getFileName().toString());
        // CREATE_NEW rather than createTempFile: the report gets the user's usual permissions
        // (umask), not the owner-only ones of a temporary file.
        Path temp = dir.resolve(temporaryName(absolute.getFileName().toString()));
        InFlightFiles.add(temp);
        Staged staged = new Staged(temp, absolute);
        try {
            createLike(temp, absolute);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        } catch (IOException | RuntimeException | Error e) {
            staged.discard();
            throw e;
        }
        return staged;
    }

    /** The sticky bit of a folder's mode. */
    private static final int STICKY = 01000;

    /**
     * Creates {@code temp} empty, with the permissions of the report it will replace, set before a
     * byte is written: a report its owner had made private (chmod 600) came back readable by everyone
     * under the umask's mode (report review). A new report takes the umask's.
     */
    private static void createLike(Path temp, Path target) throws IOException {
        Set<PosixFilePermission> mode = null;
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                mode = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (UnsupportedOperationException e) {
            // No POSIX permissions (Windows): the folder's own rules decide.
        }
        if (mode == null) {
            Files.createFile(temp);
            return;
        }
        // Created no wider than the old report (the umask may narrow it further), then set to exactly its mode.
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(mode));
        Files.setPosixFilePermissions(temp, mode);
    }

    /**
     * The file a write to {@code path} replaces: the end of its chain of symbolic links, whether or
     * not a file is there yet, so that two names of one file to be written are known as one.
     */
    public static Path destination(Path path) throws IOException {
        return linkedFile(path.toAbsolutePath());
    }

    /** Symbolic links a path may pass through before it is taken for a loop, as Linux allows. */
    private static final int MAX_LINKS = 40;

    /**
     * The path a chain of symbolic links ends at, whether or not a file is there yet, each link read
     * from its folder's real path as the system reads it ({@code ..} after a linked folder leaves the
     * folder it links to). A descriptor path is left as it is: {@code /dev/stdout} leads to whatever
     * the shell opened, not to a file one could replace.
     */
    private static Path linkedFile(Path path) throws IOException {
        Path at = path;
        for (int i = 0; i < MAX_LINKS && !isDescriptor(at) && Files.isSymbolicLink(at); i++) {
            at = at.getParent().toRealPath().resolve(Files.readSymbolicLink(at));
        }
        if (!isDescriptor(at) && Files.isSymbolicLink(at)) {
            throw new IOException(path + " leads through more than " + MAX_LINKS + " symbolic links");
        }
        return at;
    }

    /** {@code /dev/stdout}, {@code /dev/fd/3}, {@code /proc/self/fd/1}: a descriptor of this process, not a file's name. */
    private static boolean isDescriptor(Path path) {
        return path.equals(Path.of("/dev/stdout")) || path.equals(Path.of("/dev/stderr")) || path.startsWith("/dev/fd")
                || path.startsWith("/proc") && path.toString().contains("/fd/");
    }

    /** {@code .prod.sarif.oversight-<hex>.tmp} for {@code prod.sarif}: hidden, and recognisably ours. */
    static String temporaryName(String target) {
        return temporaryPrefix(target) + Long.toHexString(System.nanoTime()) + SUFFIX;
    }

    /** A file name's longest in bytes on the usual file systems (ext4, XFS, APFS, NTFS in UTF-16 units aside). */
    private static final int LONGEST_NAME = 255;

    /**
     * {@code .prod.sarif.oversight-}: the target's name shortened, where it must be, so that the
     * temporary name stays within {@link #LONGEST_NAME} bytes (a report named in 240 bytes was
     * refused as too long, though its own name fits).
     */
    private static String temporaryPrefix(String target) {
        // The leading dot, the mark, a nanoTime's hexadecimal digits at most, and the suffix.
        int room = LONGEST_NAME - 1 - MARK.length() - Long.BYTES * 2 - SUFFIX.length();
        if (target.getBytes(StandardCharsets.UTF_8).length <= room) {
            return "." + target + MARK;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < target.length(); i = target.offsetByCodePoints(i, 1)) {
            String point = new String(Character.toChars(target.codePointAt(i)));
            bytes += point.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > room) {
                break;
            }
            kept.append(point);
        }
        return "." + kept + MARK;
    }

    /** Deletes the temporary files of {@code target} that killed runs left in {@code dir}; the write goes on without them. */
    private static void removeStale(Path dir, String target) {
        String prefix = temporaryPrefix(target);
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "[0-9a-f]+" + Pattern.quote(SUFFIX));
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, globEscaped(prefix) + "*" + SUFFIX)) {
            for (Path temp : temps) {
                if (ours.matcher(temp.getFileName().toString()).matches() && Files.isRegularFile(temp)
                        && Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // A stale file that cannot be listed or deleted only wastes space; the write itself reports real problems.
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("[\\\\*?\\[\\]{}]", "\\\\$0");
    }
}
