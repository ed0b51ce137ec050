package io.oversight.check;

/** The request scopes the check to a framework the catalog does not have: a usage error rather than bad input. */
public final class UnknownFrameworkException extends CheckException {

    UnknownFrameworkException(String message) {
        super(message);
    }
}
