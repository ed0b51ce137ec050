package io.oversight.report;

import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;

/**
 * How many controls a run evaluated, as the summaries say it. A control that found nothing of
 * its kind in the deployment was evaluated but looked at nothing, so the count says how many:
 * "48 of 48 controls evaluated" alone read as 48 passes.
 */
public final class EvaluatedControls {

    private EvaluatedControls() {
    }

    /**
     * {@code 48 of 48 controls evaluated (35 with nothing to check)}; a run scoped to a framework
     * names it, {@code 18 of 48 controls evaluated, those of EU AI Act}: its counts are not the
     * deployment's.
     */
    public static String of(Assessment a) {
        long idle = a.controlsWith(ControlStatus.NOTHING_TO_CHECK);
        return a.evaluatedControls() + " of " + a.controls().size() + " controls evaluated"
                + a.scopedFramework().map(f -> ", those of " + f.framework().title()).orElse("")
                + (idle > 0 ? " (" + idle + " with nothing to check)" : "");
    }
}
