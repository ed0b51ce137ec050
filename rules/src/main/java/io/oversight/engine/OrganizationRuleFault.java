package io.oversight.engine;

import io.oversight.deployment.Problem;

/**
 * An organization's rule did what a rule may not, or failed while it ran: it removed or changed a
 * fact the built-in controls judge, or its consequence threw. The rules are the user's input, so
 * this is a problem of that input, located at the rule, not an internal error.
 */
public final class OrganizationRuleFault extends RuntimeException {

    private final transient Problem problem;

    OrganizationRuleFault(Problem problem) {
        super(problem.format(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
