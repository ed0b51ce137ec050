package io.oversight.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The ordered rules that classify provider-qualified actions ({@code ec2:TerminateInstances}) to
 * the format's verbs; the first rule that matches wins. The data lives in
 * {@code oversight/catalog/actions.yaml}, so the classification can be read, reviewed and changed
 * without reading code.
 */
public record ActionTable(List<ActionRule> rules) {

    static final String SOURCE = "oversight/catalog/actions.yaml";
    /** The table as compiled by {@link CatalogCompiler} at build time. */
    static final String COMPILED = "oversight/catalog/actions.json";

    private static volatile ActionTable builtIn;

    public ActionTable {
        rules = List.copyOf(rules);
    }

    /** The table shipped with Oversight, loaded once per process. */
    public static ActionTable builtIn() {
        ActionTable table = builtIn;
        if (table == null) {
            synchronized (ActionTable.class) {
                if (builtIn == null) {
                    builtIn = loadCompiledOrSource();
                }
                table = builtIn;
            }
        }
        return table;
    }

    private static ActionTable loadCompiledOrSource() {
        try (InputStream in = ActionTable.class.getClassLoader().getResourceAsStream(COMPILED)) {
            return in == null ? ActionTableSource.load() : ActionTableJson.read(in);
        } catch (IOException e) {
            throw new CatalogException("the compiled action table " + COMPILED + " is unreadable: " + e.getMessage(), e);
        }
    }
}
