package io.oversight.deployment.yaml;

/**
 * An item of a {@link SplitDocument} could not be read on its own (it leaves the plain YAML the
 * fast reader handles, or it is not valid JSON): the document must be read again whole, by the
 * parser that words every error. Thrown without a stack trace.
 */
public final class NotSplittable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final NotSplittable INSTANCE = new NotSplittable();

    private NotSplittable() {
        super("an item cannot be read on its own", null, false, false);
    }
}
