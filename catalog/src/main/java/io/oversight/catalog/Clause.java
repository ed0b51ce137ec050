package io.oversight.catalog;

import java.time.LocalDate;

/**
 * One clause of a framework. {@code duty} ({@code provider}, {@code deployer} or {@code both}) and
 * {@code highRiskOnly} restrict EU AI Act clauses to the roles and systems they bind; {@code note}
 * carries an UNVERIFIED mark where the source has not been checked against the official text.
 */
public record Clause(String id, String title, String gist, LocalDate appliesFrom, String duty, Boolean highRiskOnly, String note) {

    public boolean isHighRiskOnly() {
        return Boolean.TRUE.equals(highRiskOnly);
    }
}
