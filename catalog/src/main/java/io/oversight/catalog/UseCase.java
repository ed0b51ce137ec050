package io.oversight.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A use of AI that an agent's {@code useCases} may name, with how the EU AI Act classes it and the
 * clause that does ({@code source}; null for a use the Act does not single out), and the other words
 * a deployment may name it by ({@code hiring} for {@code employment}), read as it. The deployment
 * reader knows these words; the rules read the class.
 */
public record UseCase(String id, UseCaseClass regulatoryClass, Reference source, List<String> otherWords, LocalDate sourceFrom) {

    public UseCase {
        otherWords = otherWords == null ? List.of() : List.copyOf(otherWords);
    }

    public UseCase(String id, UseCaseClass regulatoryClass, Reference source, List<String> otherWords) {
        this(id, regulatoryClass, source, otherWords, null);
    }

    public UseCase(String id, UseCaseClass regulatoryClass, Reference source) {
        this(id, regulatoryClass, source, List.of());
    }

    /**
     * Whether the clause that classes this use binds on {@code day} ({@code sourceFrom}, the clause's
     * own date, which the catalog's loader takes from it; null: no date, or none known): a practice
     * the 2026 amendment bans is banned from 2026-12-02, not from Art. 5's first day (law review).
     */
    public boolean classedOn(LocalDate day) {
        return sourceFrom == null || !day.isBefore(sourceFrom);
    }

    /** An EU AI Act Annex III area. */
    public boolean highRisk() {
        return regulatoryClass == UseCaseClass.HIGH_RISK;
    }

    /** An EU AI Act Art. 5 practice. */
    public boolean prohibited() {
        return regulatoryClass == UseCaseClass.PROHIBITED;
    }
}
