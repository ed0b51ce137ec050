package io.oversight.engine;

import io.oversight.deployment.model.Waiver;

/** A declared waiver and whether it applies: {@code active}, {@code expired}, or {@code self-approved}. */
public record WaiverStatus(Waiver waiver, String status, int findingsWaived, String reason) {

    public boolean active() {
        return status.equals("active");
    }
}
