package io.oversight.deployment.model;

/**
 * A law that obliges the organization to notify authorities of incidents on fixed deadlines:
 * NIS2 (Directive (EU) 2022/2555 Art. 23), GDPR (Arts. 33-34, personal-data breaches) and DORA
 * (Regulation (EU) 2022/2554 Art. 19, financial entities).
 */
public enum IncidentRegime implements FormatWord {
    NIS2,
    GDPR,
    DORA;

    @Override
    public String toString() {
        return word();
    }
}
