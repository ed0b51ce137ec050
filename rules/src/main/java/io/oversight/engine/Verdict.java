package io.oversight.engine;

/** PASS when no unwaived finding is at or above the fail-on severity. */
public enum Verdict {
    PASS, FAIL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
