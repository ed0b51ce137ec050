package io.oversight.engine.facts;

import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates.Enforcer;
import io.oversight.catalog.runtime.RuntimeGates.Gate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every grant an agent holds, its own and those it borrows or reaches through a role, gathered once
 * the derive rules have made them all, with what covers each: an effective checkpoint that lists
 * it, or a gate the platform enforces on every tool that reaches its verb, unless the agent's
 * runtime lets a tool of that verb run unasked (a declared gate does not stand in front of that).
 *
 * <p>The rules about an agent's grants ask this summary, once per agent, instead of joining each
 * grant and its coverage in working memory: every such join kept each grant it could match in the
 * network's memory, a high-impact grant in a dozen of them, which made the grants half of a large
 * fleet's evaluation. The lists below are the grants a rule reports, one finding item each.
 * {@link Grant} and {@link Coverage} stay facts, for the organization rules that join them.
 */
public final class HeldGrants {

    private final String agentId;
    private final List<Grant> grants;
    private final List<Coverage> coverage;
    private final Map<Grant, Integer> approvals = new IdentityHashMap<>();
    private final List<Grant> highImpact;
    private final List<Grant> ungatedHighImpactInProduction;
    private final List<Grant> destructive;
    private final List<Grant> destructiveUngated;
    private final List<Grant> destructiveOneApproval;
    private final List<Grant> nonReads;
    private final List<Grant> wildcardsInProduction;
    private final List<Grant> borrowed;
    private final List<Grant> importedOrChained;
    private final Set<String> destructiveProductionEntries;
    private final Set<String> deletingEnvironments;

    private HeldGrants(String agentId, List<Grant> grants, List<Coverage> coverage) {
        this.agentId = agentId;
        this.grants = List.copyOf(grants);
        this.coverage = List.copyOf(coverage);
        for (Coverage c : coverage) {
            approvals.merge(c.grant(), c.approvals(), Math::max);
        }
        highImpact = filter(Grant::highImpact);
        ungatedHighImpactInProduction = filter(g -> g.highImpact() && g.production() && !covered(g));
        destructive = filter(Grant::destructive);
        destructiveUngated = filter(g -> g.destructive() && !covered(g));
        destructiveOneApproval = filter(g -> g.destructive() && covered(g) && approvals.get(g) < 2);
        nonReads = filter(g -> g.verb() != Verb.READ);
        wildcardsInProduction = filter(g -> g.wildcard() && g.production());
        borrowed = filter(g -> g.origin().borrowed());
        importedOrChained = filter(g -> g.origin() == GrantOrigin.IMPORTED || g.origin() == GrantOrigin.ROLE_CHAIN);
        Set<String> entries = new HashSet<>();
        Set<String> deleting = new HashSet<>();
        for (Grant grant : this.grants) {
            if (grant.destructive() && grant.production()) {
                entries.add(grant.permissionPath());
            }
            if (grant.verb() == Verb.DELETE || grant.verb() == Verb.ADMIN || grant.verb() == Verb.ALL) {
                deleting.add(grant.environment());
            }
        }
        destructiveProductionEntries = Set.copyOf(entries);
        deletingEnvironments = Set.copyOf(deleting);
    }

    /**
     * The grants of {@code own} and {@code others} (borrowed, or through a role), covered by the
     * agent's {@code checkpoints} (its effective ones) and its runtime's {@code gates}.
     */
    public static HeldGrants of(OwnGrants own, List<Grant> others, List<EffectiveCheckpoint> checkpoints, List<RuntimeGate> gates) {
        List<Grant> all = new ArrayList<>(own.grants().size() + others.size());
        all.addAll(own.grants());
        all.addAll(others);
        List<Coverage> coverage = new ArrayList<>();
        for (Grant grant : all) {
            if (gates.stream().anyMatch(r -> r.gate() == Gate.NONE && r.reaches(grant.verb()))) {
                continue;
            }
            for (EffectiveCheckpoint checkpoint : checkpoints) {
                if (checkpoint.covers(grant)) {
                    coverage.add(new Coverage(grant, checkpoint.checkpoint().path(), checkpoint.approvals()));
                }
            }
            // A gate the platform enforces is one approval; the agent's own runtime asking is none (the agent's process decides to ask).
            for (RuntimeGate gate : gates) {
                if (gate.gate() == Gate.ASK && gate.enforcer() == Enforcer.PLATFORM && gate.reaches(grant.verb())) {
                    coverage.add(new Coverage(grant, gate.evidencePath(), 1));
                }
            }
        }
        return new HeldGrants(own.agentId(), all, coverage);
    }

