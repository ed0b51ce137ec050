package io.oversight.deployment;

/**
 * Bounds that keep a hostile file from exhausting time or memory. A deployment description
 * nests about eight levels deep; a file of 100,000 agents is about 95 MB. Its keys are words of
 * the format (the longest is about 25 characters) and its longest values are descriptions of a
 * few paragraphs, so a key past {@code maxKeyLength} or a value past {@code maxScalarLength}
 * characters is a mistake or an attack, refused before it costs more than reading it once.
 *
 * <p>{@code maxAgents} is checked before any agent is bound, and {@code maxFindings} (over all
 * deployments of a run) before any is reported: a file of small agents within the size limit
 * could hold millions. The defaults are twice what the benchmark's largest fleet needs (100,000
 * agents, and about 870,000 findings for its finding-heavy mix); the command line raises the file
 * size, agents and findings limits with {@code --max-input-mb}, {@code --max-agents} and
 * {@code --max-findings}.
 */
public record InputLimits(long maxFileBytes, int maxDepth, long maxAliasNodes, int maxKeyLength, int maxScalarLength, int maxAgents,
                          long maxFindings) {

    public static final int KEY_LENGTH = 256;
    public static final int SCALAR_LENGTH = 64 * 1024;
    public static final int AGENTS = 200_000;
    public static final long FINDINGS = 2_000_000;

    public static final InputLimits DEFAULT = new InputLimits(128L * 1024 * 1024, 64, 1_000_000);

    /** Limits with the usual bounds on the length of keys and values and on the numbers of agents and findings. */
    public InputLimits(long maxFileBytes, int maxDepth, long maxAliasNodes) {
        this(maxFileBytes, maxDepth, maxAliasNodes, KEY_LENGTH, SCALAR_LENGTH, AGENTS, FINDINGS);
    }

    public InputLimits withMaxFileBytes(long bytes) {
        return new InputLimits(bytes, maxDepth, maxAliasNodes, maxKeyLength, maxScalarLength, maxAgents, maxFindings);
    }

    public InputLimits withMaxAgents(int agents) {
        return new InputLimits(maxFileBytes, maxDepth, maxAliasNodes, maxKeyLength, maxScalarLength, agents, maxFindings);
    }

    public InputLimits withMaxFindings(long findings) {
        return new InputLimits(maxFileBytes, maxDepth, maxAliasNodes, maxKeyLength, maxScalarLength, maxAgents, findings);
    }
}
