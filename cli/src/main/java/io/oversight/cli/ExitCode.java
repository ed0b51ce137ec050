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

    private ExitCode() {
    }
}
