package io.oversight.deployment.model;

import java.util.List;

/**
 * Who the deployment belongs to and where it operates. {@code euAiActRoles} is both roles when the
 * file leaves them out (the format's default), which {@code euAiActRolesStated} tells apart.
 */
public record Metadata(
        String path,
        String name,
        String organization,
        String owner,
        List<String> jurisdictions,
        String description,
        List<EuAiActRole> euAiActRoles,
        Boolean publicSector,
        boolean euAiActRolesStated) {

    public Metadata {
        jurisdictions = List.copyOf(jurisdictions);
        euAiActRoles = List.copyOf(euAiActRoles);
    }
}
