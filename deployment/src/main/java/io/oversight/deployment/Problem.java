package io.oversight.deployment;

/**
 * One thing wrong with an input file, located so the user can jump to it. A null position
 * means the problem concerns the file as a whole (it is missing, a directory, too large). The
 * message goes through the secret masker and is kept to one line: it often quotes a value, and CI
 * job logs are outputs too.
 * {@code quotesInput} marks a parser's syntax error, whose words quote the text it stumbled on.
 */
public record Problem(String file, Position position, String message, boolean quotesInput) implements Comparable<Problem> {

    public Problem {
        // A file named on the command line may be a URL with a password in it, printed normalised (https:/user:...).
        file = file == null ? null : SecretMasker.mask(file);
        message = OneLine.of(SecretMasker.mask(message));
    }

    /** A problem in Oversight's own words, which quote only what they mean to. */
    public Problem(String file, Position position, String message) {
        this(file, position, message, false);
    }

    public static Problem ofFile(String file, String message) {
        return new Problem(file, null, message);
    }

    /** A parser's syntax error: its message quotes the text the parser stumbled on. */
    public static Problem syntax(String file, Position position, String message) {
        return new Problem(file, position, message, true);
    }

    /**
     * This problem as told about a file named where another kind was expected ({@code description},
     * written in {@code language}): a syntax error keeps its place but not the parser's words, since
     * the path may name another file by mistake, such as one of secrets. Oversight's own refusals (a
     * limit, a tag, an alias) stand as they are.
     */
    public Problem unquoted(String language, String description) {
        return quotesInput ? new Problem(file, position, "not valid " + language + ", so not " + description + SecretMasker.NOT_QUOTED) : this;
    }

    /** The conventional compiler-style form, {@code file:line:column: message}. */
    public String format() {
        return OneLine.safe(position == null ? file + ": " + message
                : file + ":" + position.line() + ":" + position.column() + ": " + message);
    }

    @Override
    public int compareTo(Problem other) {
        if (position == null || other.position == null) {
            return position == null ? (other.position == null ? 0 : -1) : 1;
        }
        return position.compareTo(other.position);
    }
}
