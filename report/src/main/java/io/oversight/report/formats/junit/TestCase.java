package io.oversight.report.formats.junit;

/**
 * One test case of the report: a control checked against one subject. {@code message} is the
 * failure or skip message, {@code type} the failure's severity and {@code details} the failure's
 * body (evidence and fix); all three are null for a passed case.
 */
record TestCase(String className, String name, Outcome outcome, String message, String type, String details) {

    enum Outcome {
        PASSED, FAILED, SKIPPED
    }

    static TestCase passed(String className, String name) {
        return new TestCase(className, name, Outcome.PASSED, null, null, null);
    }

    static TestCase skipped(String className, String name, String message) {
        return new TestCase(className, name, Outcome.SKIPPED, message, null, null);
    }

    static TestCase failed(String className, String name, String message, String type, String details) {
        return new TestCase(className, name, Outcome.FAILED, message, type, details);
    }
}
