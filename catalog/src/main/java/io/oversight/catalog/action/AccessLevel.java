package io.oversight.catalog.action;

import java.util.Locale;
import java.util.Optional;

/**
 * The access level AWS's Service Authorization Reference gives an action. An action the reference
 * files under both a special level and Write ({@code iam:PutRolePolicy}: Permissions management,
 * Write) has the special one.
 */
public enum AccessLevel {
    LIST('L'), READ('R'), WRITE('W'), PERMISSIONS_MANAGEMENT('P'), TAGGING('T');

    private final char code;

    AccessLevel(char code) {
        this.code = code;
    }

    /** The level as the action table names it: {@code list}, {@code permissions management}. */
    public String word() {
        return name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    public static Optional<AccessLevel> ofWord(String word) {
        for (AccessLevel level : values()) {
            if (level.word().equals(word)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level written {@code code} in the table of AWS actions. */
    static AccessLevel ofCode(char code) {
        for (AccessLevel level : values()) {
            if (level.code == code) {
                return level;
            }
        }
        throw new IllegalArgumentException("no access level is written '" + code + "'");
    }
}
