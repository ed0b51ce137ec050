package io.oversight.engine.facts;

import io.oversight.catalog.Severity;

/**
 * A control of the catalog with its default severity and the most severe finding it can report
 * ({@code worst}), whether its findings are about environments only, or the deployment and its
 * environments only ({@code aboutTheDeployment}: risks the deployment's owner holds), for rules
 * that reason about controls (waivers).
 */
public record CatalogControl(String id, Severity severity, Severity worst, boolean aboutEnvironments, boolean aboutTheDeployment) {
}
