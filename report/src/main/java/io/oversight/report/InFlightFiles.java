package io.oversight.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files {@link AtomicFile} is writing right now. A run ended by SIGTERM or Ctrl-C
 * still runs the JVM's shutdown hooks, and the one registered here deletes them, so a stopped run
 * leaves neither a half-written report nor its temporary file behind.
 */
final class InFlightFiles {

    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static final Thread HOOK = new Thread(InFlightFiles::deleteAll, "oversight-temporary-files");

    static {
        Runtime.getRuntime().addShutdownHook(HOOK);
    }

    private InFlightFiles() {
    }

    static void add(Path temp) {
        WRITING.add(temp);
    }

    static void remove(Path temp) {
        WRITING.remove(temp);
    }

    /** The temporary files being written, for tests of the bookkeeping. */
    static List<Path> current() {
        return List.copyOf(WRITING);
    }

    /** What the shutdown hook does: deletes every temporary file still being written. */
    static void deleteAll() {
        for (Path temp : List.copyOf(WRITING)) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The JVM is stopping: a file that cannot be deleted now is removed as stale by the next write of its target.
            }
            WRITING.remove(temp);
        }
    }
}
