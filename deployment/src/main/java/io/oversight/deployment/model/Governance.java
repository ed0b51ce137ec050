package io.oversight.deployment.model;

import java.time.LocalDate;

/** Organization-wide controls; each part is null when the file does not claim it. */
public record Governance(String path, AiPolicy aiPolicy, RiskManagement riskManagement,
                         IncidentResponse incidentResponse, AiLiteracy aiLiteracy) {

    public record AiPolicy(Boolean documented, LocalDate lastReviewed) {
    }

    public record RiskManagement(Boolean process, LocalDate lastReviewed) {
    }

    public record IncidentResponse(Boolean plan, Boolean coversAiAgents, String contact, Integer regulatorReportingDays) {
    }

    public record AiLiteracy(Boolean trainingRequired, LocalDate lastDelivered) {
    }
}
