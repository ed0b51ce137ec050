package io.oversight.report.formats.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.Severity;
import io.oversight.engine.Finding;
import io.oversight.catalog.Control;
import io.oversight.catalog.Family;
import io.oversight.catalog.Reference;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tool.driver.rules}: one reporting descriptor per catalog control, in catalog order, so a
 * code-scanning tool can show what the control requires and how to fix it even for controls that
 * produced no result in this run.
 */
final class SarifRules {

    private final Catalog catalog;
    private final List<Control> controls;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final SarifTaxonomies taxonomies;
    /** Per control, the most severe of this run's findings of it. */
    private final Map<String, Severity> worstFound = new HashMap<>();

    /**
     * {@code findings} rate the rules: GitHub code scanning reads a result's severity from its rule
     * only, so a rule scored at its control's base would show an escalated critical finding as high
     * (and let it past a gate on critical). A rule is scored at the most severe finding of its
     * control in this run, at the control's severity when there is none.
     */
    SarifRules(Catalog catalog, SarifTaxonomies taxonomies, List<Finding> findings) {
        this.catalog = catalog;
        this.controls = catalog.controls();
        this.taxonomies = taxonomies;
        for (int i = 0; i < controls.size(); i++) {
            indexById.put(controls.get(i).id(), i);
        }
        for (Finding f : findings) {
            worstFound.merge(f.control(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /** The position of a control in {@code rules}, which each result carries as {@code ruleIndex}. */
    int index(String controlId) {
        Integer index = indexById.get(controlId);
        if (index == null) {
            throw new IllegalStateException("a finding names control " + controlId + ", which the catalog lacks");
        }
        return index;
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("rules");
        for (Control control : controls) {
            rule(g, control);
        }
        g.writeEndArray();
    }

    private void rule(JsonGenerator g, Control c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", pascalCase(c.title()));
        JsonOutput.text(g, "shortDescription", c.title());
        JsonOutput.text(g, "fullDescription", c.statement());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", helpText(c));
        g.writeStringField("markdown", helpMarkdown(c));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", SarifSeverity.level(c.severity()));
        g.writeEndObject();
        if (!c.references().isEmpty()) {
            g.writeArrayFieldStart("relationships");
            for (Reference r : c.references()) {
                relationship(g, r);
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("security-severity", SarifSeverity.securitySeverity(worstFound.getOrDefault(c.id(), c.severity())));
        g.writeArrayFieldStart("tags");
        for (String tag : tags(c)) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The control serves the clause: "relevant", since a control covers only part of what a clause asks. */
    private void relationship(JsonGenerator g, Reference r) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("target");
        g.writeStringField("id", r.clause());
        g.writeFieldName("toolComponent");
        SarifTaxonomies.reference(g, r.framework(), taxonomies.index(r.framework()));
        g.writeEndObject();
        g.writeArrayFieldStart("kinds");
        g.writeString("relevant");
        g.writeEndArray();
        if (r.note() != null) {
            JsonOutput.text(g, "description", r.note());
        }
        g.writeEndObject();
    }

    /** "security" puts the alerts among security findings; the family and frameworks make them filterable. */
    private Set<String> tags(Control c) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("security");
        tags.add(catalog.families().stream().filter(f -> f.id().equals(c.family())).findFirst()
                .map(Family::title).map(SarifRules::slug).orElse(c.family().toLowerCase(Locale.ROOT)));
        c.references().forEach(r -> tags.add(r.framework()));
        return tags;
    }

    private static String helpText(Control c) {
        StringBuilder text = new StringBuilder(c.remediation());
        if (c.remediationExample() != null && !c.remediationExample().isBlank()) {
            text.append("\n\nExample:\n").append(c.remediationExample().stripTrailing());
        }
        if (c.rationale() != null) {
            text.append("\n\nWhy: ").append(c.rationale());
        }
        return text.toString();
    }

    private static String helpMarkdown(Control c) {
        StringBuilder md = new StringBuilder(c.remediation());
        if (c.remediationExample() != null && !c.remediationExample().isBlank()) {
            md.append("\n\n```yaml\n").append(c.remediationExample().stripTrailing()).append("\n```");
        }
        if (c.rationale() != null) {
            md.append("\n\n**Why:** ").append(c.rationale());
        }
        return md.toString();
    }

    /** SARIF wants a rule name that reads as one identifier: "Two-person rule" becomes "TwoPersonRule". */
    static String pascalCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
