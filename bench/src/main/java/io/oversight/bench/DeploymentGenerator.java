package io.oversight.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic deployment of N agents with a realistic mix: mostly well-run agents, some with
 * inherited identities, wildcard grants, missing or weak checkpoints, delegation chains and
 * waivers. Seeded, so the same N gives the same file. YAML or JSON, chosen by the file extension.
 *
 * <p>Usage: {@code DeploymentGenerator N FILE}
 */
public final class DeploymentGenerator {

    private static final String[] ENVIRONMENTS = {"prod-eu", "prod-us", "prod-internal", "staging", "dev", "sandbox"};
    private static final String[] ACTIONS = {"read", "update", "deploy", "create", "ec2:DescribeInstances", "s3:GetObject",
            "ec2:TerminateInstances", "delete", "kubernetes:deletecollection", "execute", "send", "iam:PutRolePolicy"};
    private static final int PEOPLE = 200;

    private final int agents;
    private final boolean json;
    private final Random random = new Random(20261125L);

    private DeploymentGenerator(int agents, boolean json) {
        this.agents = agents;
        this.json = json;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DeploymentGenerator AGENTS FILE(.yaml|.json)");
        }
        Path file = Path.of(args[1]);
        write(Integer.parseInt(args[0]), file);
    }

    public static void write(int agents, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            new DeploymentGenerator(agents, file.toString().endsWith(".json")).write(out);
        }
    }

    private void write(Writer out) throws IOException {
        Emitter e = json ? new JsonEmitter(out) : new YamlEmitter(out);
        e.beginDocument();
        e.scalar("apiVersion", "oversight/v1");
        e.scalar("kind", "AgentDeployment");
        e.beginObject("metadata");
        e.scalar("name", "synthetic-" + agents);
        e.scalar("organization", "Synthetic Agents Inc");
        e.scalar("owner", "person-0");
        e.list("jurisdictions", "EU", "US");
        e.endObject();
        e.beginObject("governance");
        e.beginObject("aiPolicy");
        e.bool("documented", true);
        e.scalar("lastReviewed", "2026-06-01");
        e.endObject();
        e.beginObject("incidentResponse");
        e.bool("plan", true);
        e.bool("coversAiAgents", true);
        e.number("regulatorReportingDays", 10);
        e.endObject();
        e.endObject();
        e.beginList("people");
        for (int i = 0; i < PEOPLE; i++) {
            e.beginItem();
            e.scalar("id", "person-" + i);
            e.list("roles", i % 3 == 0 ? "prod-approver" : "engineer");
            e.bool("aiLiteracyTrained", i % 5 != 0);
            e.endItem();
        }
        e.endList();
        e.beginList("environments");
        for (String env : ENVIRONMENTS) {
            e.beginItem();
            e.scalar("name", env);
            e.scalar("kind", env.startsWith("prod") ? "production" : env.equals("staging") ? "staging" : env.equals("dev") ? "development" : "sandbox");
            e.scalar("criticality", env.equals("prod-eu") ? "critical" : env.startsWith("prod") ? "high" : "low");
            e.beginObject("backups");
            e.bool("enabled", true);
            e.bool("isolated", !env.equals("prod-internal"));
            e.endObject();
            e.endItem();
        }
        e.endList();
        e.beginList("agents");
        for (int i = 0; i < agents; i++) {
            agent(e, i);
        }
        e.endList();
        e.beginList("waivers");
        for (int i = 0; i < Math.max(1, agents / 100); i++) {
            e.beginItem();
            e.scalar("control", "PM-04");
            e.scalar("agent", "agent-" + (i * 97 % agents));
            e.scalar("justification", "Credential broker migration scheduled");
            e.scalar("approvedBy", "person-" + (1 + i % (PEOPLE - 1)));
            e.scalar("expires", i % 4 == 0 ? "2026-10-01" : "2027-06-30");
            e.endItem();
        }
        e.endList();
        e.endDocument();
    }

    /**
     * About 1.2 KB of YAML per agent: two to five permissions and one or two checkpoints. Most
     * agents are well run and meet the controls; the sloppy ones (15%) show the usual gaps:
     * inherited identities, wildcard resources, stale reviews, weak or missing gates, no preview,
     * no monitoring, no risk assessment, untrained overseers.
     */
    private void agent(Emitter e, int i) throws IOException {
        boolean sloppy = random.nextInt(100) < 15;
        String home = ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)];
        boolean highRisk = random.nextInt(10) == 0;
        e.beginItem();
        e.scalar("id", "agent-" + i);
        if (!sloppy || random.nextBoolean()) {
            e.scalar("owner", "person-" + random.nextInt(PEOPLE));
        }
        e.list("overseers", "person-" + (sloppy ? random.nextInt(PEOPLE) : trained()));
        e.list("environments", home.equals("staging") ? new String[] {home} : new String[] {home, "staging"});
        e.scalar("riskTier", highRisk ? "high" : "limited");
        e.scalar("autonomy", random.nextInt(4) == 0 ? "supervised" : "autonomous");
        e.inlineObject("identity", "type", sloppy && random.nextBoolean() ? "inherited" : "dedicated", "principal", "svc-agent-" + i,
                "credentialTtlMinutes", sloppy ? 720L : 30L);
        e.beginList("permissions");
        int permissions = 2 + random.nextInt(4);
        for (int p = 0; p < permissions; p++) {
            String environment = p == 0 ? home
                    : sloppy && random.nextInt(4) == 0 ? ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)] : "staging";
            String[] actions = {ACTIONS[random.nextInt(ACTIONS.length)], ACTIONS[random.nextInt(ACTIONS.length)]};
            if (sloppy) {
                e.inlineItem("environment", environment, "actions", actions, "resources", new String[] {p == 0 ? "*" : "app/*"},
                        "lastReviewed", "2026-01-15");
            } else {
                e.inlineItem("environment", environment, "actions", actions, "justification", "Change OPS-" + (1000 + p),
                        "lastReviewed", "2026-10-20");
            }
        }
        e.endList();
        e.beginList("checkpoints");
        int checkpoints = sloppy ? 1 + random.nextInt(2) : 2;
        for (int c = 0; c < checkpoints; c++) {
            String[] actions = c == 0 ? new String[] {"delete", "admin", "grant"} : new String[] {"deploy", "update", "execute", "send"};
            if (sloppy && random.nextBoolean()) {
                e.inlineItem("actions", actions, "approvals", 1L, "approverRoles", new String[] {"prod-approver"}, "onTimeout", "allow");
            } else {
                e.inlineItem("actions", actions, "approvals", sloppy || c == 1 ? 1L : 2L, "approverRoles", new String[] {"prod-approver"},
                        "independentOfRequester", !sloppy);
            }
        }
        e.endList();
        if (i > 0 && random.nextInt(10) == 0) {
            e.list("delegatesTo", "agent-" + random.nextInt(i));
        }
        e.beginObject("guardrails");
        e.inlineObject("killSwitch", "available", true, "haltsInFlight", !sloppy, "lastTested", "2026-10-01");
        e.bool("dryRunFirst", !sloppy);
        e.number("rateLimitPerHour", 100);
        e.number("maxResourcesPerAction", 10);
        e.endObject();
        e.inlineObject("logging", "enabled", true, "events",
                highRisk ? new String[] {"prompts", "tool-calls", "approvals", "outputs"} : new String[] {"tool-calls", "approvals"},
                "tamperEvident", !sloppy, "retentionDays", 400L, "attribution", sloppy ? "operator" : "agent");
        if (!sloppy) {
            e.inlineObject("monitoring", "alerts", true, "reviewer", "person-" + trained());
            e.beginObject("assessments");
            e.inlineObject("risk", "date", "2026-09-01", "reviewer", "person-" + trained());
            e.endObject();
        }
        e.endItem();
    }

    /** A person who has had AI-literacy training (every fifth person has not). */
    private int trained() {
        int person = random.nextInt(PEOPLE);
        return person % 5 == 0 ? person + 1 : person;
    }
}
