package io.oversight.deployment.model;

import java.util.List;

/**
 * An AI agent and everything the format says about it. Values of the format's closed word lists
 * are enums ({@code autonomy == Autonomy.SUPERVISED} in DRL), null when not written. Nested parts
 * carry the agent's id so that they can be facts of their own: a rule then says
 * {@code not Logging(agentId == $id, enabled == true)} instead of navigating nulls. {@code runtime}
 * is the configuration the agent really runs with, when the deployment names one.
 */
public record Agent(
        String path,
        String id,
        String name,
        String purpose,
        String owner,
        List<String> overseers,
        List<String> environments,
        Model model,
        RiskTier riskTier,
        List<String> useCases,
        Autonomy autonomy,
        Boolean userFacing,
        Boolean disclosure,
        Identity identity,
        List<Permission> permissions,
        List<Checkpoint> checkpoints,
        List<String> delegatesTo,
        Guardrails guardrails,
        Logging logging,
        Monitoring monitoring,
        Assessments assessments,
        DataAccess dataAccess,
        AgentRuntime runtime,
        EuAiAct euAiAct,
        Decisions decisions) {

    public Agent {
        overseers = List.copyOf(overseers);
        environments = environments == null ? null : List.copyOf(environments);
        useCases = List.copyOf(useCases);
        permissions = List.copyOf(permissions);
        checkpoints = List.copyOf(checkpoints);
        delegatesTo = List.copyOf(delegatesTo);
    }

    /** The same agent running with {@code configured}: its runtime with its delegates resolved. */
    public Agent withRuntime(AgentRuntime configured) {
        return new Agent(path, id, name, purpose, owner, overseers, environments, model, riskTier, useCases, autonomy, userFacing, disclosure,
                identity, permissions, checkpoints, delegatesTo, guardrails, logging, monitoring, assessments, dataAccess, configured, euAiAct,
                decisions);
    }

    /** Whether the agent runs in {@code environment}: one it lists, or any when it lists none. */
    public boolean runsIn(String environment) {
        return environments == null || environments.contains(environment);
    }

    public record Model(String provider, String name, String version) {
    }

    public record Guardrails(String agentId, KillSwitch killSwitch, Boolean dryRunFirst, Integer rateLimitPerHour,
                             Integer maxResourcesPerAction, Boolean honorsChangeFreeze) {
    }

    public record KillSwitch(String agentId, Boolean available, Boolean haltsInFlight, java.time.LocalDate lastTested, String owner) {
    }

    public record Logging(String agentId, Boolean enabled, List<LogEvent> events, Boolean tamperEvident, Integer retentionDays, Attribution attribution) {
        public Logging {
            events = List.copyOf(events);
        }
    }

    public record Monitoring(String agentId, Boolean alerts, String reviewer) {
    }

    public record Assessments(String agentId, Assessment risk, Assessment fundamentalRights, Assessment dataProtection) {
    }

    public record Assessment(java.time.LocalDate date, String reviewer) {
    }

    /** What the file says of the agent under the EU AI Act beyond its tier: the route by which it is high-risk. */
    public record EuAiAct(EuAiActRoute route) {
    }

    /**
     * Whether the agent makes or materially influences decisions about people with legal or
     * similarly significant effects ({@code aboutPeople}), and the safeguards the people concerned
     * have: notice before use, an explanation of a decision, review by a human, an appeal against
     * it, and correction of the data it rested on; whether records are kept of the agent's part in
     * each such decision ({@code records}); and the day it began taking part in them ({@code since},
     * or null), which dates California's risk assessment.
     */
    public record Decisions(String agentId, Boolean aboutPeople, Boolean notice, Boolean explanation, Boolean humanReview,
                            Boolean appeal, Boolean correction, Boolean records, Boolean optOut, java.time.LocalDate since) {
    }

    /** The route the file states, or null. */
    public EuAiActRoute euAiActRoute() {
        return euAiAct == null ? null : euAiAct.route();
    }

    public record DataAccess(String agentId, Boolean personalData, List<String> categories) {
        public DataAccess {
            categories = List.copyOf(categories);
        }
    }
}
