package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fixtures of IR-07 and IR-09 pin which finding each file produces; this pins which of the
 * regime's stages the finding names as missed, with the limit and what the file wrote, so that a
 * wrong limit on a stage whose time is absent anyway cannot pass unseen.
 */
class NotificationDeadlineFindingsTest {

    private static String message(String fixture, String control) throws Exception {
        return Fixtures.assess(Fixtures.root().resolve(fixture)).findings().stream().filter(f -> f.control().equals(control))
                .map(Finding::message).findFirst().orElseThrow();
    }

    @Test
    void doraNamesEachMissedStageOfItsInitialNotificationAndFinalReport() throws Exception {
        assertThat(message("IR-09/fail-dora-no-times.yaml", "IR-09")).isEqualTo("incident response does not commit to the notification"
                + " deadlines of DORA Art. 19: initial notification within 24 hours, and no earlyWarningHours is stated, initial"
                + " notification after classifying the incident as major within 4 hours, and no afterMajorClassificationHours is stated,"
                + " final report within 30 days, and no finalReportDays is stated");
        assertThat(message("IR-09/fail-dora-slow-after-classification.yaml", "IR-09")).endsWith(
                ": initial notification after classifying the incident as major within 4 hours, not 8");
    }

    @Test
    void nis2NamesTheLateEarlyWarningAndTheMissingFinalReport() throws Exception {
        assertThat(message("IR-07/fail-nis2-times-late-or-missing.yaml", "IR-07")).endsWith(
                "NIS2 Art. 23: early warning within 24 hours, not 48, final report within 30 days, and no finalReportDays is stated");
    }
}
