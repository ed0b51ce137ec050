package io.oversight.deployment.model;

import java.time.LocalDate;

/** Where agents act. {@code kind} and {@code criticality} are null when the file does not state them. */
public record Environment(String path, String name, EnvironmentKind kind, Criticality criticality, Boolean changeFreeze, Backups backups) {

    /** Backups are enabled and isolated from agent identities, so they survive an agent deleting the environment. */
    public boolean backupsSurviveAgents() {
        return backups != null && Boolean.TRUE.equals(backups.enabled()) && Boolean.TRUE.equals(backups.isolated());
    }

    public record Backups(Boolean enabled, Boolean isolated, LocalDate lastRestoreTest) {
    }
}
