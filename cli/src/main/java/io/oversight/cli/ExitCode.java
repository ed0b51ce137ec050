package io.oversight.cli;

/** The exit codes the README lists under "Exit codes". */
public final class ExitCode {

    /** No unwaived finding at or above --fail-on. */
    public static final int PASS = 0;
    /** Unwaived findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** A usage error or an invalid input file. */
    public static final int INVALID = 2;
    /** A defect of Oversight itself. */
    public static final int INTERNAL = 3;

    // The "Exit codes" list of each command's help and man page, as picocli reads it: "code:meaning".
    static final String HEADING = "%nExit codes:%n";
    static final String LIST_PASS = "0:no unwaived finding at or above --fail-on";
    static final String LIST_FINDINGS = "1:unwaived findings at or above --fail-on";
    static final String LIST_DONE = "0:done";
    static final String LIST_INVALID = "2:usage error, an invalid input file (every problem is listed; nothing is checked), or a report that cannot be written";
    /** For the commands that read no file of the user's. */
    static final String LIST_USAGE = "2:usage error";
    static final String LIST_INTERNAL = "3:internal error (one line on standard error; --verbose adds the stack trace where offered)";

    private ExitCode() {
    }
}
