package io.oversight.report.pdf;

import io.oversight.catalog.Framework;
import io.oversight.deployment.model.Metadata;
import io.oversight.deployment.model.Person;
import io.oversight.engine.Assessment;
import io.oversight.engine.ClauseResult;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What several sections derive from the assessment, worked out once per report. */
final class ReportFacts {

    private final Assessment assessment;
    private final List<ControlGroup> groups;
    private final List<AgentProfile> profiles;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Finding> byFingerprint = new HashMap<>();
    private final ReportScope scope;
    private final Map<ClauseResult, Set<String>> clauseFindings = new IdentityHashMap<>();
    private Set<String> inForceGaps;

    ReportFacts(Assessment assessment) {
        this.assessment = assessment;
        this.groups = ControlGroup.of(assessment.catalog(), assessment.findings());
        this.profiles = AgentProfile.of(assessment);
        assessment.input().deployment().people().forEach(p -> people.put(p.id(), p));
        assessment.findings().forEach(f -> byFingerprint.put(f.fingerprint(), f));
        this.scope = ReportScope.of(assessment);
    }

    Assessment assessment() {
        return assessment;
    }

    Metadata metadata() {
        return assessment.input().deployment().metadata();
    }

    ReportScope scope() {
        return scope;
    }

    List<ControlGroup> groups() {
        return groups;
    }

    List<AgentProfile> profiles() {
        return profiles;
    }

    List<FrameworkResult> applicableFrameworks() {
        return assessment.frameworks().stream().filter(FrameworkResult::applicable).toList();
    }

    Optional<Finding> finding(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /** A person's name as the file gives it, else the id; "nobody named" for none. */
    String person(String id) {
        if (id == null) {
            return "nobody named";
        }
        Person person = people.get(id);
        return person != null && person.name() != null ? person.name() : id;
    }

    String frameworkTitle(String id) {
        return assessment.catalog().framework(id).map(Framework::title).orElse(id);
    }

    /** The status of a clause in this assessment, if the framework and clause exist. */
    Optional<ClauseResult> clause(String frameworkId, String clauseId) {
        return assessment.frameworks().stream()
                .filter(fr -> fr.framework().id().equals(frameworkId))
                .flatMap(fr -> fr.clauses().stream())
                .filter(c -> c.clause().id().equals(clauseId))
                .findFirst();
    }

    /**
     * Whether any of {@code fingerprints} is among the findings {@code clause} lists: those that
     * make it a gap or a risk accepted, or, for a clause not yet in force, those that would breach
     * it on its date. A clause binds only its own kind of agent, so this is what says that a
     * control's findings break it, not the control's references alone.
     */
    boolean lists(ClauseResult clause, Set<String> fingerprints) {
        Set<String> listed = clauseFindings.computeIfAbsent(clause, c -> Set.copyOf(c.findings()));
        Set<String> fewer = fingerprints.size() < listed.size() ? fingerprints : listed;
        Set<String> more = fewer == fingerprints ? listed : fingerprints;
        return fewer.stream().anyMatch(more::contains);
    }

    /** Whether {@code finding} is a gap in a clause in force today, of a framework that applies. */
    boolean breaksClauseInForce(Finding finding) {
        if (inForceGaps == null) {
            Set<String> gaps = new HashSet<>();
            applicableFrameworks().forEach(fr -> fr.clauses().stream().filter(c -> c.status() == ClauseStatus.GAP).forEach(c -> gaps.addAll(c.findings())));
            inForceGaps = gaps;
        }
        return inForceGaps.contains(finding.fingerprint());
    }

    boolean frameworkApplies(String frameworkId) {
        return assessment.frameworks().stream().anyMatch(fr -> fr.framework().id().equals(frameworkId) && fr.applicable());
    }
}
