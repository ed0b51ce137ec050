package io.oversight.catalog;

/** The catalog data is malformed or inconsistent: a defect of the build, not of the user's input. */
public final class CatalogException extends RuntimeException {

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogException(String message) {
        super(message);
    }
}
