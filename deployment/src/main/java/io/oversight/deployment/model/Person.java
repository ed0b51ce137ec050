package io.oversight.deployment.model;

import java.util.List;

/**
 * A human referenced by id from owners, overseers, approvers and waivers. {@code permissions} are
 * the rights the person holds (empty when the file does not say): an agent whose identity is
 * inherited from the person holds them too, wherever it runs. Their {@code agentId} is null.
 */
public record Person(String path, String id, String name, String email, List<String> roles, Boolean aiLiteracyTrained,
                     List<Permission> permissions) {

    public Person {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }
}
