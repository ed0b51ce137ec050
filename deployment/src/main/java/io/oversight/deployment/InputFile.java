package io.oversight.deployment;

import java.util.Comparator;
import java.util.Locale;

/**
 * One file a report was made from, as the user named it, with the SHA-256 of its bytes. A report's
 * identity covers every such file, so that swapping an imported policy or a waivers file cannot
 * leave a report looking like the one made before.
 */
public record InputFile(String file, Role role, String sha256) implements Comparable<InputFile> {

    /** What a file was to the check; reports list inputs in this order, then by file. */
    public enum Role {
        DEPLOYMENT, IMPORT, WAIVERS, RULES, BASELINE, SETTINGS;

        /** The role as reports write it: {@code deployment}, {@code import}... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Comparator<InputFile> ORDER = Comparator.comparing(InputFile::role).thenComparing(InputFile::file)
            .thenComparing(InputFile::sha256);

    @Override
    public int compareTo(InputFile other) {
        return ORDER.compare(this, other);
    }
}
