package io.oversight.engine;

import io.oversight.catalog.UseCase;
import java.util.Set;

/**
 * Which uses oblige a deployer to assess the impact on fundamental rights before first use (EU AI
 * Act Art. 27(1)): creditworthiness and life and health insurance pricing (Annex III points 5(b)
 * and 5(c)) for every deployer; any other Annex III area but critical infrastructure (point 2) for
 * a public body or a private entity providing public services. RM-05's rule and the coverage of
 * its clause both decide it here.
 */
public final class FundamentalRightsDuty {

    /** Annex III points 5(b) and 5(c): they bind every deployer. */
    private static final Set<String> EVERY_DEPLOYER = Set.of("credit", "insurance-pricing");
    /** Annex III point 2, the one area Art. 27(1) leaves out for public deployers, and Art. 86 for everyone. */
    static final String CRITICAL_INFRASTRUCTURE = "critical-infrastructure";

    private FundamentalRightsDuty() {
    }

    /** Whether using an agent for {@code use} calls for the assessment, {@code publicService} saying whether the deployer serves the public. */
    public static boolean binds(UseCase use, boolean publicService) {
        return use.highRisk() && (EVERY_DEPLOYER.contains(use.id()) || publicService && !use.id().equals(CRITICAL_INFRASTRUCTURE));
    }
}
