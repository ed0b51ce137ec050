package io.oversight.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The controls Oversight checks, the frameworks they map to and the uses of AI those class. Immutable. */
public final class Catalog {

    private final String version;
    private final List<Family> families;
    private final Map<String, Control> controls;
    private final Map<String, Framework> frameworks;
    private final List<UseCase> useCases;

    public Catalog(String version, List<Family> families, List<Control> controls, List<Framework> frameworks, List<UseCase> useCases) {
        this.version = version;
        this.families = List.copyOf(families);
        this.useCases = List.copyOf(useCases);
        Map<String, Control> byId = new LinkedHashMap<>();
        controls.forEach(c -> byId.put(c.id(), c));
        this.controls = java.util.Collections.unmodifiableMap(byId);
        Map<String, Framework> fwById = new LinkedHashMap<>();
        frameworks.forEach(f -> fwById.put(f.id(), f));
        this.frameworks = java.util.Collections.unmodifiableMap(fwById);
    }

    public String version() {
        return version;
    }

    public List<Family> families() {
        return families;
    }

    public List<Control> controls() {
        return List.copyOf(controls.values());
    }

    public Set<String> controlIds() {
        return controls.keySet();
    }

    public Optional<Control> control(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** The uses of AI an agent's useCases may name, in the order {@code use-cases.yaml} lists them. */
    public List<UseCase> useCases() {
        return useCases;
    }
}
