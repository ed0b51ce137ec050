package io.oversight.deployment;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Why a file operation failed, in the words of a one-line message: the system's reason, without the exception's class. */
public final class IoReasons {

    private IoReasons() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way: it is a file, not a directory";
        }
        // The system's own words: "Read-only file system", "No space left on device", "Disk quota exceeded".
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        return reason.length() > 1 && Character.isLowerCase(reason.charAt(1)) ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1) : reason;
    }

    /** The file a failure names and why, as a message ends: "PATH: permission denied"; the reason alone where it names none. */
    public static String about(IOException e) {
        return (e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "") + of(e);
    }
}
