package io.oversight.deployment.runtime;

import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads kagent Agent resources ({@code kagent.dev/v1alpha2}, kind Agent, or SandboxAgent, whose spec
 * is an Agent's with the sandbox it runs in; other objects in the same manifests are skipped). Each
 * tool of an MCP server becomes a rule, ASK when it is listed under
 * {@code requireApproval} (kagent pauses the call for a person) and ALLOW otherwise; each Agent
 * tool a delegate; {@code deployment.serviceAccountName} the identity, or by default the service
 * account kagent creates under the agent's own name.
 */
final class KagentAgentReader implements RuntimeReader {

    private static final String API_VERSION = "kagent.dev/v1alpha2";

    /** The kinds read, with their lists: a SandboxAgent's spec is an Agent's, run in an isolated sandbox. */
    private static final Set<String> AGENT_KINDS = Set.of("Agent", "SandboxAgent");
    private static final Set<String> LIST_KINDS = Set.of("List", "AgentList", "SandboxAgentList");

    private final YamlTreeReader yaml;

    KagentAgentReader(InputLimits limits) {
        this.yaml = new YamlTreeReader(limits);
    }

    /** The documents, with the items of a List (or AgentList) in its place: kubectl apply unpacks them, so an Agent in one is applied. */
    private static List<YNode> objects(List<YNode> documents) {
        List<YNode> objects = new ArrayList<>();
        for (YNode document : documents) {
            if (document instanceof YMap map && LIST_KINDS.contains(String.valueOf(text(map, "kind")))
                    && map.get("items") instanceof YList items) {
                objects.addAll(objects(items.items()));
            } else {
                objects.add(document);
            }
        }
        return objects;
    }

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        List<RuntimeConfiguration> agents = new ArrayList<>();
        Map<String, Position> defined = new HashMap<>();
        boolean anAgent = false;
        List<YNode> documents = objects(Reading.parsed("YAML", RuntimeKind.KAGENT, () -> yaml.readAll(file, text)));
        for (YNode document : documents) {
            YMap object = reading.map(document, "a Kubernetes object");
            String kind = object == null ? null : text(object, "kind");
            if (kind == null || !AGENT_KINDS.contains(kind) || !String.valueOf(text(object, "apiVersion")).startsWith("kagent.dev/")) {
                continue;
            }
            anAgent = true;
            Located<String> version = reading.text(object, "apiVersion");
            if (!version.value().equals(API_VERSION)) {
                reading.problem(version.position(), "kagent " + kind + "s are read in " + API_VERSION + "; convert this one, or apply it and export it "
                        + "with kubectl get " + kind.toLowerCase(java.util.Locale.ROOT) + "." + API_VERSION.substring(API_VERSION.indexOf('/') + 1)
                        + ".kagent.dev -o yaml");
                continue;
            }
            RuntimeConfiguration agent = agent(reading, file, object);
            if (agent == null) {
                continue;
            }
            // kubectl apply keeps the last object of a name: judging either one would make the verdict depend on the documents' order.
            Position first = defined.putIfAbsent(agent.name(), agent.position());
            if (first != null) {
                reading.problem(agent.position(), "duplicate Agent '" + agent.name() + "' (first defined at line " + first.line()
                        + "): kubectl apply keeps only the last one, so define each Agent once");
            } else {
                agents.add(agent);
            }
        }
        if (!anAgent) {
            reading.problem(Position.START, "the file holds no kagent Agent (apiVersion " + API_VERSION + ", kind Agent or SandboxAgent)"
                    + (documents.isEmpty() ? "" : Lookalike.of(documents.get(0), RuntimeKind.KAGENT)));
        }
        reading.finish();
        return agents;
    }

    private static RuntimeConfiguration agent(Reading reading, String file, YMap object) {
        YMap metadata = reading.map(object, "metadata");
        Located<String> name = metadata == null ? null : reading.text(metadata, "name");
        if (name == null) {
            reading.problem(object.position(), "the Agent has no metadata.name");
            return null;
        }
        Located<String> namespace = reading.text(metadata, "namespace");
        String namespaceName = namespace == null ? "default" : namespace.value();
        String qualified = namespaceName + "/" + name.value();
        YMap spec = reading.map(object, "spec");
        if (spec == null) {
            reading.problem(object.position(), "the Agent '" + name.value() + "' has no spec");
            return null;
        }
        // kagent runs the body spec.type names, whatever other block the manifest still holds (its schema accepts both).
        Located<String> type = reading.text(spec, "type");
        if (type != null && !type.value().equals("Declarative") && !type.value().equals("BYO")) {
            reading.problem(type.position(), "the Agent's spec.type must be Declarative or BYO");
            return null;
        }
        boolean byo = type != null ? type.value().equals("BYO") : spec.get("declarative") == null;
        YMap body = reading.map(spec, byo ? "byo" : "declarative");
        if (body == null && type != null) {
            reading.problem(type.position(), "the Agent's spec.type is " + type.value() + ", but it has no spec." + (byo ? "byo" : "declarative")
                    + "; kagent refuses such an Agent");
            return null;
        }
        List<RuntimeRule> rules = new ArrayList<>();
        if (byo && body != null) {
            // A bring-your-own agent runs its own code: kagent neither lists what it calls nor asks before it acts.
            rules.add(new RuntimeRule("*", "", Decision.ALLOW, body.position()));
        }
        YMap skills = reading.map(spec, "skills");
        if (skills != null && !byo) {
            // Skills come with kagent's skills toolset, whose bash tool runs any command in the agent's pod, with its
            // service account's token, and no requireApproval reaches it.
            rules.add(new RuntimeRule("SkillsToolset(bash)", "", Decision.ALLOW, skills.position()));
        }
        List<McpServer> servers = new ArrayList<>();
        List<Delegate> delegates = new ArrayList<>();
        List<Credential> credentials = new ArrayList<>();
        if (body != null) {
            for (YMap tool : reading.maps(body, "tools", "tool")) {
                tool(reading, tool, qualified, rules, servers, delegates);
            }
            askedByName(rules);
        }
        YMap deployment = body == null ? null : reading.map(body, "deployment");
        Located<String> account = deployment == null ? null : reading.text(deployment, "serviceAccountName");
        RuntimeIdentity identity = account == null
                ? new RuntimeIdentity(RuntimeIdentity.Kind.SERVICE_ACCOUNT, namespaceName + "/" + name.value(), true, name.position())
                : new RuntimeIdentity(RuntimeIdentity.Kind.SERVICE_ACCOUNT, namespaceName + "/" + account.value(), false, account.position());
        if (deployment != null) {
            credentials.addAll(secretVariables(reading, deployment));
            Position propagates = propagatesToken(reading, deployment);
            if (propagates != null) {
                servers.replaceAll(server -> withCaller(server, propagates));
            }
        }
        return new RuntimeConfiguration(RuntimeKind.KAGENT, file, qualified, object.position(), rules, null, null, null, List.of(), servers,
                credentials, delegates, identity, List.of());
    }

    /**
     * kagent's ADKs gather every entry's requireApproval into one set of tool names for the whole
     * agent and pause any call of a name in it, whichever server the tool comes from: a tool listed
     * again in another entry without approval still waits.
     */
    private static void askedByName(List<RuntimeRule> rules) {
        Set<String> asked = new HashSet<>();
        rules.stream().filter(r -> r.decision() == Decision.ASK).map(r -> RuntimeGates.mcpToolName(r.tool())).filter(java.util.Objects::nonNull).forEach(asked::add);
        rules.replaceAll(r -> r.decision() == Decision.ALLOW && asked.contains(RuntimeGates.mcpToolName(r.tool()))
                ? new RuntimeRule(r.tool(), r.specifier(), Decision.ASK, r.position(), r.file()) : r);
    }

    /**
     * Where the agent's container is told to pass the caller's Authorization header on to every MCP
     * server, whatever each one's allowedHeaders: {@code KAGENT_PROPAGATE_TOKEN} set to true (any
     * case, as kagent's ADKs compare it), or to a value taken from elsewhere, which may be true; null
     * when it is not.
     */
    private static Position propagatesToken(Reading reading, YMap deployment) {
        Position at = null;
        for (YMap variable : reading.maps(deployment, "env", "variable")) {
            Located<String> name = reading.text(variable, "name");
            if (name == null || !name.value().equals("KAGENT_PROPAGATE_TOKEN")) {
                continue;
            }
            Located<String> value = reading.text(variable, "value");
            // The last of a name is the one the container gets.
            at = variable.get("valueFrom") != null || value != null && value.value().equalsIgnoreCase("true") ? name.position() : null;
        }
        return at;
    }

    private static McpServer withCaller(McpServer server, Position at) {
        if (server.credentials().stream().anyMatch(c -> c.source() == CredentialSource.CALLER && c.name().equalsIgnoreCase("Authorization"))) {
            return server;
        }
        List<Credential> credentials = new ArrayList<>(server.credentials());
        credentials.add(new Credential("KAGENT_PROPAGATE_TOKEN", CredentialSource.CALLER, null, at));
        return new McpServer(server.name(), server.position(), server.enabled(), server.transport(), server.tools(), credentials, server.limit());
    }

    /**
     * Whether a request header carries who the caller is, by the whole words of its name:
     * Authorization and Cookie, and the tokens, API keys, secrets and assertions proxies forward
     * (X-Forwarded-Access-Token, X-Amzn-Oidc-Accesstoken, X-Amzn-Oidc-Data, X-Goog-Iap-Jwt-Assertion);
     * not a partition, cache or idempotency key, nor a page token. Passed on, the agent's tool calls
     * act as the caller.
     */
    static boolean carriesCaller(String header) {
        List<String> words = List.of(header.toLowerCase(java.util.Locale.ROOT).split("[-_]"));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String before = i == 0 ? "" : words.get(i - 1);
            if (CALLER_WORDS.contains(word) || word.equals("token") && !before.equals("page")
                    || word.equals("key") && (before.equals("api") || before.equals("access") || before.equals("secret"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CALLER_WORDS = Set.of("authorization", "auth", "jwt", "assertion", "cookie", "credential",
            "credentials", "secret", "password", "passwd", "bearer", "accesstoken", "idtoken", "apikey", "oidc");

    private static void tool(Reading reading, YMap tool, String agent, List<RuntimeRule> rules, List<McpServer> servers, List<Delegate> delegates) {
        Located<String> type = reading.text(tool, "type");
        if (type == null) {
            reading.problem(tool.position(), "the tool has no 'type' (McpServer or Agent)");
        } else if (type.value().equals("McpServer")) {
            YMap server = reading.map(tool, "mcpServer");
            if (server == null) {
                reading.problem(tool.position(), "a tool of type McpServer needs 'mcpServer'");
                return;
            }
            Located<String> name = reading.text(server, "name");
            if (name == null) {
                reading.problem(server.position(), "'mcpServer' needs the 'name' of the server");
                return;
            }
            List<Located<String>> tools = reading.texts(server, "toolNames");
            Set<String> approved = new HashSet<>();
            tools.forEach(t -> approved.add(t.value()));
            Set<String> approval = new HashSet<>();
            for (Located<String> gated : reading.texts(server, "requireApproval")) {
                if (!approved.contains(gated.value())) {
                    reading.problem(gated.position(), "'" + gated.value() + "' requires approval but is not among the toolNames; kagent "
                            + "accepts only tools the agent is given");
                }
                approval.add(gated.value());
            }
            for (Located<String> t : tools) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(name.value(), t.value()), "",
                        approval.contains(t.value()) ? Decision.ASK : Decision.ALLOW, t.position()));
            }
            if (tools.isEmpty()) {
                // No toolNames: the agent gets every tool the server offers, none of them behind an approval.
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(name.value(), null), "", Decision.ALLOW, name.position()));
            }
            Located<String> kind = reading.text(server, "kind");
            List<Credential> credentials = new ArrayList<>(headers(reading, tool));
            // Headers of the caller's request kagent passes on to the server's calls: an Authorization header is the caller's identity.
            for (Located<String> header : reading.texts(server, "allowedHeaders")) {
                if (carriesCaller(header.value())) {
                    credentials.add(new Credential(header.value(), CredentialSource.CALLER, null, header.position()));
                }
            }
            servers.add(new McpServer(name.value(), name.position(), null, kind == null ? "MCPServer" : kind.value(), tools, credentials));
        } else if (type.value().equals("Agent")) {
            YMap other = reading.map(tool, "agent");
            Located<String> name = other == null ? null : reading.text(other, "name");
            if (name == null) {
                reading.problem(tool.position(), "a tool of type Agent needs 'agent' with the 'name' of the agent it hands work to");
                return;
            }
            Located<String> namespace = reading.text(other, "namespace");
            String reference = (namespace == null ? agent.substring(0, agent.indexOf('/')) : namespace.value()) + "/" + name.value();
            delegates.add(new Delegate(name.value(), reference, name.position()));
        } else {
            reading.problem(type.position(), "the tool 'type' must be McpServer or Agent");
        }
    }

    /** {@code headersFrom}: each header's value comes from a Secret or a ConfigMap, or is written. */
    private static List<Credential> headers(Reading reading, YMap tool) {
        List<Credential> credentials = new ArrayList<>();
        for (YMap header : reading.maps(tool, "headersFrom", "header")) {
            Located<String> name = reading.text(header, "name");
            if (name != null) {
                valueOf(reading, header, name).ifPresent(credentials::add);
            }
        }
        return credentials;
    }

    /** The secrets of the agent's container: variables taken from a Secret. */
    private static List<Credential> secretVariables(Reading reading, YMap deployment) {
        List<Credential> credentials = new ArrayList<>();
        for (YMap variable : reading.maps(deployment, "env", "variable")) {
            Located<String> name = reading.text(variable, "name");
            if (name != null) {
                valueOf(reading, variable, name).ifPresent(credentials::add);
            }
        }
        return credentials;
    }

    /**
     * The credential a header or variable holds: from a Secret ({@code valueFrom.secretKeyRef} in a
     * container's env, {@code valueFrom.type: Secret} in headersFrom), or a written value that is one.
     */
    private static Optional<Credential> valueOf(Reading reading, YMap entry, Located<String> name) {
        YMap from = reading.map(entry, "valueFrom");
        if (from != null) {
            YMap secretRef = reading.map(from, "secretKeyRef");
            Located<String> type = reading.text(from, "type");
            if (secretRef != null || (type != null && type.value().equals("Secret"))) {
                YMap ref = secretRef != null ? secretRef : from;
                Located<String> secret = reading.text(ref, "name");
                Located<String> key = reading.text(ref, "key");
                return Optional.of(new Credential(name.value(), CredentialSource.SECRET_STORE,
                        "Secret " + (secret == null ? "?" : secret.value()) + (key == null ? "" : "/" + key.value()), name.position()));
            }
            return Optional.empty();
        }
        Located<String> value = reading.text(entry, "value");
        return value == null ? Optional.empty() : Credentials.of(name.value(), value.value(), name.position());
    }

    private static String text(YMap map, String key) {
        return map.get(key) instanceof YScalar s ? s.text() : null;
    }
}
