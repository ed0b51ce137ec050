package io.oversight.catalog;

/** An organization's catalog extension is malformed or clashes with the built-in catalog: the user's to fix. */
public final class InvalidExtensionException extends Exception {

    public InvalidExtensionException(String message) {
        super(message);
    }
}
