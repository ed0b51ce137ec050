package io.oversight.report.formats.oscal;

import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.Tool;
import java.util.UUID;

/**
 * The UUIDs of one assessment's OSCAL documents, all name-based. A document's UUID changes when
 * anything it reports could change (input, catalog, as-of date, tool version), as OSCAL asks of a
 * new revision. An object's UUID depends only on what it is about (per-subject, in OSCAL's words):
 * the same finding of the same deployment keeps its UUID across runs and across the
 * assessment-results and POA&M documents, so GRC tools can follow it.
 */
final class OscalIds {

    private static final UUID NAMESPACE = NameBasedUuid.of(NameBasedUuid.URL_NAMESPACE, OscalProps.NS);

    private final Assessment a;
    private final String deployment;

    OscalIds(Assessment a) {
        this.a = a;
        this.deployment = a.input().deployment().metadata().name();
    }

    String document(String model) {
        return id(model + "|" + a.input().sha256() + "|" + a.catalog().version() + "|" + a.asOf() + "|" + Tool.version());
    }

    String result() {
        return id("result|" + a.input().sha256() + "|" + a.catalog().version() + "|" + a.asOf() + "|" + Tool.version());
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

    String catalogResource() {
        return id("catalog|" + a.catalog().version());
    }

    String noOpenFindings() {
        return id("no-open-findings|" + deployment);
    }

    private static String id(String name) {
        return NameBasedUuid.of(NAMESPACE, name).toString();
    }
}
