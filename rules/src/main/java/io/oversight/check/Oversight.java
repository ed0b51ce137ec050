package io.oversight.check;

import io.oversight.deployment.InvalidInputException;
import io.oversight.engine.ComplianceEngine;
import java.nio.file.Path;

/**
 * The one way in for every caller (the command line, tests, the benchmark): reads deployments,
 * applies a waivers file, assesses them with the built-in or an organization's rules and compares
 * them with a baseline, as a {@link CheckRequest} asks.
 */
public final class Oversight {

    private Oversight() {
    }

    /**
     * Checks the request's deployments one after the other. A single deployment that cannot be read
     * is thrown as its problems; of several, each unreadable one is a {@link DeploymentCheck} without
     * an assessment and the others are still checked.
     *
     * @throws InvalidInputException a single deployment, the waivers file or the organization's rules are invalid
     * @throws CheckException the organization's catalog or the baseline cannot be used, or the framework is unknown
     */
    public static CheckResult check(CheckRequest request) throws InvalidInputException, CheckException {
        CheckRun run = new CheckRun(request);
        for (Path file : request.deployments()) {
            run.check(file, request.deployments().size() > 1);
        }
        return run.result();
    }

    /**
     * Checks one deployment held in memory, cited in messages and reports as {@code name}, with the
     * request's options; the request itself names no files.
     */
    public static CheckResult check(CheckRequest request, String name, byte[] bytes) throws InvalidInputException, CheckException {
        if (!request.deployments().isEmpty()) {
            throw new IllegalArgumentException("a check of a deployment in memory takes no files, but the request names "
                    + request.deployments());
        }
        CheckRun run = new CheckRun(request);
        run.check(name, bytes);
        return run.result();
    }

    /**
     * Starts building the built-in rule base on another thread. It takes as long as everything
     * before the rules fire, so a caller that starts it first finds it ready on a second core.
     */
    public static void warmUp() {
        Thread warmUp = new Thread(ComplianceEngine::buildBuiltIn, "rule-base");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
