package io.oversight.deployment.model;

import java.util.List;

/** Who the deployment belongs to and where it operates. */
public record Metadata(
        String path,
        String name,
        String organization,
        String owner,
        List<String> jurisdictions,
        String description,
        List<EuAiActRole> euAiActRoles,
        Boolean publicSector) {

    public Metadata {
        jurisdictions = List.copyOf(jurisdictions);
        euAiActRoles = List.copyOf(euAiActRoles);
    }
}
