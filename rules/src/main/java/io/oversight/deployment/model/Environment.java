package io.oversight.deployment.model;

import java.time.LocalDate;

/** Where agents act. {@code kind} and {@code criticality} hold the format's lower-case words. */
public record Environment(String path, String name, String kind, String criticality, Boolean changeFreeze, Backups backups) {

    public record Backups(Boolean enabled, Boolean isolated, LocalDate lastRestoreTest) {
    }
}
