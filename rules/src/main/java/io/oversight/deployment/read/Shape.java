package io.oversight.deployment.read;

import java.util.List;
import java.util.Set;

/**
 * The keys one kind of object may hold, in the order the format lists them. The JSON Schema
 * shipped with the format declares the same keys; a test keeps the two in step.
 */
public record Shape(String name, List<String> keys, Set<String> required, Set<String> known, List<String> requiredInOrder) {

    public static Shape of(String name, List<String> required, String... optional) {
        List<String> keys = new java.util.ArrayList<>(required);
        keys.addAll(List.of(optional));
        // A hash set: every key of every mapping of a large file is looked up here.
        return new Shape(name, List.copyOf(keys), Set.copyOf(required), new java.util.HashSet<>(keys), List.copyOf(required));
    }
}
