package io.oversight.catalog;

import java.util.List;

/**
 * One change that closes the findings of several controls, such as a platform-enforced approval
 * gate for HO-01 to HO-04. {@code ownerRoles} are words of a person's roles, most fitting first;
 * {@code owner} names that role in words for when nobody holds any of them.
 */
public record WorkPackage(String id, String title, String change, List<String> controls, String owner, List<String> ownerRoles) {

    public WorkPackage {
        controls = List.copyOf(controls);
        ownerRoles = ownerRoles == null ? List.of() : List.copyOf(ownerRoles);
    }
}
