package io.oversight.engine;

import io.oversight.deployment.model.Governance.IncidentResponse;
import io.oversight.deployment.model.IncidentRegime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The deadlines each incident-notification regime sets, counted from becoming aware of an
 * incident, and which of the organization's committed times miss them. NIS2 Art. 23(4): early
 * warning within 24 hours, notification within 72, final report within one month. GDPR Art. 33(1):
 * notification within 72 hours. DORA Art. 19(4) with Delegated Regulation (EU) 2025/301 Art. 5:
 * initial notification within 24 hours of awareness and within 4 of classifying the incident as
 * major (the one stage counted from classification), intermediate report within 72 hours, final
 * report within one month. A month is taken as 30 days. GDPR Art. 34's communication to the people
 * concerned has no fixed time ("without undue delay") and is not a stage here.
 */
public final class NotificationDeadlines {

    /** A time the organization commits to under {@code governance.incidentResponse}: its key there, and how to read it. */
    public enum Commitment {
        EARLY_WARNING("earlyWarningHours", IncidentResponse::earlyWarningHours),
        AFTER_MAJOR_CLASSIFICATION("afterMajorClassificationHours", IncidentResponse::afterMajorClassificationHours),
        NOTIFICATION("notificationHours", IncidentResponse::notificationHours),
        FINAL_REPORT("finalReportDays", IncidentResponse::finalReportDays);

        private final String key;
        private final Function<IncidentResponse, Integer> committed;

        Commitment(String key, Function<IncidentResponse, Integer> committed) {
            this.key = key;
            this.committed = committed;
        }
    }

    /** One stage of a regime's notifications: the committed time that must meet it, its limit and unit. */
    public record Stage(Commitment commitment, String name, int limit, String unit) {

        /** The key of the committed time in {@code governance.incidentResponse}, where a finding points. */
        public String key() {
            return commitment.key;
        }

        /** The time {@code response} commits to for this stage, or null when it states none. */
        Integer committedBy(IncidentResponse response) {
            return commitment.committed.apply(response);
        }
    }

    /** A stage whose committed time is absent or beyond its limit, its place among the regime's stages, and the time written (null when absent). */
    public record Miss(Stage stage, int rank, Integer committed) {

        public String describe() {
            return stage.name() + " within " + stage.limit() + " " + stage.unit()
                    + (committed == null ? ", and no " + stage.key() + " is stated" : ", not " + committed);
        }
    }

    private NotificationDeadlines() {
    }

    /** The stages {@code regime} sets, in the order they fall due (for DORA, its two limits on the initial notification first). */
    public static List<Stage> of(IncidentRegime regime) {
        return switch (regime) {
            case NIS2 -> List.of(new Stage(Commitment.EARLY_WARNING, "early warning", 24, "hours"),
                    new Stage(Commitment.NOTIFICATION, "incident notification", 72, "hours"),
                    new Stage(Commitment.FINAL_REPORT, "final report", 30, "days"));
            case GDPR -> List.of(new Stage(Commitment.NOTIFICATION, "breach notification to the supervisory authority", 72, "hours"));
            case DORA -> List.of(new Stage(Commitment.EARLY_WARNING, "initial notification", 24, "hours"),
                    new Stage(Commitment.AFTER_MAJOR_CLASSIFICATION, "initial notification after classifying the incident as major", 4, "hours"),
                    new Stage(Commitment.NOTIFICATION, "intermediate report", 72, "hours"),
                    new Stage(Commitment.FINAL_REPORT, "final report", 30, "days"));
        };
    }

    /** The stages of {@code regime} that {@code response} (null when the file has none) does not commit to meet. */
    public static List<Miss> missed(IncidentRegime regime, IncidentResponse response) {
        List<Miss> misses = new ArrayList<>();
        List<Stage> stages = of(regime);
        for (int rank = 0; rank < stages.size(); rank++) {
            Stage stage = stages.get(rank);
            Integer committed = response == null ? null : stage.committedBy(response);
            if (committed == null || committed > stage.limit()) {
                misses.add(new Miss(stage, rank, committed));
            }
        }
        return misses;
    }

    /**
     * The stages of {@code regime} missed by the incident response among {@code responses}, the
     * file's (a list of one, or none when it has no incident response), as a rule collects it.
     */
    public static List<Miss> missedBy(IncidentRegime regime, List<?> responses) {
        return missed(regime, responses.isEmpty() ? null : (IncidentResponse) responses.get(0));
    }
}
