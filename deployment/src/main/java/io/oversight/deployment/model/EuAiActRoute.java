package io.oversight.deployment.model;

/**
 * How an agent is high-risk under the EU AI Act, which decides when the high-risk duties bind it:
 * through use in an Annex III area (Art. 6(2)), or as a safety component or product covered by the
 * Union legislation of Annex I (Art. 6(1)).
 */
public enum EuAiActRoute implements FormatWord {
    ANNEX_III,
    ANNEX_I;

    @Override
    public String toString() {
        return word();
    }
}
