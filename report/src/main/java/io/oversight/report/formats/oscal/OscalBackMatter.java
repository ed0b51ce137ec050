package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.deployment.InputFile;
import io.oversight.engine.Assessment;
import io.oversight.report.Tool;
import io.oversight.report.formats.UriReference;
import java.io.IOException;
import java.util.Locale;

/**
 * The resources the documents point into: every input file (the deployment that was checked, the
 * files it imports, the waivers, the organization's rules, the baseline), each with its SHA-256,
 * and the control catalog that served as the assessment plan. Oversight has no separate plan
 * document; the catalog of a given version, applied by a given tool version, is the plan, and
 * {@code import-ap} points at it here.
 */
final class OscalBackMatter {

    private OscalBackMatter() {
    }

    static void write(JsonGenerator g, Assessment a, OscalIds ids) throws IOException {
        g.writeObjectFieldStart("back-matter");
        g.writeArrayFieldStart("resources");

        g.writeStartObject();
        g.writeStringField("uuid", ids.catalogResource());
        g.writeStringField("title", OscalText.markupLine("Oversight control catalog " + a.catalog().version()));
        g.writeStringField("description", OscalText.markup("The plan this assessment followed: " + Tool.name() + " " + Tool.version()
                + " evaluated the deployment file against " + (a.evaluatedControls() == a.catalog().controls().size() ? "the "
                        : a.evaluatedControls() + " of the ") + a.catalog().controls().size() + " controls of the Oversight catalog "
                + a.catalog().version() + " as of " + a.asOf() + "."));
        g.writeEndObject();

        for (InputFile input : a.inputs()) {
            // The deployment is read as YAML whatever its name (JSON is YAML too); the other inputs are what their names say.
            boolean checked = input.role() == InputFile.Role.DEPLOYMENT;
            g.writeStartObject();
            g.writeStringField("uuid", checked ? ids.inputResource() : ids.inputResource(input));
            g.writeStringField("title", OscalText.markupLine(input.file()));
            g.writeStringField("description", OscalText.markup(description(input.role())));
            new OscalProps().add("input-role", input.role().label()).write(g);
            g.writeArrayFieldStart("rlinks");
            g.writeStartObject();
            g.writeStringField("href", UriReference.of(input.file()));
            g.writeStringField("media-type", checked ? "application/yaml" : mediaType(input.file()));
            g.writeArrayFieldStart("hashes");
            g.writeStartObject();
            g.writeStringField("algorithm", "SHA-256");
            g.writeStringField("value", input.sha256());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }

        g.writeEndArray();
        g.writeEndObject();
    }

    private static String description(InputFile.Role role) {
        return switch (role) {
            case DEPLOYMENT -> "The deployment file that was checked.";
            case IMPORT -> "A file the deployment imports its permissions from (an AWS IAM policy or Kubernetes RBAC manifests).";
            case WAIVERS -> "The waivers file applied to the deployment.";
            case RULES -> "A file of the organization's own rules or catalog extension, evaluated with the built-in rules.";
            case BASELINE -> "The earlier JSON output the findings were compared with, to tell new findings from unchanged ones.";
            case SETTINGS -> "The project settings file (.oversight.yaml) some of the check's options were taken from.";
        };
    }

    private static String mediaType(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") ? "application/yaml" : "text/plain";
    }
}
