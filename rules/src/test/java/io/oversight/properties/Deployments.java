package io.oversight.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds valid deployments as plain maps and lists, from a seed, with a realistic spread of good
 * and bad practice. Property tests serialise them to YAML, mutate them and compare the findings.
 */
final class Deployments {

    static final List<String> VERBS = List.of("read", "create", "update", "delete", "deploy", "execute", "admin", "grant", "pay",
            "send", "*", "ec2:TerminateInstances", "s3:GetObject", "iam:*", "kubernetes:deletecollection", "iam:PutRolePolicy");
    static final List<String> ENVIRONMENTS = List.of("prod", "prod-internal", "staging", "sandbox");

    private Deployments() {
    }

    static Map<String, Object> generate(long seed) {
        Random r = new Random(seed);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "oversight/v1");
        root.put("kind", "AgentDeployment");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", "generated");
        metadata.put("organization", "Generated Ltd");
        metadata.put("owner", "p0");
        metadata.put("jurisdictions", r.nextBoolean() ? List.of("EU") : List.of("US"));
        root.put("metadata", metadata);
        if (r.nextBoolean()) {
            root.put("governance", Map.of("aiPolicy", Map.of("documented", r.nextBoolean(), "lastReviewed", "2026-03-01"),
                    "incidentResponse", Map.of("plan", true, "coversAiAgents", r.nextBoolean(), "regulatorReportingDays", 5 + r.nextInt(20))));
        }
        int people = 2 + r.nextInt(5);
        List<Object> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", "p" + i);
            p.put("roles", List.of(r.nextBoolean() ? "approver" : "engineer"));
            p.put("aiLiteracyTrained", r.nextBoolean());
            persons.add(p);
        }
        root.put("people", persons);
        List<Object> environments = new ArrayList<>();
        for (String env : ENVIRONMENTS) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", env);
            e.put("kind", env.startsWith("prod") ? "production" : "staging");
            e.put("criticality", List.of("critical", "high", "moderate", "low").get(r.nextInt(4)));
            e.put("changeFreeze", r.nextInt(5) == 0);
            e.put("backups", Map.of("enabled", r.nextBoolean(), "isolated", r.nextBoolean()));
            environments.add(e);
        }
        root.put("environments", environments);
        int agents = 1 + r.nextInt(6);
        List<Object> agentList = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            agentList.add(agent(r, i, agents, people));
        }
        root.put("agents", agentList);
        if (r.nextBoolean()) {
            root.put("waivers", List.of(Map.of("control", "PM-04", "agent", "a0", "justification", "migration", "approvedBy",
                    "p" + r.nextInt(people), "expires", r.nextBoolean() ? "2026-01-01" : "2027-01-01")));
        }
        return root;
    }

    private static Map<String, Object> agent(Random r, int i, int agents, int people) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", "a" + i);
        if (r.nextInt(4) > 0) {
            a.put("owner", "p" + r.nextInt(people));
        }
        a.put("overseers", List.of("p" + r.nextInt(people)));
        if (r.nextBoolean()) {
            a.put("environments", List.of(ENVIRONMENTS.get(r.nextInt(ENVIRONMENTS.size()))));
        }
        a.put("autonomy", List.of("advisory", "supervised", "autonomous").get(r.nextInt(3)));
        if (r.nextBoolean()) {
            a.put("riskTier", List.of("high", "limited", "minimal").get(r.nextInt(3)));
        }
        a.put("userFacing", r.nextBoolean());
        a.put("disclosure", r.nextBoolean());
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", List.of("dedicated", "inherited", "shared").get(r.nextInt(3)));
        identity.put("credentialTtlMinutes", 15 + r.nextInt(120));
        a.put("identity", identity);
        List<Object> permissions = new ArrayList<>();
        for (int p = 0; p < 1 + r.nextInt(3); p++) {
            Map<String, Object> perm = new LinkedHashMap<>();
            perm.put("environment", ENVIRONMENTS.get(r.nextInt(ENVIRONMENTS.size())));
            perm.put("actions", List.of(VERBS.get(r.nextInt(VERBS.size())), VERBS.get(r.nextInt(VERBS.size()))));
            perm.put("resources", List.of(r.nextInt(4) == 0 ? "*" : "app-" + i + "/*"));
            if (r.nextBoolean()) {
                perm.put("justification", "needed");
                perm.put("lastReviewed", r.nextBoolean() ? "2026-10-01" : "2025-10-01");
            }
            permissions.add(perm);
        }
        a.put("permissions", permissions);
        List<Object> checkpoints = new ArrayList<>();
        for (int c = 0; c < r.nextInt(3); c++) {
            Map<String, Object> cp = new LinkedHashMap<>();
            cp.put("name", "gate-" + c);
            if (r.nextBoolean()) {
                cp.put("environments", List.of(ENVIRONMENTS.get(r.nextInt(ENVIRONMENTS.size()))));
            }
            cp.put("actions", r.nextBoolean() ? List.of("*") : List.of("delete", "deploy"));
            cp.put("approvals", 1 + r.nextInt(2));
            cp.put("approverRoles", List.of("approver"));
            cp.put("independentOfRequester", r.nextBoolean());
            cp.put("onTimeout", r.nextInt(4) == 0 ? "allow" : "deny");
            cp.put("enforcement", r.nextInt(4) == 0 ? "prompt" : "platform");
            checkpoints.add(cp);
        }
        a.put("checkpoints", checkpoints);
        if (i > 0 && r.nextBoolean()) {
            a.put("delegatesTo", List.of("a" + r.nextInt(agents)));
        }
        if (r.nextBoolean()) {
            a.put("guardrails", Map.of("killSwitch", Map.of("available", true, "haltsInFlight", r.nextBoolean(), "lastTested", "2026-10-01"),
                    "dryRunFirst", r.nextBoolean(), "rateLimitPerHour", 60, "honorsChangeFreeze", r.nextBoolean()));
        }
        if (r.nextBoolean()) {
            a.put("logging", Map.of("enabled", true, "events", List.of("tool-calls", "approvals", "prompts"), "tamperEvident", r.nextBoolean(),
                    "retentionDays", 30 + r.nextInt(400), "attribution", r.nextBoolean() ? "agent" : "operator"));
        }
        if (r.nextBoolean()) {
            a.put("monitoring", Map.of("alerts", true, "reviewer", "p0"));
        }
        return a;
    }
}
