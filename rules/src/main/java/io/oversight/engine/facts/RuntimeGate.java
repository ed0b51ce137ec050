package io.oversight.engine.facts;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.catalog.runtime.RuntimeGates.Enforcer;
import io.oversight.catalog.runtime.RuntimeGates.Gate;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.model.RuntimeTool;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One way an agent's runtime configuration lets it act, judged by the catalog's
 * {@code runtime-gates.yaml}: the verbs the tool reaches, whether it runs without approval
 * ({@code NONE}), asks ({@code ASK}) or is refused, and who enforces the asking: the agent's own
 * runtime (one person, never independent of the session) or the platform it calls. {@code tool} is
 * the rule as written with anything shaped like a secret masked, since findings quote it and a
 * command prefix may hold a token ({@code Bash(curl -H 'Authorization: Bearer ghp_...':*)}); what it
 * reaches is read from the rule as written.
 */
public record RuntimeGate(String agentId, String kind, String tool, String setting, Set<Verb> verbs, Gate gate, Enforcer enforcer,
                          String evidencePath, String executor) {

    public RuntimeGate {
        verbs = Set.copyOf(verbs);
    }

    public static RuntimeGate of(RuntimeTool tool) {
        RuntimeGates gates = RuntimeGates.builtIn();
        Gate gate = gates.setting(tool.setting()).orElseThrow(() -> new IllegalStateException(
                "runtime-gates.yaml has no entry for the setting " + tool.setting())).gate();
        Enforcer enforcer = gates.enforcement(tool.kind()).orElseThrow(() -> new IllegalStateException(
                "runtime-gates.yaml has no entry for the runtime " + tool.kind())).by();
        // A tool its server keeps back (--read-only) does only what the server still offers.
        Set<Verb> verbs = tool.limit() == null ? gates.reach(tool.kind(), tool.tool()).verbs()
                : tool.limit().narrow(gates.reach(tool.kind(), tool.tool()).verbs());
        return new RuntimeGate(tool.agentId(), tool.kind(), SecretMasker.maskQuoted(tool.tool()), tool.setting(), verbs,
                gate, enforcer, tool.evidencePath(), tool.executor() == null ? null : SecretMasker.maskQuoted(tool.executor()));
    }

    /**
     * Whether the tool runs unasked, with credentials other than the agent identity's
     * ({@code executor}), and its name or pattern says it takes a high-impact action: what the identity
     * is granted does not bound it. A tool someone is asked about, by the platform or by the agent's
     * own runtime, is one person's approval (HO-02 still wants two): unlike a grant's, the runtime's
     * asking counts here, since its default mode asks before every tool of every server, and a
     * documentation server's tools, whose names say nothing, would otherwise all be reported. A name that says nothing of what it does ({@code resolve-library-id})
     * is not taken for one here: a remote documentation server's tools read, and nothing in the files
     * tells them from a platform's; HO-08 still judges such a tool against a declared checkpoint.
     */
    public boolean runsHighImpactAsAnother() {
        return executor != null && gate == Gate.NONE && (verbs.contains(Verb.ALL) || verbs.stream().anyMatch(v -> v.highImpact() && v != Verb.UNKNOWN));
    }

    /**
     * Whether the tool is not refused, runs with credentials other than the agent identity's, and its
     * name or pattern says it destroys: a destructive verb, or every verb by a pattern (a shell, a
     * call of any API). A whole MCP server, allowed at once, is every verb only because its tools are
     * not named: it counts for HO-01, not as a destructive action.
     */
    public boolean runsDestructiveAsAnother() {
        boolean named = verbs.stream().anyMatch(v -> v.destructive() && v != Verb.ALL) || verbs.contains(Verb.ALL) && !RuntimeGates.wholeServer(tool);
        return executor != null && gate != Gate.REFUSED && named;
    }

    /** Whether the tool can take an action of {@code verb}: it reaches every verb, that one, or (unknown) any but read. */
    public boolean reaches(Verb verb) {
        return verbs.contains(Verb.ALL) || verbs.contains(verb) || verbs.contains(Verb.UNKNOWN) && verb != Verb.READ
                || verb == Verb.ALL && verbs.stream().anyMatch(v -> v != Verb.READ);
    }

    /**
     * Whether the tool can take one of the actions a checkpoint lists (verbs, provider actions, or
     * {@code *}, which reads alone do not reach).
     */
    public boolean reachesAny(List<String> actions) {
        for (String action : actions) {
            Set<Verb> wanted = Verb.ofWord(action).map(Set::of).orElseGet(() -> ActionClassifier.verbs(action));
            if (wanted.stream().anyMatch(this::reaches)) {
                return true;
            }
        }
        return false;
    }

    /** How a finding names it: the rule as written, and the setting that lets it run (and who asks, when the agent's runtime does). */
    public String describe() {
        return (tool.equals("*") ? "every tool" : tool) + " (" + setting
                + (gate == Gate.ASK && enforcer == Enforcer.RUNTIME ? ", by the agent's own runtime" : "")
                + (byHook() ? ", which may approve it: what it decides is in no file read" : "") + ")";
    }

    /** Whether a hook decides in a person's place: it may approve, or only ever refuse, and which is not in the file. */
    public boolean byHook() {
        return setting.startsWith("hook:");
    }
}
