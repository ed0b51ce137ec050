package io.oversight.deployment;

/**
 * Bounds that keep a hostile file from exhausting time or memory. A deployment description
 * nests about eight levels deep; a file of 100,000 agents is about 95 MB. Its keys are words of
 * the format (the longest is about 25 characters) and its longest values are descriptions of a
 * few paragraphs, so a key past {@code maxKeyLength} or a value past {@code maxScalarLength}
 * characters is a mistake or an attack, refused before it costs more than reading it once.
 */
public record InputLimits(long maxFileBytes, int maxDepth, long maxAliasNodes, int maxKeyLength, int maxScalarLength) {

    public static final int KEY_LENGTH = 256;
    public static final int SCALAR_LENGTH = 64 * 1024;

    public static final InputLimits DEFAULT = new InputLimits(128L * 1024 * 1024, 64, 1_000_000);

    /** Limits with the usual bounds on the length of keys and values. */
    public InputLimits(long maxFileBytes, int maxDepth, long maxAliasNodes) {
        this(maxFileBytes, maxDepth, maxAliasNodes, KEY_LENGTH, SCALAR_LENGTH);
    }
}
