package io.oversight.deployment.read;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys one kind of object may hold, in the order the format lists them. The JSON Schema
 * shipped with the format declares the same keys; a test keeps the two in step.
 *
 * @param required the required keys, in the format's order (so missing ones are reported in it)
 * @param known every key, as a hash set: every key of every mapping of a large file is looked up here
 */
public record Shape(String name, List<String> keys, Set<String> required, Set<String> known) {

    public static Shape of(String name, List<String> required, String... optional) {
        List<String> keys = new java.util.ArrayList<>(required);
        keys.addAll(List.of(optional));
        return new Shape(name, List.copyOf(keys), Collections.unmodifiableSet(new LinkedHashSet<>(required)),
                Collections.unmodifiableSet(new HashSet<>(keys)));
    }
}
