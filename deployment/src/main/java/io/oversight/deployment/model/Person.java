package io.oversight.deployment.model;

import java.util.List;

/** A human referenced by id from owners, overseers, approvers and waivers. */
public record Person(String path, String id, String name, String email, List<String> roles, Boolean aiLiteracyTrained) {

    public Person {
        roles = List.copyOf(roles);
    }
}
