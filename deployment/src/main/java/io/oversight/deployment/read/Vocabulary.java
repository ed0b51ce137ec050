package io.oversight.deployment.read;

import io.oversight.catalog.action.Verb;
import java.util.List;

/** The closed word lists of the format, as it spells them. */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static final List<String> EU_AI_ACT_ROLES = List.of("provider", "deployer");
    public static final List<String> ENVIRONMENT_KINDS = List.of("production", "staging", "development", "sandbox");
    public static final List<String> CRITICALITIES = List.of("critical", "high", "moderate", "low");
    public static final List<String> RISK_TIERS = List.of("unacceptable", "high", "limited", "minimal");
    public static final List<String> AUTONOMY = List.of("advisory", "supervised", "autonomous");
    public static final List<String> IDENTITY_TYPES = List.of("dedicated", "inherited", "shared");
    public static final List<String> ON_TIMEOUT = List.of("deny", "allow");
    public static final List<String> ENFORCEMENT = List.of("platform", "prompt");
    public static final List<String> LOG_EVENTS = List.of("prompts", "tool-calls", "approvals", "outputs", "errors");
    public static final List<String> ATTRIBUTION = List.of("agent", "operator", "none");

    /** Plain action verbs; anything else must be provider-qualified ({@code service:Action}). */
    public static final List<String> VERBS = Verb.words();
}
