package io.oversight.engine.facts;

import io.oversight.access.RightDescription;
import io.oversight.deployment.model.Agent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The agents whose identities name one principal, made once per principal that two or more name:
 * PM-01 tells each of them who else acts with its credentials. An accumulate over every other
 * identity per agent had grown as the square of a fleet of copies on one principal.
 */
public record PrincipalUsers(String principalKey, List<String> agentIds) {

    public PrincipalUsers {
        agentIds = List.copyOf(agentIds);
    }

    /** One per principal that two or more of {@code agents} name, their ids sorted. */
    public static List<PrincipalUsers> of(List<Agent> agents) {
        Map<String, TreeSet<String>> users = new TreeMap<>();
        for (Agent agent : agents) {
            if (agent.identity() != null && agent.identity().principalKey() != null) {
                users.computeIfAbsent(agent.identity().principalKey(), k -> new TreeSet<>()).add(agent.id());
            }
        }
        List<PrincipalUsers> shared = new ArrayList<>();
        users.forEach((principal, ids) -> {
            if (ids.size() > 1) {
                shared.add(new PrincipalUsers(principal, new ArrayList<>(ids)));
            }
        });
        return shared;
    }

    /** How many agents other than {@code agent} name the principal. */
    public int othersThan(String agent) {
        return agentIds.size() - (Collections.binarySearch(agentIds, agent) >= 0 ? 1 : 0); // sorted, and asked once per user
    }

    /** The others, quoted and sorted, the first few named and the rest counted, as {@link RightDescription#bounded} words it. */
    public String othersNamed(String agent) {
        List<String> quoted = new ArrayList<>();
        for (String id : agentIds) {
            if (quoted.size() == RightDescription.SHOWN) {
                break;
            }
            if (!id.equals(agent)) {
                quoted.add("'" + id + "'");
            }
        }
        return RightDescription.named(quoted, othersThan(agent));
    }
}
