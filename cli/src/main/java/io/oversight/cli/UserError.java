package io.oversight.cli;

/** Something the user can fix (an unwritable output path, say): one line, exit code 2, no stack trace. */
final class UserError extends Exception {

    UserError(String message) {
        super(message);
    }
}
