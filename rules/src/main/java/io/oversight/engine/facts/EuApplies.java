package io.oversight.engine.facts;

/** Present when the deployment's jurisdictions include the EU: EU AI Act duties and escalations apply. */
public record EuApplies(String deployment) {
}
