package io.oversight.report.pdf;

import com.lowagie.text.Phrase;
import io.oversight.catalog.Clause;
import java.util.HashMap;
import java.util.Map;

/**
 * The notes of the clauses one table shows: a note in full the first time, by the clause that first
 * showed it after that, set in bold when it marks the clause UNVERIFIED.
 */
final class ClauseNotes {

    /** Each note shown so far, by the id of the clause that showed it. */
    private final Map<String, String> shown = new HashMap<>();

    /** The note of {@code clause} on a line of its own, or null when it has none. */
    Phrase of(Clause clause, Styles s) {
        String note = clause.note() == null ? "" : clause.note().strip();
        if (note.isEmpty()) {
            return null;
        }
        String first = shown.putIfAbsent(note, clause.id());
        return new Phrase(first == null ? "\nNote: " + note : "\nNote: as for " + first + ".", clause.unverified() ? s.smallBold : s.smallMuted);
    }
}
