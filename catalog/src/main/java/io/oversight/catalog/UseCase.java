package io.oversight.catalog;

import java.util.List;

/**
 * A use of AI that an agent's {@code useCases} may name, with how the EU AI Act classes it and the
 * clause that does ({@code source}; null for a use the Act does not single out), and the other words
 * a deployment may name it by ({@code hiring} for {@code employment}), read as it. The deployment
 * reader knows these words; the rules read the class.
 */
public record UseCase(String id, UseCaseClass regulatoryClass, Reference source, List<String> otherWords) {

    public UseCase {
        otherWords = otherWords == null ? List.of() : List.copyOf(otherWords);
    }

    public UseCase(String id, UseCaseClass regulatoryClass, Reference source) {
        this(id, regulatoryClass, source, List.of());
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
