package io.oversight.engine;

import java.util.Objects;

/**
 * What a finding is about. {@code kind} is one of {@code deployment}, {@code agent},
 * {@code checkpoint}, {@code environment}, {@code waiver}, {@code person}, {@code role} (by ARN); {@code agentId} names the
 * agent a checkpoint or agent subject belongs to (null otherwise), which is what waivers match.
 */
public record Subject(String kind, String id, String agentId) {

    public static Subject agent(String agentId) {
        return new Subject("agent", agentId, agentId);
    }

    public static Subject checkpoint(io.oversight.deployment.model.Checkpoint checkpoint) {
        return new Subject("checkpoint", checkpoint.subjectId(), checkpoint.agentId());
    }

    public static Subject deployment(String name) {
        return new Subject("deployment", name, null);
    }

    public static Subject environment(String name) {
        return new Subject("environment", name, null);
    }

    public static Subject role(String arn) {
        return new Subject("role", arn, null);
    }

    /** A waiver, named by its place in its list ({@code waivers[2]}); its findings group by {@link io.oversight.deployment.model.Waiver#key}. */
    public static Subject waiver(io.oversight.deployment.model.Waiver waiver) {
        return new Subject("waiver", waiver.subjectId(), null);
    }

    /**
     * Whether the id is a place in a list, which removing an entry before it changes: a finding
     * about such a subject is fingerprinted by what it is about (its group) instead, so that a
     * baseline never pairs it with another entry's finding.
     */
    public boolean positional() {
        return kind.equals("waiver");
    }

    // Written out rather than the record's own methods, which go through method handles that the
    // quick compiler the launcher uses does not inline: every violation is grouped by its subject.
    @Override
    public int hashCode() {
        return (Objects.hashCode(kind) * 31 + Objects.hashCode(id)) * 31 + Objects.hashCode(agentId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subject s && Objects.equals(id, s.id) && Objects.equals(kind, s.kind) && Objects.equals(agentId, s.agentId);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
