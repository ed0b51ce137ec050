package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;

/** A node of a parsed YAML document that remembers where it was written. */
public sealed interface YNode permits YMap, YList, YScalar {

    Position position();

    /** What a user would call this node in a message: "a mapping", "a list", "the string 'x'". */
    String describe();

    /**
     * What kind of node this is, quoting nothing of it: "a mapping", "a list", "a text", "a number",
     * "empty". A mapping or a list is described by its kind already; a scalar says less than it would.
     */
    default String kind() {
        return describe();
    }
}
