package io.oversight.engine;

/**
 * An organization's rule deleted or changed a fact the check inserted or derived (an agent, a
 * grant, a checkpoint): organization rules may report more, never make the built-in controls see
 * less, or a rule could turn a failing deployment into a pass without a finding to show for it.
 */
public final class OrganizationRuleOverreach extends RuntimeException {

    public OrganizationRuleOverreach(String message) {
        super(message, null, false, false);
    }
}
