package io.oversight.engine.facts;

import io.oversight.deployment.model.IncidentRegime;

/** The organization must notify authorities of incidents under {@code regime}: it says so, or, for GDPR, its agents handle personal data in the EU. */
public record NotificationDuty(IncidentRegime regime) {
}
