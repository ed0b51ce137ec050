package io.oversight.deployment.model;

import java.util.List;

/**
 * One right that an imported document grants: an action pattern ({@code ec2:Delete*},
 * {@code kubernetes:delete}, or {@code *}), the patterns carved out of it (an IAM {@code NotAction},
 * or a deny that covers part of it), the resources it reaches, the conditions it is subject to
 * (shown, never evaluated), notes on what Oversight could not apply (a conditional deny, say), and
 * where it was written. Evidence paths name their file: {@code policy.json#/Statement/0/Action/2}.
 */
public record ImportedRight(
        String action,
        List<String> except,
        List<Resource> resources,
        List<String> conditions,
        List<String> notes,
        String evidencePath,
        String origin) {

    public ImportedRight {
        except = List.copyOf(except);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
    }

    /** A resource pattern of the right and where it was written. */
    public record Resource(String pattern, String evidencePath) {
    }

    public ImportedRight withExcept(List<String> moreExcept) {
        List<String> all = new java.util.ArrayList<>(except);
        moreExcept.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return new ImportedRight(action, all, resources, conditions, notes, evidencePath, origin);
    }

    public ImportedRight withAction(String narrowed) {
        return new ImportedRight(narrowed, except, resources, conditions, notes, evidencePath, origin);
    }

    public ImportedRight withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        if (!all.contains(note)) {
            all.add(note);
        }
        return new ImportedRight(action, except, resources, conditions, all, evidencePath, origin);
    }
}
