package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.UseCase;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A use case an agent names that the catalog does not know, where it is written. The format keeps
 * such a word (a near miss of a known one is an error), but no rule reads it: a high-risk area it
 * names (hiring, credit scoring) is not seen by the risk controls, so every report shows it.
 */
public record UnknownUseCase(String useCase, String agentId, SourceMap.Location written) {

    /** How a report names it: {@code screener: hiring}. */
    public String named() {
        return agentId + ": " + useCase;
    }

    /** The unknown use cases of every agent, in the order the file writes them. */
    static List<UnknownUseCase> in(DeploymentFile input, Catalog catalog) {
        Set<String> known = catalog.useCases().stream().map(UseCase::id).collect(Collectors.toSet());
        List<UnknownUseCase> unknown = new ArrayList<>();
        for (Agent agent : input.deployment().agents()) {
            List<String> useCases = agent.useCases();
            for (int i = 0; i < useCases.size(); i++) {
                if (!known.contains(useCases.get(i))) {
                    unknown.add(new UnknownUseCase(useCases.get(i), agent.id(), input.sources().resolve(agent.path() + "/useCases/" + i)));
                }
            }
        }
        return unknown;
    }
}
