package io.oversight.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The work packages of {@code work-packages.yaml}: which change closes which controls. A control
 * belongs to at most one package; one in none is left for the reader to treat on its own.
 */
public final class WorkPackages {

    private static final String RESOURCE = "oversight/catalog/work-packages.yaml";
    private static volatile WorkPackages builtIn;

    private final List<WorkPackage> packages;
    private final Map<String, WorkPackage> byControl = new HashMap<>();

    private record PackageFile(List<WorkPackage> packages) {
    }

    WorkPackages(List<WorkPackage> packages) {
        this.packages = List.copyOf(packages);
        for (WorkPackage p : this.packages) {
            for (String control : p.controls()) {
                WorkPackage before = byControl.put(control, p);
                if (before != null) {
                    throw new CatalogException("control " + control + " is in work packages " + before.id() + " and " + p.id());
                }
            }
        }
    }

    /** The packages shipped with Oversight, each checked against the built-in catalog, loaded once per process. */
    public static WorkPackages builtIn() {
        WorkPackages loaded = builtIn;
        if (loaded == null) {
            synchronized (WorkPackages.class) {
                if (builtIn == null) {
                    builtIn = load(CatalogLoader.builtIn());
                }
                loaded = builtIn;
            }
        }
        return loaded;
    }

    static WorkPackages load(Catalog catalog) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<WorkPackage> packages;
        try (InputStream in = WorkPackages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException("catalog resource " + RESOURCE + " is missing");
            }
            packages = yaml.readValue(in, PackageFile.class).packages();
        } catch (IOException e) {
            throw new CatalogException("catalog resource " + RESOURCE + " is malformed: " + e.getMessage(), e);
        }
        for (WorkPackage p : packages) {
            if (p.id() == null || p.title() == null || p.change() == null || p.owner() == null || p.controls().isEmpty()) {
                throw new CatalogException("work package " + p.id() + " needs id, title, change, owner and controls");
            }
            for (String control : p.controls()) {
                if (catalog.control(control).isEmpty()) {
                    throw new CatalogException("work package " + p.id() + " names control " + control + ", which the catalog lacks");
                }
            }
        }
        return new WorkPackages(packages);
    }

    public List<WorkPackage> all() {
        return packages;
    }

    /** The package that closes findings of {@code controlId}, if one does. */
    public Optional<WorkPackage> of(String controlId) {
        return Optional.ofNullable(byControl.get(controlId));
    }
}
