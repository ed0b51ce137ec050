package io.oversight.deployment.read;

import io.oversight.deployment.Suggestions;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Checkpoint;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.Waiver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every id the file refers to must be declared in it (or, for controls, in the catalog). */
final class ReferenceCheck {

    private final Problems problems;
    private final SourceMap sources;
    private final Set<String> knownControls;

    ReferenceCheck(Problems problems, SourceMap sources, Set<String> knownControls) {
        this.problems = problems;
        this.sources = sources;
        this.knownControls = knownControls;
    }

    void check(Deployment d) {
        Map<String, String> people = unique(d.people().stream().map(p -> new Declared(p.id(), p.path())).toList(), "/id", "person id");
        Map<String, String> environments = unique(d.environments().stream().map(e -> new Declared(e.name(), e.path())).toList(), "/name",
                "environment name");
        Map<String, String> agents = unique(d.agents().stream().map(a -> new Declared(a.id(), a.path())).toList(), "/id", "agent id");
        unique(d.roles().stream().map(r -> new Declared(r.arn(), r.path())).toList(), "/arn", "role arn");
        // Owners, overseers, approvers and waivers name people: an id an agent has too would let the
        // agent approve its own waiver or oversee itself as a person.
        for (Person person : d.people()) {
            String agent = person.id() == null ? null : agents.get(person.id());
            if (agent != null) {
                problems.add(sources.locate(person.path() + "/id"), "person id '" + person.id() + "' is also the id of an agent (line "
                        + sources.locate(agent + "/id").line() + "); owners, overseers, approvers and waivers name people,"
                        + " so give the person an id no agent has");
            }
        }

        if (d.metadata() != null) {
            ref(d.metadata().owner(), d.metadata().path(), "/owner", people, "person", "people");
        }
        for (Person person : d.people()) {
            for (Permission p : person.permissions()) {
                ref(p.environment(), p.path(), "/environment", environments, "environment", "environments");
            }
        }
        // Agents are checked on every core; paths are only built for a reference that is wrong.
        (d.agents().size() < DeploymentBinder.PARALLEL_FROM ? d.agents().stream() : d.agents().parallelStream()).forEach(a -> {
            ref(a.owner(), a.path(), "/owner", people, "person", "people");
            refs(a.overseers(), a.path(), "/overseers", people, "person", "people");
            if (a.environments() != null) {
                refs(a.environments(), a.path(), "/environments", environments, "environment", "environments");
            }
            refs(a.delegatesTo(), a.path(), "/delegatesTo", agents, "agent", "agents");
            if (a.identity() != null) {
                ref(a.identity().inheritedFrom(), a.identity().path(), "/inheritedFrom", people, "person", "people");
            }
            if (a.monitoring() != null) {
                ref(a.monitoring().reviewer(), a.path(), "/monitoring/reviewer", people, "person", "people");
            }
            if (a.assessments() != null) {
                assessor(a.assessments().risk(), a.path() + "/assessments/risk", people);
                assessor(a.assessments().fundamentalRights(), a.path() + "/assessments/fundamentalRights", people);
                assessor(a.assessments().dataProtection(), a.path() + "/assessments/dataProtection", people);
            }
            if (a.guardrails() != null && a.guardrails().killSwitch() != null) {
                ref(a.guardrails().killSwitch().owner(), a.path(), "/guardrails/killSwitch/owner", people, "person", "people");
            }
            for (Permission p : a.permissions()) {
                ref(p.environment(), p.path(), "/environment", environments, "environment", "environments");
            }
            for (Checkpoint c : a.checkpoints()) {
                if (c.environments() != null) {
                    refs(c.environments(), c.path(), "/environments", environments, "environment", "environments");
                }
            }
        });
        for (Waiver w : d.waivers()) {
            if (w.control() != null && !knownControls.contains(w.control())) {
                problems.add(sources.locate(w.path() + "/control"), "waiver names control '" + w.control() + "', which the catalog does not have"
                        + Suggestions.didYouMean(w.control(), knownControls) + "; see 'oversight controls'");
            }
            ref(w.agent(), w.path(), "/agent", agents, "agent", "agents");
            ref(w.approvedBy(), w.path(), "/approvedBy", people, "person", "people");
        }
    }

    /** An id and the path of the object that declares it. */
    private record Declared(String id, String path) {
    }

    /** The declared ids, each with the path of the object declaring it under {@code key}; duplicates are reported. */
    private Map<String, String> unique(List<Declared> declared, String key, String what) {
        Map<String, String> seen = new HashMap<>(declared.size() * 2);
        for (Declared d : declared) {
            if (d.id() == null) {
                continue;
            }
            String first = seen.putIfAbsent(d.id(), d.path());
            if (first != null) {
                problems.add(sources.locate(d.path() + key), "duplicate " + what + " '" + d.id() + "' (first declared at line "
                        + sources.locate(first + key).line() + ")");
            }
        }
        return seen;
    }

    private void refs(List<String> ids, String base, String key, Map<String, String> declared, String what, String section) {
        for (int i = 0; i < ids.size(); i++) {
            if (!declared.containsKey(ids.get(i))) {
                ref(ids.get(i), base, key + "/" + i, declared, what, section);
            }
        }
    }

    /** An assessment's reviewer is a person: the one who answers for it. */
    private void assessor(Agent.Assessment assessment, String path, Map<String, String> people) {
        if (assessment != null) {
            ref(assessment.reviewer(), path, "/reviewer", people, "person", "people");
        }
    }

    private void ref(String id, String base, String key, Map<String, String> declared, String what, String section) {
        if (id != null && !declared.containsKey(id)) {
            // Each suggestion compares the id with every declared one: past the first hundred, a file of 10,000 mistyped
            // references had taken ten minutes to refuse (format review); the rest are located, without a guess.
            String suggestion = ++unknown <= SUGGESTED_AT_MOST ? guess(id, declared.keySet()) : "";
            problems.add(sources.locate(base + key), "unknown " + what + " '" + UnicodeIdentifiers.shown(id) + "'" + suggestion
                    + "; declare it under '" + section + "'");
        }
    }

    /**
     * " (did you mean 'x'?)", said of an id that looks the same as the declared one too: the two had been quoted alike, a
     * message that contradicted itself (format review: another Unicode form, a Cyrillic а, a zero-width space).
     */
    private static String guess(String id, java.util.Collection<String> declared) {
        return Suggestions.closest(id, declared).map(near -> " (did you mean '" + near + "'?"
                + (UnicodeIdentifiers.skeleton(id).equals(UnicodeIdentifiers.skeleton(near))
                        ? " It looks the same, but differs in a character that only looks alike, an invisible one or its Unicode form)" : ")"))
                .orElse("");
    }

    /** The unknown references given a "did you mean"; the file's others are only located. */
    private static final int SUGGESTED_AT_MOST = 100;
    private int unknown;
}
