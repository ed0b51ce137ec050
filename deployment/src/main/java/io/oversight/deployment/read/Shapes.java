package io.oversight.deployment.read;

import java.util.List;

/** Every object shape of format {@code oversight/v1}; names match the schema's {@code $defs}. */
public final class Shapes {

    private Shapes() {
    }

    /** {@code $schema} tells an editor where the format's JSON Schema is; the reader ignores it. */
    public static final Shape ROOT = Shape.of("root", List.of("apiVersion", "kind", "metadata", "agents"),
            "governance", "people", "environments", "waivers", "roles", "$schema");
    public static final Shape METADATA = Shape.of("metadata", List.of("name", "organization", "owner"),
            "jurisdictions", "description", "euAiActRoles", "publicSector");
    public static final Shape GOVERNANCE = Shape.of("governance", List.of(),
            "aiPolicy", "riskManagement", "incidentResponse", "aiLiteracy");
    public static final Shape AI_POLICY = Shape.of("aiPolicy", List.of(), "documented", "lastReviewed");
    public static final Shape RISK_MANAGEMENT = Shape.of("riskManagement", List.of(), "process", "lastReviewed");
    public static final Shape INCIDENT_RESPONSE = Shape.of("incidentResponse", List.of(),
            "plan", "coversAiAgents", "contact", "regulatorReportingDays", "regimes", "earlyWarningHours", "notificationHours",
            "finalReportDays", "afterMajorClassificationHours", "affectedPeopleNotice");
    public static final Shape AI_LITERACY = Shape.of("aiLiteracy", List.of(), "trainingRequired", "lastDelivered");
    public static final Shape PERSON = Shape.of("person", List.of("id"), "name", "email", "roles", "aiLiteracyTrained",
            "permissions", "groups");
    public static final Shape ENVIRONMENT = Shape.of("environment", List.of("name"),
            "kind", "criticality", "changeFreeze", "backups");
    public static final Shape BACKUPS = Shape.of("backups", List.of(), "enabled", "isolated", "lastRestoreTest");
    public static final Shape AGENT = Shape.of("agent", List.of("id"),
            "name", "purpose", "owner", "overseers", "environments", "model", "riskTier", "useCases", "autonomy",
            "userFacing", "disclosure", "identity", "permissions", "checkpoints", "delegatesTo", "guardrails",
            "logging", "monitoring", "assessments", "dataAccess", "runtime", "euAiAct", "decisions");
    /** The configuration an agent really runs with: docs/agent-runtimes.md. */
    public static final Shape RUNTIME = Shape.of("runtime", List.of("kind", "path"), "name");
    public static final Shape MODEL = Shape.of("model", List.of(), "provider", "name", "version");
    public static final Shape IDENTITY = Shape.of("identity", List.of(),
            "type", "principal", "inheritedFrom", "credentialTtlMinutes");
    /** {@code actions}, or one of the imports that stand for it, is required; the binder says so. */
    public static final Shape PERMISSION = Shape.of("permission", List.of("environment"),
            "resources", "actions", "fromAwsIamPolicy", "fromKubernetesRbac", "justification", "lastReviewed");
    public static final Shape CHECKPOINT = Shape.of("checkpoint", List.of(),
            "name", "environments", "actions", "approvals", "approverRoles", "independentOfRequester",
            "timeoutMinutes", "onTimeout", "enforcement");
    public static final Shape GUARDRAILS = Shape.of("guardrails", List.of(),
            "killSwitch", "dryRunFirst", "rateLimitPerHour", "maxResourcesPerAction", "honorsChangeFreeze");
    public static final Shape KILL_SWITCH = Shape.of("killSwitch", List.of(), "available", "haltsInFlight", "lastTested", "owner");
    public static final Shape LOGGING = Shape.of("logging", List.of(),
            "enabled", "events", "tamperEvident", "retentionDays", "attribution");
    public static final Shape MONITORING = Shape.of("monitoring", List.of(), "alerts", "reviewer");
    public static final Shape ASSESSMENTS = Shape.of("assessments", List.of(), "risk", "fundamentalRights", "dataProtection");
    public static final Shape ASSESSMENT = Shape.of("assessment", List.of(), "date", "reviewer");
    public static final Shape EU_AI_ACT = Shape.of("euAiAct", List.of(), "route");
    public static final Shape DECISIONS = Shape.of("decisions", List.of(),
            "aboutPeople", "notice", "explanation", "humanReview", "appeal", "correction", "records", "optOut", "since");
    public static final Shape DATA_ACCESS = Shape.of("dataAccess", List.of(), "personalData", "categories");
    /** A role an identity may take on, with its policy: docs/imported-permissions.md. */
    public static final Shape ROLE = Shape.of("role", List.of("arn", "fromAwsIamPolicy"), "breakGlass");
    public static final Shape BREAK_GLASS = Shape.of("breakGlass", List.of(), "maxSessionMinutes", "postUseReview");
    /** A file of waivers kept apart from the deployment ({@code --waivers}). */
    public static final Shape WAIVERS_FILE = Shape.of("waiversFile", List.of("waivers"), "apiVersion", "kind", "deployment", "$schema");
    public static final Shape WAIVER = Shape.of("waiver", List.of("control", "justification", "approvedBy", "expires"), "agent");

    public static final List<Shape> ALL = List.of(ROOT, METADATA, GOVERNANCE, AI_POLICY, RISK_MANAGEMENT, INCIDENT_RESPONSE,
            AI_LITERACY, PERSON, ENVIRONMENT, BACKUPS, AGENT, MODEL, IDENTITY, PERMISSION, CHECKPOINT, GUARDRAILS,
            KILL_SWITCH, LOGGING, MONITORING, ASSESSMENTS, ASSESSMENT, DATA_ACCESS, RUNTIME, EU_AI_ACT, DECISIONS, ROLE, BREAK_GLASS, WAIVER);
}
