package io.oversight.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the built-in requirement rules report violations (the DRL global {@code violations}).
 * No rule matches a violation, so inserting one into working memory would only cost a fact handle
 * and a walk through the network: at 10,000 agents of a badly governed fleet, some 137,000 of them.
 * Organization rules may still {@code insert} theirs; the engine collects both.
 */
public final class Violations {

    /** The name under which the rules see this collector. */
    static final String GLOBAL = "violations";

    private final List<Violation> reported = new ArrayList<>();

    /** The engine's alone: an organization's rule that made one could only hand it to the session in place of the engine's. */
    Violations() {
    }

    public void add(Violation violation) {
        reported.add(violation);
    }

    public void addAll(List<Violation> violations) {
        reported.addAll(violations);
    }

    List<Violation> list() {
        return reported;
    }
}
