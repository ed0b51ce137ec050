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
 * @param foreign whether the object is another tool's (an IAM policy, a Kubernetes manifest), whose
 *                empty texts mean something (the core API group is ""); in Oversight's own format
 *                an empty text is refused
 */
public record Shape(String name, List<String> keys, Set<String> required, Set<String> known, boolean foreign) {

    /** An object of Oversight's own formats. */
    public static Shape of(String name, List<String> required, String... optional) {
        return shape(name, false, required, optional);
    }

    /** An object of another tool's format, read as that tool reads it. */
    static Shape foreign(String name, List<String> required, String... optional) {
        return shape(name, true, required, optional);
    }

    private static Shape shape(String name, boolean foreign, List<String> required, String... optional) {
        List<String> keys = new java.util.ArrayList<>(required);
        keys.addAll(List.of(optional));
        return new Shape(name, List.copyOf(keys), Collections.unmodifiableSet(new LinkedHashSet<>(required)),
                Collections.unmodifiableSet(new HashSet<>(keys)), foreign);
    }
}
