package io.oversight.deployment.model;

import java.util.List;

/**
 * One right that an imported document grants: an action pattern ({@code ec2:Delete*},
 * {@code kubernetes:delete}, or {@code *}), the patterns carved out of it (an IAM {@code NotAction},
 * or a deny that covers part of it), the resources it reaches, the conditions it is subject to
 * (shown, never evaluated), notes on what Oversight could not apply (a conditional deny, say), and
 * where it was written. Evidence paths name their file: {@code policy.json#/Statement/0/Action/2}.
 * {@code writtenAs} is the action as the document writes it: {@code action} itself, but for a
 * Kubernetes rule's verb {@code *} ({@code kubernetes:*}), which is one right per verb it grants,
 * each classified as what it does and each still a wildcard grant.
 */
public record ImportedRight(
        String action,
        String writtenAs,
        List<String> except,
        List<Resource> resources,
        List<String> conditions,
        List<String> notes,
        String evidencePath,
        String origin) {

    /** A right written as the action it is. */
    public ImportedRight(String action, List<String> except, List<Resource> resources, List<String> conditions, List<String> notes,
                         String evidencePath, String origin) {
        this(action, action, except, resources, conditions, notes, evidencePath, origin);
    }

    public ImportedRight {
        except = List.copyOf(except);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
    }

    /**
     * A resource pattern of the right and where it was written; {@code except} the patterns an IAM
     * {@code NotResource} leaves out of its "*".
     */
    public record Resource(String pattern, String evidencePath, List<String> except) {

        public Resource {
            except = List.copyOf(except);
        }

        public Resource(String pattern, String evidencePath) {
            this(pattern, evidencePath, List.of());
        }
    }

    public ImportedRight withExcept(List<String> moreExcept) {
        List<String> all = new java.util.ArrayList<>(except);
        moreExcept.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return new ImportedRight(action, writtenAs, all, resources, conditions, notes, evidencePath, origin);
    }

    /** The right narrowed to {@code narrowed} (by a deny that leaves only that of a wildcard), now written so. */
    public ImportedRight withAction(String narrowed) {
        return new ImportedRight(narrowed, narrowed, except, resources, conditions, notes, evidencePath, origin);
    }

    public ImportedRight withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        if (!all.contains(note)) {
            all.add(note);
        }
        return new ImportedRight(action, writtenAs, except, resources, conditions, all, evidencePath, origin);
    }
}
