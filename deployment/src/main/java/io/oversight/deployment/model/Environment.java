package io.oversight.deployment.model;

import java.time.LocalDate;

/** Where agents act. {@code kind} and {@code criticality} are null when the file does not state them. */
public record Environment(String path, String name, EnvironmentKind kind, Criticality criticality, Boolean changeFreeze, Backups backups) {

    /**
     * An environment of kind production, where agents act on live systems, or of no stated kind:
     * the format gives no default, and taking it as anything else would let a missing word switch
     * off every control that protects production.
     */
    public boolean production() {
        return kind == EnvironmentKind.PRODUCTION || kind == null;
    }

    /**
     * A production environment of criticality critical or high: the controls that weigh an
     * environment's criticality treat these as critical.
     */
    public boolean critical() {
        return production() && (criticality == Criticality.CRITICAL || criticality == Criticality.HIGH);
    }

    /**
     * A production environment whose criticality the file does not state: not critical, as the
     * format defines it, but nothing says it is not, so the two-person rule asks for a rating.
     */
    public boolean unratedProduction() {
        return production() && criticality == null;
    }

    /**
     * Critical, or production of no stated criticality: nothing shows a wrong guess would cost
     * less, so an action no rule classifies counts as destructive here.
     */
    public boolean mayBeCritical() {
        return critical() || unratedProduction();
    }

    /** Backups are enabled and isolated from agent identities, so they survive an agent deleting the environment. */
    public boolean backupsSurviveAgents() {
        return backups != null && Boolean.TRUE.equals(backups.enabled()) && Boolean.TRUE.equals(backups.isolated());
    }

    /** When a restore from the backups was last tested; null when the file does not say. */
    public LocalDate lastRestoreTest() {
        return backups == null ? null : backups.lastRestoreTest();
    }

    public record Backups(Boolean enabled, Boolean isolated, LocalDate lastRestoreTest) {
    }
}
