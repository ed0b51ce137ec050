package io.oversight.report;

import io.oversight.report.formats.csv.CsvRenderer;
import io.oversight.report.formats.github.GitHubRenderer;
import io.oversight.report.formats.junit.JUnitRenderer;
import io.oversight.report.formats.markdown.MarkdownRenderer;
import io.oversight.report.formats.oscal.OscalPoamRenderer;
import io.oversight.report.formats.oscal.OscalResultsRenderer;
import io.oversight.report.formats.sarif.SarifRenderer;
import io.oversight.report.pdf.PdfRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of output formats, by name. */
public final class Renderers {

    private static final Map<String, Renderer> BY_NAME = new LinkedHashMap<>();

    static {
        register(new TextRenderer());
        register(new JsonRenderer());
        register(new PdfRenderer());
        register(new SarifRenderer());
        register(new JUnitRenderer());
        register(new MarkdownRenderer());
        register(new OscalResultsRenderer());
        register(new OscalPoamRenderer());
        register(new CsvRenderer());
        register(new GitHubRenderer());
    }

    private Renderers() {
    }

    private static void register(Renderer renderer) {
        BY_NAME.put(renderer.name(), renderer);
    }

    public static Optional<Renderer> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
