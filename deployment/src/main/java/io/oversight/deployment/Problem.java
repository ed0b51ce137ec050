package io.oversight.deployment;

/**
 * One thing wrong with an input file, located so the user can jump to it. A null position
 * means the problem concerns the file as a whole (it is missing, a directory, too large). The
 * message goes through the secret masker: it often quotes a value, and CI job logs are outputs too.
 */
public record Problem(String file, Position position, String message) implements Comparable<Problem> {

    public Problem {
        message = SecretMasker.mask(message);
    }

    public static Problem ofFile(String file, String message) {
        return new Problem(file, null, message);
    }

    /** The conventional compiler-style form, {@code file:line:column: message}. */
    public String format() {
        return position == null ? file + ": " + message
                : file + ":" + position.line() + ":" + position.column() + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        if (position == null || other.position == null) {
            return position == null ? (other.position == null ? 0 : -1) : 1;
        }
        return position.compareTo(other.position);
    }
}
