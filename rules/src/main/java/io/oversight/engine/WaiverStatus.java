package io.oversight.engine;

import io.oversight.deployment.model.Waiver;

/** A declared waiver, whether it applies, and for a void one why not. */
public record WaiverStatus(Waiver waiver, WaiverState status, int findingsWaived, String reason) {

    public boolean active() {
        return status == WaiverState.ACTIVE;
    }
}
