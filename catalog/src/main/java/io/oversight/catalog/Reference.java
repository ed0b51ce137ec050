package io.oversight.catalog;

import java.util.List;

/**
 * A framework clause a control serves; {@code note} qualifies the mapping where it is partial.
 * {@code unless} names conditions a rule may report a violation under that still leave this clause
 * met: a control can ask more than a clause does (a mandatory programme, where the clause asks for
 * measures), and a finding only about the more is no gap in the clause.
 */
public record Reference(String framework, String clause, String note, List<String> unless) {

    public Reference {
        unless = unless == null ? List.of() : List.copyOf(unless);
    }

    /** A reference that every violation of its control breaks. */
    public Reference(String framework, String clause, String note) {
        this(framework, clause, note, List.of());
    }

    /** Whether a violation reported under {@code condition} (null: none) is a gap in this clause. */
    public boolean brokenBy(String condition) {
        return condition == null || !unless.contains(condition);
    }
}
