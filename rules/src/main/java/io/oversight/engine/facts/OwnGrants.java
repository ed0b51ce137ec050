package io.oversight.engine.facts;

import java.util.List;

/**
 * The grants of an agent's own permission entries, made with its facts; the derive rules add those
 * it borrows or reaches through a role ({@link HeldGrants}).
 */
public record OwnGrants(String agentId, List<Grant> grants) {

    public OwnGrants {
        grants = List.copyOf(grants);
    }
}
