package io.oversight.report.formats.oscal;

import io.oversight.deployment.InputFile;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.ReportContent;
import java.util.UUID;

/**
 * The UUIDs of one assessment's OSCAL documents, all name-based. A document's UUID changes when
 * anything it reports could change (any input file, catalog, as-of date, tool version, fail-on
 * threshold, the frameworks and controls --framework leaves: {@link ReportContent}), as OSCAL asks
 * of a new revision. An object's UUID depends only on what it is about (per-subject, in OSCAL's words):
 * the same finding of the same deployment keeps its UUID across runs and across the
 * assessment-results and POA&M documents, so GRC tools can follow it.
 */
final class OscalIds {

    private static final UUID NAMESPACE = NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, OscalProps.NS);

    private final Assessment a;
    private final String deployment;
    private final String content;

    OscalIds(Assessment a) {
        this.a = a;
        this.deployment = a.input().deployment().metadata().name();
        this.content = String.join("|", ReportContent.decidedBy(a));
    }

    String document(String model) {
        return id(model + "|" + content);
    }

    String result() {
        return id("result|" + content);
    }

    String finding(Finding f) {
        return id("finding|" + deployment + "|" + f.fingerprint());
    }

    String observation(Finding f) {
        return id("observation|" + deployment + "|" + f.fingerprint());
    }

    String risk(Finding f) {
        return id("risk|" + deployment + "|" + f.fingerprint());
    }

    String poamItem(Finding f) {
        return id("poam-item|" + deployment + "|" + f.fingerprint());
    }

    /** The finding that a control was satisfied. */
    String satisfied(String controlId) {
        return id("satisfied|" + deployment + "|" + controlId);
    }

    String inputResource() {
        return id("input|" + a.input().sha256());
    }

    /** A file the deployment's assessment also read (an import, the waivers, a rule file, the baseline), in this version. */
    String inputResource(InputFile input) {
        return id("input|" + input.role().label() + "|" + input.file() + "|" + input.sha256());
    }

    String catalogResource() {
        return id("catalog|" + a.catalog().version());
    }

    /** The system the plan is for: the deployment, by its name, the same in every run. */
    String system() {
        return id("system|" + deployment);
    }

    String noOpenFindings() {
        return id("no-open-findings|" + deployment);
    }

    private static String id(String name) {
        return NameBasedUuid.of(NAMESPACE, name).toString();
    }
}
