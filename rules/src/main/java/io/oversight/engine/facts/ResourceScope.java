package io.oversight.engine.facts;

import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.List;

/** One resource pattern of a permission; {@code everything} when it is exactly {@code "*"}. */
public record ResourceScope(String agentId, String environment, String pattern, boolean everything,
                            String permissionPath, String permissionKey, String evidencePath) {

    public static List<ResourceScope> of(Permission permission) {
        List<ResourceScope> scopes = new ArrayList<>(permission.resources().size());
        for (int i = 0; i < permission.resources().size(); i++) {
            String pattern = permission.resources().get(i);
            scopes.add(new ResourceScope(permission.agentId(), permission.environment(), pattern, pattern.equals("*"),
                    permission.path(), permission.key(), permission.path() + "/resources/" + i));
        }
        return scopes;
    }
}
