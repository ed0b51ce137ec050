package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.Framework;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which part of the catalog an assessment covers: everything, or the controls mapped to one
 * framework (whose clauses are then the only ones reported).
 */
public record Scope(String framework, Set<String> controls) {

    public static final Scope ALL = new Scope(null, null);

    public static Scope framework(Catalog catalog, String frameworkId) {
        Framework framework = catalog.framework(frameworkId)
                .orElseThrow(() -> new IllegalArgumentException("unknown framework " + frameworkId));
        Set<String> controls = catalog.controls().stream()
                .filter(c -> c.references().stream().anyMatch(r -> r.framework().equals(framework.id())))
                .map(c -> c.id())
                .collect(Collectors.toUnmodifiableSet());
        return new Scope(framework.id(), controls);
    }

    public boolean includes(String control) {
        return controls == null || controls.contains(control);
    }

    public boolean includesFramework(String frameworkId) {
        return framework == null || framework.equals(frameworkId);
    }
}
