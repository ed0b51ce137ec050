package io.oversight.check;

import io.oversight.catalog.Severity;
import io.oversight.deployment.InputLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to check and how: the deployment files (already found, not directories), the date to assess
 * on, the severity that fails, and optionally one framework's scope, a waivers file kept apart from
 * the deployments, an organization's rules directory and an earlier JSON output to compare with.
 * Start from {@link #of} and change what differs from the defaults with the wither methods.
 *
 * @param framework the id of the only framework to evaluate, or null for every one
 * @param waivers a waivers file applied to every deployment, or null
 * @param rules a directory of the organization's DRL and its {@code catalog.yaml}, or null
 * @param baseline an earlier {@code --format json} output each deployment is compared with, or null
 * @param failOnNew with a baseline, whether only new findings can fail
 * @param limits how large and deep the deployments and the waivers file may be
 * @param importRoot the folder every deployment's imported files must lie in, or null for each deployment's own folder
 * @param settings the project settings file some of these options were taken from, or null: an input the verdict depends on
 */
public record CheckRequest(List<Path> deployments, LocalDate asOf, Severity failOn, String framework, Path waivers, Path rules,
                           Path baseline, boolean failOnNew, InputLimits limits, Path importRoot, Path settings) {

    public CheckRequest {
        deployments = List.copyOf(deployments);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(limits, "limits");
        if (failOnNew && baseline == null) {
            throw new IllegalArgumentException("failing on new findings needs a baseline");
        }
    }

    /** The deployments, assessed today, failing at high severity, over every framework, with only the built-in rules. */
    public static CheckRequest of(List<Path> deployments) {
        return new CheckRequest(deployments, LocalDate.now(), Severity.HIGH, null, null, null, null, false, InputLimits.DEFAULT, null, null);
    }

    public static CheckRequest of(Path... deployments) {
        return of(List.of(deployments));
    }

    public CheckRequest asOf(LocalDate date) {
        return new CheckRequest(deployments, date, failOn, framework, waivers, rules, baseline, failOnNew, limits, importRoot, settings);
    }

    public CheckRequest failOn(Severity severity) {
        return new CheckRequest(deployments, asOf, severity, framework, waivers, rules, baseline, failOnNew, limits, importRoot, settings);
    }

    public CheckRequest framework(String id) {
        return new CheckRequest(deployments, asOf, failOn, id, waivers, rules, baseline, failOnNew, limits, importRoot, settings);
    }

    public CheckRequest waivers(Path file) {
        return new CheckRequest(deployments, asOf, failOn, framework, file, rules, baseline, failOnNew, limits, importRoot, settings);
    }

    public CheckRequest rules(Path dir) {
        return new CheckRequest(deployments, asOf, failOn, framework, waivers, dir, baseline, failOnNew, limits, importRoot, settings);
    }

    public CheckRequest baseline(Path file, boolean onlyNewFail) {
        return new CheckRequest(deployments, asOf, failOn, framework, waivers, rules, file, onlyNewFail, limits, importRoot, settings);
    }

    public CheckRequest limits(InputLimits bounds) {
        return new CheckRequest(deployments, asOf, failOn, framework, waivers, rules, baseline, failOnNew, bounds, importRoot, settings);
    }

    public CheckRequest settings(Path file) {
        return new CheckRequest(deployments, asOf, failOn, framework, waivers, rules, baseline, failOnNew, limits, importRoot, file);
    }

    public CheckRequest importRoot(Path dir) {
        return new CheckRequest(deployments, asOf, failOn, framework, waivers, rules, baseline, failOnNew, limits, dir, settings);
    }
}
