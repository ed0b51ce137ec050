package io.oversight.deployment.yaml;

/**
 * Bounds that keep a hostile file from exhausting time or memory. A deployment description
 * nests about eight levels deep; a file of 100,000 agents is about 95 MB.
 */
public record InputLimits(long maxFileBytes, int maxDepth, long maxAliasNodes) {

    public static final InputLimits DEFAULT = new InputLimits(128L * 1024 * 1024, 64, 1_000_000);
}
