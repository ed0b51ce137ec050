package io.oversight.deployment.model;

import java.time.LocalDate;
import java.util.List;

/** Organization-wide controls; each part is null when the file does not claim it. */
public record Governance(String path, AiPolicy aiPolicy, RiskManagement riskManagement,
                         IncidentResponse incidentResponse, AiLiteracy aiLiteracy) {

    public record AiPolicy(Boolean documented, LocalDate lastReviewed) {
    }

    public record RiskManagement(Boolean process, LocalDate lastReviewed) {
    }

    /**
     * {@code regimes}: the incident-notification laws the organization falls under; the times are
     * those it commits to, counted from becoming aware of an incident: the first notice to the
     * authority (NIS2 early warning, DORA initial notification), the full notification (NIS2
     * incident notification, GDPR Art. 33 notification, DORA intermediate report) and the final report.
     * {@code afterMajorClassificationHours} is counted from classifying an incident as major instead
     * (DORA's initial notification); {@code affectedPeopleNotice} says the plan tells the people a
     * personal-data breach puts at high risk without undue delay (GDPR Art. 34). {@code regimes} is
     * null when the file leaves it out, which says nothing about the regimes, and empty when it
     * declares that none applies.
     */
    public record IncidentResponse(Boolean plan, Boolean coversAiAgents, String contact, Integer regulatorReportingDays,
                                   List<IncidentRegime> regimes, Integer earlyWarningHours, Integer notificationHours,
                                   Integer finalReportDays, Integer afterMajorClassificationHours, Boolean affectedPeopleNotice) {
        public IncidentResponse {
            regimes = regimes == null ? null : List.copyOf(regimes);
        }
    }

    public record AiLiteracy(Boolean trainingRequired, LocalDate lastDelivered) {
    }
}
