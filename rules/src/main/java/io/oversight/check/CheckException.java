package io.oversight.check;

/**
 * Something the user can fix that is not a problem inside a deployment: an organization catalog
 * that does not load, an unreadable baseline. Its message is one line, ready to show.
 */
public class CheckException extends Exception {

    public CheckException(String message) {
        super(message);
    }
}
