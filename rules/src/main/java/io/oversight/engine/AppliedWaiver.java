package io.oversight.engine;

import java.time.LocalDate;

/** The accepted risk that waives a finding. */
public record AppliedWaiver(int index, String justification, String approvedBy, LocalDate expires) {
}
