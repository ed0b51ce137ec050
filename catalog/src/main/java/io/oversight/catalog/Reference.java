package io.oversight.catalog;

import java.util.List;

/**
 * A framework clause a control serves; {@code note} qualifies the mapping where it is partial. A
 * control can ask more than a clause does, so a reference may narrow which of its violations break
 * the clause: {@code unless} names conditions a rule reports a violation under that leave the
 * clause met (a voluntary programme, where the clause asks only for measures), and
 * {@code onlyFor}, when not empty, the items a violation must be about to break it (the use case
 * {@code social-scoring} for a ban on social scoring, of a control that reports every banned use).
 */
public record Reference(String framework, String clause, String note, List<String> unless, List<String> onlyFor) {

    public Reference {
        unless = unless == null ? List.of() : List.copyOf(unless);
        onlyFor = onlyFor == null ? List.of() : List.copyOf(onlyFor);
    }

    /** A reference that every violation of its control breaks. */
    public Reference(String framework, String clause, String note) {
        this(framework, clause, note, List.of(), List.of());
    }

    /** Whether a violation reported under {@code condition} (null: none) about {@code item} (null: none) is a gap in this clause. */
    public boolean brokenBy(String condition, String item) {
        return (condition == null || Conditions.parts(condition).stream().noneMatch(unless::contains))
                && (onlyFor.isEmpty() || item != null && onlyFor.contains(item));
    }

    /** Whether some violations of its control leave this clause met: then only the findings whose references hold it are gaps in it. */
    public boolean narrowed() {
        return !unless.isEmpty() || !onlyFor.isEmpty();
    }
}
