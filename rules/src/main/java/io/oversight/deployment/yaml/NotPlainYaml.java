package io.oversight.deployment.yaml;

/**
 * An item of a {@link SplitDocument} left the plain YAML that the fast reader handles: the whole
 * document must then be read again, by SnakeYAML. Thrown without a stack trace.
 */
public final class NotPlainYaml extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final NotPlainYaml INSTANCE = new NotPlainYaml();

    private NotPlainYaml() {
        super("the document is not plain YAML", null, false, false);
    }
}