    private List<Grant> filter(Predicate<Grant> keep) {
        List<Grant> kept = new ArrayList<>();
        for (Grant grant : grants) {
            if (keep.test(grant)) {
                kept.add(grant);
            }
        }
        return kept.isEmpty() ? List.of() : List.copyOf(kept);
    }

    private boolean covered(Grant grant) {
        return approvals.containsKey(grant);
    }

    public String agentId() {
        return agentId;
    }

    public List<Grant> grants() {
        return grants;
    }

    /** What covers each grant, as facts for the organization rules. */
    public List<Coverage> coverage() {
        return coverage;
    }

    public List<Grant> highImpact() {
        return highImpact;
    }

    /** High-impact grants in production that nothing covers: what HO-01 reports and PM-07 follows. */
    public List<Grant> ungatedHighImpactInProduction() {
        return ungatedHighImpactInProduction;
    }

    public List<Grant> destructive() {
        return destructive;
    }

    /** Destructive grants nothing covers. */
    public List<Grant> destructiveUngated() {
        return destructiveUngated;
    }

    /** Destructive grants covered, but by no gate of two approvals or more. */
    public List<Grant> destructiveOneApproval() {
        return destructiveOneApproval;
    }

    public List<Grant> nonReads() {
        return nonReads;
    }

    public List<Grant> wildcardsInProduction() {
        return wildcardsInProduction;
    }

    public List<Grant> borrowed() {
        return borrowed;
    }

    /** Grants imported into the agent's own entries or reached through a role. */
    public List<Grant> importedOrChained() {
        return importedOrChained;
    }

    public boolean holdsHighImpact() {
        return !highImpact.isEmpty();
    }

    public boolean holdsHighImpactInCritical() {
        return highImpact.stream().anyMatch(Grant::critical);
    }

    public boolean holdsHighImpactInProduction() {
        return highImpact.stream().anyMatch(Grant::production);
    }

    public boolean holdsDestructive() {
        return !destructive.isEmpty();
    }

    public boolean holdsDestructiveInProduction() {
        return destructive.stream().anyMatch(Grant::production);
    }

    /**
     * The entries (their paths) that grant a destructive action in production. A property, not a
     * question taking a path, so that the rules ask it as one ({@code contains $pp}): the rule
     * compiler cannot tell which property a method call with another pattern's variable reads.
     */
    public Set<String> destructiveProductionEntries() {
        return destructiveProductionEntries;
    }

    /** Whether the entry at {@code permissionPath} grants a destructive action. */
    public boolean destructiveAt(String permissionPath) {
        return destructive.stream().anyMatch(g -> g.permissionPath().equals(permissionPath));
    }

    /** Whether a high-impact grant in production {@code environment} is uncovered. */
    public boolean ungatedHighImpactIn(String environment) {
        return ungatedHighImpactInProduction.stream().anyMatch(g -> g.environment().equals(environment));
    }

    /** Whether the agent holds a high-impact action of {@code verb} in production {@code environment}. */
    public boolean holdsHighImpactInProduction(String environment, Verb verb) {
        return highImpact.stream().anyMatch(g -> g.production() && g.environment().equals(environment) && g.verb() == verb);
    }

    /** Whether a destructive grant in {@code environment} lacks a gate of two approvals. */
    public boolean destructiveWithoutTwoIn(String environment) {
        return destructive.stream().anyMatch(g -> g.environment().equals(environment) && approvals.getOrDefault(g, 0) < 2);
    }

    /** The environments in which the agent can delete, administer or do anything: their backups are in its reach. A property, as {@link #destructiveProductionEntries}. */
    public Set<String> deletingEnvironments() {
        return deletingEnvironments;
    }
}
