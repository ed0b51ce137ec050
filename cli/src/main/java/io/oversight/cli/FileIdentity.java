package io.oversight.cli;

import io.oversight.report.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a path names, whatever spelling or symbolic links name it: two arguments naming one
 * file are one deployment, and two reports written to one file are refused.
 */
final class FileIdentity {

    private FileIdentity() {
    }

    /**
     * The real path of an existing file; for one still to be written, its folder's real path and its
     * name, at the end of the links that lead to it (a link to a file not there yet names that file).
     */
    static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            Path end = AtomicFile.destination(path).normalize();
            Path folder = end.getParent();
            return folder != null && Files.isDirectory(folder) ? folder.toRealPath().resolve(end.getFileName()) : end;
        } catch (IOException e) {
            return absolute;
        }
    }
}
