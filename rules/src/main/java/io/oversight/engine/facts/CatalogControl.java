package io.oversight.engine.facts;

import io.oversight.catalog.Severity;

/** A control of the catalog with its default severity, for rules that reason about controls (waivers). */
public record CatalogControl(String id, Severity severity) {
}
