package io.oversight.deployment.model;

import java.util.List;

/**
 * One {@code oversight/v1} deployment description, as validated. Lists are never null; optional
 * objects and values are null when the file leaves them out, so "absent" stays distinguishable
 * from "false" for the rules. {@code roles} are the roles an identity may take on, with their
 * policies ({@code roles[]}).
 */
public record Deployment(
        Metadata metadata,
        Governance governance,
        List<Person> people,
        List<Environment> environments,
        List<Agent> agents,
        List<Waiver> waivers,
        List<Role> roles) {

    public Deployment {
        roles = List.copyOf(roles);
        people = List.copyOf(people);
        environments = List.copyOf(environments);
        agents = List.copyOf(agents);
        waivers = List.copyOf(waivers);
    }

    /** The incident-notification regimes the organization declares it falls under, or null when the file does not say. */
    public List<IncidentRegime> incidentRegimes() {
        return governance == null || governance.incidentResponse() == null ? null : governance.incidentResponse().regimes();
    }
}
