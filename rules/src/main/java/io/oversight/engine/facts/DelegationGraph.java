package io.oversight.engine.facts;

import io.oversight.deployment.model.Agent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The delegations of a session's agents ({@link Delegation#of}) as a graph, so that who reaches an agent is
 * found by one walk backwards from it instead of by a closure over every pair of agents (a chain of
 * n agents has n²/2 such pairs). The walk is iterative, so no input bounds its depth.
 *
 * <p>Each agent that reaches another is given the first hop a breadth-first closure over the
 * entries in file order finds: the first delegation that starts a shortest chain to
 * it. An agent reaches itself only by naming itself; going around a cycle back to itself does not
 * count. A session runs on one thread, so the walk's working arrays are reused from one call to the
 * next.
 */
public final class DelegationGraph {

    private static final int UNSEEN = -1;

    private final List<Agent> agents;
    private final Map<String, Integer> index;
    /** For each agent, the indexes of the agents its delegations name, in file order. */
    private final int[][] delegates;
    /** For each agent, where each of its delegations is written. */
    private final String[][] evidence;
    /** For each agent, the indexes of the agents whose delegations name it. */
    private final int[][] delegators;
    private final int[] distance;
    private final int[] queue;

    private DelegationGraph(List<Agent> agents) {
        this.agents = List.copyOf(agents);
        this.index = new HashMap<>();
        for (int i = 0; i < this.agents.size(); i++) {
            index.putIfAbsent(this.agents.get(i).id(), i);
        }
        int n = this.agents.size();
        this.delegates = new int[n][];
        this.evidence = new String[n][];
        int[] named = new int[n];
        for (int i = 0; i < n; i++) {
            List<Delegation> to = Delegation.of(this.agents.get(i));
            delegates[i] = new int[to.size()];
            evidence[i] = new String[to.size()];
            for (int k = 0; k < to.size(); k++) {
                evidence[i][k] = to.get(k).evidencePath();
                int j = index.getOrDefault(to.get(k).to(), UNSEEN);
                delegates[i][k] = j;
                if (j != UNSEEN) {
                    named[j]++;
                }
            }
        }
        this.delegators = new int[n][];
        for (int j = 0; j < n; j++) {
            delegators[j] = new int[named[j]];
        }
        Arrays.fill(named, 0);
        for (int i = 0; i < n; i++) {
            for (int j : delegates[i]) {
                if (j != UNSEEN) {
                    delegators[j][named[j]++] = i;
                }
            }
        }
        this.distance = new int[n];
        Arrays.fill(distance, UNSEEN);
        this.queue = new int[n];
    }

    public static DelegationGraph of(List<Agent> agents) {
        return new DelegationGraph(agents);
    }

    /** Every agent that can get {@code to} to act, each with its first hop; none when {@code to} is not an agent here. */
    public List<Reaches> reaching(String to) {
        Integer target = index.get(to);
        if (target == null) {
            return List.of();
        }
        int seen = walkBack(target);
        List<Reaches> reached = new ArrayList<>(seen);
        int self = firstEntry(target, k -> delegates[target][k] == target);
        if (self != UNSEEN) {
            reached.add(reaches(target, target, self));
        }
        for (int q = 1; q < seen; q++) {
            int from = queue[q];
            int hops = distance[from];
            reached.add(reaches(from, target, firstEntry(from, k -> delegates[from][k] != UNSEEN && distance[delegates[from][k]] == hops - 1)));
        }
        for (int q = 0; q < seen; q++) {
            distance[queue[q]] = UNSEEN;
        }
        return reached;
    }

    /** Breadth-first from {@code target} against the entries: fills {@code distance} and {@code queue}, returns how many agents it saw. */
    private int walkBack(int target) {
        queue[0] = target;
        distance[target] = 0;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int agent = queue[head++];
            for (int from : delegators[agent]) {
                if (distance[from] == UNSEEN) {
                    distance[from] = distance[agent] + 1;
                    queue[tail++] = from;
                }
            }
        }
        return tail;
    }

    private int firstEntry(int agent, IntPredicate test) {
        for (int k = 0; k < delegates[agent].length; k++) {
            if (test.test(k)) {
                return k;
            }
        }
        return UNSEEN;
    }

    private Reaches reaches(int from, int to, int entry) {
        Agent agent = agents.get(from);
        return new Reaches(agent.id(), agents.get(to).id(), evidence[from][entry]);
    }
}
