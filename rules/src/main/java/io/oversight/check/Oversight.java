package io.oversight.check;

import io.oversight.deployment.InvalidInputException;
import io.oversight.engine.ComplianceEngine;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.read.DeploymentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one way in for every caller (the command line, tests, the benchmark): reads deployments,
 * applies a waivers file, assesses them with the built-in or an organization's rules and compares
 * them with a baseline, as a {@link CheckRequest} asks.
 */
public final class Oversight {

    /** The deployment {@link #warmUp} checks; a test pins that it is valid and takes the paths a check takes. */
    static final String WARM_UP = "warm-up.yaml";

    private static final LocalDate WARM_UP_AS_OF = LocalDate.of(2026, 12, 1);

    private static final AtomicBoolean warmedUp = new AtomicBoolean();

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
     * Starts building the built-in rule base on another thread, and then checks a small built-in
     * deployment there and throws the result away. Both take about as long as everything before the
     * rules fire (picocli, the catalog, reading the file), so a caller that starts this first finds
     * the rule base ready on a second core, and the session's code loaded and compiled: a first
     * session of its own costs a small check about a quarter of its time.
     */
    public static void warmUp() {
        if (!warmedUp.compareAndSet(false, true)) {
            return;
        }
        Thread warmUp = new Thread(Oversight::checkWarmUpDeployment, "rule-base");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void checkWarmUpDeployment() {
        ComplianceEngine engine = ComplianceEngine.builtIn();
        try (InputStream in = Oversight.class.getResourceAsStream(WARM_UP)) {
            Catalog catalog = CatalogLoader.builtIn();
            DeploymentFile sample = new DeploymentReader(catalog.controlIds()).read(WARM_UP, in.readAllBytes());
            engine.assess(sample, catalog, WARM_UP_AS_OF, Severity.HIGH);
        } catch (IOException | InvalidInputException | RuntimeException e) {
            // Only time is at stake: the user's check reads and assesses as it would have anyway.
        }
    }
}
