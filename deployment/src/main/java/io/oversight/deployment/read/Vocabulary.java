package io.oversight.deployment.read;

import java.util.List;
import java.util.Set;

/** The format's word lists that are not enums of the model: action verbs and use cases. */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Plain action verbs; anything else must be provider-qualified ({@code service:Action}). */
    public static final List<String> VERBS = List.of("read", "create", "update", "delete", "deploy", "execute",
            "admin", "grant", "pay", "send", "*");

    /** EU AI Act Annex III areas. */
    public static final Set<String> HIGH_RISK_USE_CASES = Set.of("biometric-identification", "critical-infrastructure",
            "education", "employment", "essential-services", "credit", "insurance-pricing", "law-enforcement",
            "migration", "justice");
    /** EU AI Act Art. 5 practices. */
    public static final Set<String> PROHIBITED_USE_CASES = Set.of("manipulation", "exploiting-vulnerabilities",
            "social-scoring", "predictive-policing", "face-scraping", "workplace-emotion-recognition",
            "biometric-categorisation", "realtime-remote-biometric-identification");
    public static final Set<String> OTHER_USE_CASES = Set.of("customer-service", "software-engineering",
            "infrastructure-operations", "data-analysis", "content-generation");

    private static final List<String> KNOWN_USE_CASES = java.util.stream.Stream.of(HIGH_RISK_USE_CASES, PROHIBITED_USE_CASES, OTHER_USE_CASES)
            .flatMap(java.util.Collection::stream).sorted().toList();

    public static List<String> knownUseCases() {
        return KNOWN_USE_CASES;
    }
}
