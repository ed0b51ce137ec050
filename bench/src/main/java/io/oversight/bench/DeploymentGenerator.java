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

    /** About 0.9 KB of YAML per agent: five permissions and one or two checkpoints, most agents well run. */
    private void agent(Emitter e, int i) throws IOException {
        boolean sloppy = random.nextInt(100) < 15;
        String home = ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)];
        e.beginItem();
        e.scalar("id", "agent-" + i);
        if (!sloppy || random.nextBoolean()) {
            e.scalar("owner", "person-" + random.nextInt(PEOPLE));
        }
        e.list("overseers", "person-" + random.nextInt(PEOPLE));
        e.list("environments", home, "staging");
        e.scalar("riskTier", random.nextInt(10) == 0 ? "high" : "limited");
        e.scalar("autonomy", random.nextInt(4) == 0 ? "supervised" : "autonomous");
        e.beginObject("identity");
        e.scalar("type", sloppy && random.nextBoolean() ? "inherited" : "dedicated");
        e.number("credentialTtlMinutes", sloppy ? 720 : 30);
        e.endObject();
        e.beginList("permissions");
        int permissions = 3 + random.nextInt(5);
        for (int p = 0; p < permissions; p++) {
            String environment = p == 0 ? home : random.nextInt(8) == 0 ? ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)] : "staging";
            String[] actions = {ACTIONS[random.nextInt(ACTIONS.length)], ACTIONS[random.nextInt(ACTIONS.length)]};
            if (sloppy && p == 0) {
                e.inlineItem("environment", environment, "actions", actions, "resources", new String[] {"*"}, "lastReviewed", "2026-01-15");
            } else {
                e.inlineItem("environment", environment, "actions", actions, "lastReviewed", sloppy ? "2026-01-15" : "2026-10-20");
            }
        }
        e.endList();
        e.beginList("checkpoints");
        int checkpoints = 1 + random.nextInt(2);
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
        e.beginObject("killSwitch");
        e.bool("available", true);
        e.bool("haltsInFlight", !sloppy);
        e.scalar("lastTested", "2026-10-01");
        e.endObject();
        e.number("rateLimitPerHour", 100);
        e.number("maxResourcesPerAction", 10);
        e.endObject();
        e.beginObject("logging");
        e.bool("enabled", true);
        e.list("events", "tool-calls", "approvals");
        e.bool("tamperEvident", !sloppy);
        e.number("retentionDays", 400);
        e.scalar("attribution", sloppy ? "operator" : "agent");
        e.endObject();
        e.endItem();
    }
}
