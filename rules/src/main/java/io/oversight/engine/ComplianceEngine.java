package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.Control;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.EuAiActRoute;
import io.oversight.engine.facts.RulesCompleted;
import io.oversight.engine.facts.VoidReason;
import io.oversight.engine.facts.VoidWaiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Assesses deployments with the rules in {@code io.oversight.rules}. The rule base is built once
 * per process and shared; each assessment runs in a session of its own.
 */
public final class ComplianceEngine {

    /** Rule metadata naming the control a requirement rule implements: {@code @control("HO-02")}. */
    public static final String CONTROL_METADATA = "control";

    /** A rule base, how it was built, and the controls its rules implement. */
    private record Rules(KieBase kieBase, String source, Set<String> implementedControls, Path organizationRules) {

        static Rules of(RuleBase.Built built, Path organizationRules) {
            return new Rules(built.kieBase(), built.source(), controlsOf(built.kieBase()), organizationRules);
        }
    }

    /** How the rule base is built, for a build that failed to be tried again. */
    private final Callable<Rules> build;

    /** The build, run by the first thread that needs it; replaced by a fresh one when it failed. */
    private final AtomicReference<FutureTask<Rules>> rules;

    /**
     * Agents per session when a deployment is split. Small sessions are much faster than one large
     * one (their join indexes stay small and in cache): at 10,000 agents rule evaluation took 1.7 s
     * in parts of 2,000 agents, 1.3 s in parts of 1,000 and 0.9-1.0 s in parts of 50 to 200 (bench,
     * 2 cores).
     */
    static final int PART_SIZE = 100;

    /**
     * Every part repeats the deployment-wide facts (environments and roles; a part holds only the
     * people its agents name), so a part holds at least a fortieth as many agents as the deployment
     * has environments and roles: inserting such a fact costs a few microseconds, an agent with its
     * parts and findings over a hundred, and the larger a part, the more each of its agents costs.
     * When every part held every person too, with the generator's one person per 20 agents, parts
     * of 1,251, 312 and 125 agents took 30.5, 25.5 and 23.5 s at 100,000 agents; see
     * docs/performance.md.
     */
    static final int WIDE_FACTS_PER_AGENT = 40;

    /** Agents per session; 0 never splits (organization rules may join agents in ways ours do not). */
    private final int partSize;

    /** Whether parts hold exactly partSize agents (tests), not at least the deployment-wide facts' count. */
    private final boolean exactPartSize;

    /**
     * The built-in rules, built by the first thread that needs them or by {@link #buildBuiltIn}:
     * a check makes its facts before it waits for them, so that on a small file the facts are made
     * while another thread still builds the rule base (about 25 ms of the incident sample).
     */
    private static final ComplianceEngine BUILT_IN = new ComplianceEngine(
            () -> Rules.of(RuleBase.build(ComplianceEngine.class.getClassLoader()), null), PART_SIZE);

    private ComplianceEngine(Callable<Rules> build, int partSize) {
        this.build = build;
        this.rules = new AtomicReference<>(new FutureTask<>(build));
        this.partSize = partSize;
        this.exactPartSize = false;
    }

    private ComplianceEngine(ComplianceEngine engine, int partSize) {
        this.build = engine.build;
        this.rules = engine.rules;
        this.partSize = partSize;
        this.exactPartSize = true;
    }

    private static ComplianceEngine built(RuleBase.Built built, Path organizationRules, int partSize) {
        ComplianceEngine engine = new ComplianceEngine(() -> Rules.of(built, organizationRules), partSize);
        engine.rules();
        return engine;
    }

    /** This engine, splitting deployments into parts of exactly {@code agents} agents (for tests that compare the two ways). */
    ComplianceEngine withPartSize(int agents) {
        return new ComplianceEngine(this, agents);
    }

    /** The engine over the built-in rules, whose rule base is built when first needed. */
    public static ComplianceEngine builtIn() {
        return BUILT_IN;
    }

    /** Builds the built-in rule base on the calling thread, unless another thread is building it or has. */
    public static void buildBuiltIn() {
        BUILT_IN.rules.get().run();
    }

    /**
     * The rule base: built here unless another thread is building it (then waited for, as a
     * monitor is, whatever interrupts come meanwhile) or has. A build that failed (out of memory,
     * say) is thrown to every thread that waited for it, and tried again by the next caller.
     */
    private Rules rules() {
        FutureTask<Rules> task = rules.get();
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            rules.compareAndSet(task, new FutureTask<>(build));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * An engine over the built-in rules plus an organization's own DRL in {@code dir}. Every
     * {@code @control} of the combined rules must be in {@code catalog}.
     */
    public static ComplianceEngine withOrganizationRules(Path dir, Catalog catalog) throws InvalidInputException {
        ComplianceEngine engine = built(new RuleBase.Built(OrganizationRules.compile(dir), "organization"), dir, 0);
        List<Problem> unknown = new ArrayList<>();
        for (String c : engine.implementedControls()) {
            if (catalog.control(c).isEmpty()) {
                unknown.add(OrganizationRules.located(dir, OrganizationRules.controlMetadata(c), "a rule reports control " + c
                        + ", which neither Oversight's catalog nor " + dir.resolve("catalog.yaml") + " defines"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return engine;
    }

    /** The files of {@code dir} that {@link #withOrganizationRules} compiles, sorted. */
    public static List<Path> organizationRuleFiles(Path dir) throws InvalidInputException {
        return OrganizationRules.drlFiles(dir);
    }

    /** How the rule base was built: {@code model} (the fast, direct way) or {@code container}. */
    String ruleBaseSource() {
        return rules().source();
    }

    /** The ids of the controls that some rule implements; the others are reported as not evaluated. */
    public Set<String> implementedControls() {
        return rules().implementedControls();
    }

    public Assessment assess(DeploymentFile input, Catalog catalog, LocalDate asOf, Severity failOn) {
        return assess(input, catalog, asOf, failOn, Scope.ALL);
    }

    public Assessment assess(DeploymentFile input, Catalog catalog, LocalDate asOf, Severity failOn, Scope scope) {
        return assess(input, catalog, asOf, failOn, scope, new PhaseTimes());
    }

    /** The agents the file puts on the EU AI Act's Annex I route, whose high-risk duties bind later. */
    private static Set<String> annexIAgents(Deployment deployment) {
        return deployment.agents().stream().filter(a -> a.euAiActRoute() == EuAiActRoute.ANNEX_I).map(Agent::id).collect(Collectors.toSet());
    }

    public Assessment assess(DeploymentFile input, Catalog catalog, LocalDate asOf, Severity failOn, Scope scope, PhaseTimes times) {
        return assess(input, catalog, asOf, failOn, scope, times, null);
    }

    /**
     * The assessment of {@code input}, compared with {@code earlier} (null for none) before waivers
     * apply: a waiver does not cover what grew since an earlier run in which it was in force.
     */
    public Assessment assess(DeploymentFile input, Catalog catalog, LocalDate asOf, Severity failOn, Scope scope, PhaseTimes times,
                             Baseline.Earlier earlier) {
        Fired fired = fire(input, catalog, asOf, scope, times);
        long start = System.nanoTime();
        List<Violation> selected = fired.violations().stream().filter(v -> scope.includes(v.control())).toList();
        List<Finding> findings = new ArrayList<>(fired.findings());
        FindingAssembler assembler = new FindingAssembler(catalog, input.sources(), asOf, annexIAgents(input.deployment()));
        findings.addAll(assembler.findings(selected));
        FindingAssembler.sort(findings);
        Set<String> evaluated = implementedControls().stream().filter(scope::includes).collect(Collectors.toSet());
        Baseline baseline = earlier == null ? null : earlier.compare(findings, evaluated);
        WaiverStep.Result waived = new WaiverStep(input.deployment(), fired.voidWaivers(), baseline).apply(findings);
        Map<Integer, Violation> selfApproved = WaiverStep.selfApprovedOnEscalation(input.deployment(), waived.findings());
        if (!selfApproved.isEmpty()) {
            // A waiver its agent's owner approved for a finding that escalated to high is void, as one of a high control is, whatever
            // the scope reported: a --framework without AC-06 had let it stand (red team). AC-06's finding is reported where AC-06 is.
            Map<Integer, VoidReason> voids = new HashMap<>(fired.voidWaivers());
            selfApproved.keySet().forEach(i -> voids.putIfAbsent(i, VoidReason.SELF_APPROVED));
            if (scope.includes(WaiverValidity.JUDGE)) {
                findings.addAll(assembler.findings(List.copyOf(selfApproved.values())));
                FindingAssembler.sort(findings);
            }
            baseline = earlier == null ? null : earlier.compare(findings, evaluated);
            waived = new WaiverStep(input.deployment(), voids, baseline).apply(findings);
        }
        CoverageStep coverage = new CoverageStep(catalog, input.deployment(), asOf, evaluated);
        List<FrameworkResult> frameworks = coverage.cover(waived.findings()).stream()
                .filter(f -> scope.includesFramework(f.framework().id()))
                .toList();
        Assessment assessment = new Assessment(input, catalog, asOf, failOn, waived.findings(),
                results(catalog, waived.findings(), evaluated, coverage::hasSubject), waived.waivers(), frameworks, baseline, input.inputs());
        times.lap("findings", start);
        return assessment;
    }

    /**
     * What the rules found: findings already assembled (those about an agent, by the part that holds
     * it), violations not yet assembled, and void waivers.
     */
    private record Fired(List<Finding> findings, List<Violation> violations, Map<Integer, VoidReason> voidWaivers) {
    }

    private Fired fire(DeploymentFile input, Catalog catalog, LocalDate asOf, Scope scope, PhaseTimes times) {
        long start = System.nanoTime();
        Deployment deployment = input.deployment();
        int size = exactPartSize ? partSize : Math.max(partSize, (deployment.roles().size() + deployment.environments().size()) / WIDE_FACTS_PER_AGENT);
        if (partSize == 0 || deployment.agents().size() <= size) {
            List<Object> facts = Facts.of(deployment, catalog, asOf);
            times.lap("insert", start);
            Fired fired = fire(facts, times);
            Path organizationRules = rules().organizationRules();
            if (organizationRules != null) {
                escalationsNamed(fired.violations(), catalog, organizationRules);
            }
            return fired;
        }
        // As many parts of at most partSize agents as a multiple of the cores, so that no core idles at the end.
        int cores = Runtime.getRuntime().availableProcessors();
        int count = (deployment.agents().size() + size - 1) / size;
        count = (count + cores - 1) / cores * cores;
        Facts.Partitions parts = Facts.Partitions.of(deployment, (deployment.agents().size() + count - 1) / count);
        Facts.Wide wide = Facts.Wide.of(deployment, catalog, asOf);
        Set<String> annexI = annexIAgents(deployment);
        times.lap("insert", start);
        int threads = Math.min(parts.agents().size(), cores);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "oversight-session");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Fired>> fired = new ArrayList<>();
            for (int i = 0; i < parts.agents().size(); i++) {
                int part = i;
                fired.add(pool.submit(() -> assembleAgents(fire(wide.part(parts.agents().get(part), parts.people().get(part),
                        parts.waivers().get(part)), new PhaseTimes()), new FindingAssembler(catalog, input.sources(), asOf, annexI), scope)));
            }
            List<Fired> results = new ArrayList<>();
            for (Future<Fired> f : fired) {
                results.add(await(f));
            }
            Fired merged = merge(results);
            times.lap("fire", start);
            return merged;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Fired await(Future<Fired> fired) {
        try {
            return fired.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A part's findings about its agents, assembled on the part's own thread as soon as it has
     * fired, so that their violations are dropped early. A violation about an agent or its
     * checkpoint comes from the one part holding that agent, so the part holds every violation of
     * such a finding. The others (about the deployment or an environment) are left for the merge.
     */
    private static Fired assembleAgents(Fired part, FindingAssembler assembler, Scope scope) {
        List<Violation> aboutAgents = new ArrayList<>();
        List<Violation> others = new ArrayList<>();
        for (Violation v : part.violations()) {
            if (v.subject().agentId() == null) {
                others.add(v);
            } else if (scope.includes(v.control())) {
                aboutAgents.add(v);
            }
        }
        // Sorted here, on the part's thread: the final sort then merges the parts' runs.
        List<Finding> findings = assembler.findings(aboutAgents);
        findings.sort(FindingAssembler.ORDER);
        return new Fired(findings, others, part.voidWaivers());
    }

    /**
     * The results of all parts as one session would have found them. A violation not about an agent
     * (about the deployment or an environment) is found alike in every part that has what it needs,
     * so each such violation is kept as often as the part that found it most often found it.
     */
    private static Fired merge(List<Fired> parts) {
        List<Finding> findings = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<Violation, Integer> deploymentWide = new LinkedHashMap<>();
        Map<Integer, VoidReason> voidWaivers = new HashMap<>();
        for (Fired part : parts) {
            findings.addAll(part.findings());
            Map<Violation, Integer> counts = new HashMap<>();
            for (Violation v : part.violations()) {
                counts.merge(v, 1, Integer::sum);
            }
            counts.forEach((v, n) -> deploymentWide.merge(v, n, Math::max));
            part.voidWaivers().forEach((index, reason) -> voidWaivers.merge(index, reason, ComplianceEngine::firstReason));
        }
        deploymentWide.forEach((v, n) -> violations.addAll(java.util.Collections.nCopies(n, v)));
        return new Fired(findings, violations, voidWaivers);
    }

    private static VoidReason firstReason(VoidReason a, VoidReason b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Fired fire(List<Object> facts, PhaseTimes times) {
        long start = System.nanoTime();
        Rules rules = rules();
        KieSession session = rules.kieBase().newKieSession();
        Violations reported = new Violations();
        session.setGlobal(Violations.GLOBAL, reported);
        Overreach overreach = rules.source().equals("organization") ? new Overreach() : null;
        Interruption interruption = overreach == null ? null : new Interruption();
        if (overreach != null) {
            session.addEventListener(overreach);
            session.addEventListener(interruption);
        }
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            start = times.lap("insert", start);
            try {
                session.fireAllRules();
            } catch (ConsequenceException e) {
                Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
                if (overreach == null || rule == null || BUILT_IN_PACKAGE.equals(rule.getPackageName())) {
                    throw e;
                }
                throw new OrganizationRuleFault(OrganizationRules.located(rules.organizationRules(), rule.getPackageName(),
                        OrganizationRules.ruleNamed(rule.getName()),
                        "organization rule '" + rule.getName() + "' (" + rule.getPackageName() + ") failed while it ran: "
                                + failure(e.getCause() == null ? e : e.getCause())));
            } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                // Thrown by an organization's condition, or an error no consequence wrapped: the rules' problem, not the check's.
                if (overreach == null) {
                    throw e;
                }
                throw new OrganizationRuleFault(Problem.ofFile(rules.organizationRules().toString(), "an organization rule failed while"
                        + " it ran: " + (e instanceof StackOverflowError ? "it recursed too deeply (stack overflow)" : failure(e))));
            }
            if (interruption != null) {
                interrupted(session, interruption, rules.organizationRules());
            }
            times.lap("fire", start);
            if (overreach != null && overreach.first != null) {
                throw new OrganizationRuleFault(OrganizationRules.located(rules.organizationRules(), overreach.rulePackage,
                        OrganizationRules.ruleNamed(overreach.rule), overreach.first));
            }
            // Organization rules insert theirs; ours report to the global. Asked by class, so that the
            // session looks in that class's store only, not at every fact of the part.
            Collection<?> inserted = session.getObjects(new ClassObjectFilter(Violation.class));
            List<Violation> violations = new ArrayList<>(reported.list().size() + inserted.size());
            violations.addAll(reported.list());
            inserted.forEach(o -> violations.add((Violation) o));
            Map<Integer, VoidReason> voidWaivers = new HashMap<>();
            session.getObjects(new ClassObjectFilter(VoidWaiver.class)).forEach(o -> {
                VoidWaiver v = (VoidWaiver) o;
                voidWaivers.merge(v.index(), v.reason(), ComplianceEngine::firstReason);
            });
            return new Fired(List.of(), violations, voidWaivers);
        } finally {
            session.dispose();
        }
    }

    /**
     * Refuses an organization's rules that stopped the built-in ones before they ran to the end (a
     * halt, a cleared agenda): the last rule of ours did not fire, and the rule that fired last did it.
     */
    private static void interrupted(KieSession session, Interruption interruption, Path dir) {
        if (!session.getObjects(new ClassObjectFilter(RulesCompleted.class)).isEmpty()) {
            return;
        }
        Rule culprit = interruption.lastFired();
        String why = " before every control had run (it halted the session or cleared the agenda): organization rules may report"
                + " findings of their own, not keep the built-in controls from judging";
        if (culprit == null || BUILT_IN_PACKAGE.equals(culprit.getPackageName())) {
            throw new OrganizationRuleFault(Problem.ofFile(dir.toString(), "an organization rule stopped the rules" + why));
        }
        throw new OrganizationRuleFault(OrganizationRules.located(dir, culprit.getPackageName(), OrganizationRules.ruleNamed(culprit.getName()),
                "organization rule '" + culprit.getName() + "' (" + culprit.getPackageName() + ") stopped the rules" + why));
    }

    /**
     * Watches an organization's rules for a deletion or change of a fact they did not insert: the
     * built-in rules' facts (the deployment's records, what derive.drl makes of them) are theirs
     * to read, not to remove.
     */
    private static final class Overreach extends DefaultRuleRuntimeEventListener {
        private String first;
        private String rule;
        private String rulePackage;

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            // A fact of the check inserted by an organization's rule, a derived one (a Coverage, a Grant) or one of the deployment's
            // records (a Checkpoint, a Logging), would change what the controls judge: a checkpoint inserted for every agent had
            // passed HO-02 (red team).
            if (event.getObject() != null) {
                note(event.getRule(), event.getObject(), "inserted");
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            note(event.getRule(), event.getOldObject(), "deleted");
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            note(event.getRule(), event.getOldObject(), "changed");
        }

        private void note(Rule rule, Object fact, String what) {
            // A fact of the check is of a class Oversight's own code defines: one an organization's rules declare is theirs to insert.
            if (first == null && rule != null && !BUILT_IN_PACKAGE.equals(rule.getPackageName()) && !(fact instanceof Violation)
                    && fact.getClass().getClassLoader() == Violation.class.getClassLoader()) {
                this.rule = rule.getName();
                this.rulePackage = rule.getPackageName();
                first = "organization rule '" + rule.getName() + "' (" + rule.getPackageName() + ") " + what + " a fact of the check ("
                        + fact.getClass().getSimpleName() + "): organization rules may report findings of their own, not add to, remove or"
                        + " change what the built-in controls judge";
            }
        }
    }

    /**
     * Every condition an organization's rule reports a violation under ({@code .when("...")}) is one
     * its control's catalog entry names: else the severity could not be told, which is the rule's
     * problem, located at the control's rule, not an internal error.
     */
    private static void escalationsNamed(List<Violation> violations, Catalog catalog, Path dir) {
        for (Violation v : violations) {
            Control control = v.condition() == null ? null : catalog.control(v.control()).orElse(null);
            if (control != null && !control.namesCondition(v.condition())) {
                String when = SecretMasker.mask(v.condition());
                throw new OrganizationRuleFault(OrganizationRules.located(dir, OrganizationRules.controlMetadata(v.control()), "a rule of "
                        + v.control() + " reports a violation under the escalation '" + when + "', which the control's catalog"
                        + " entry does not name: add it to its escalations (when: " + when + ") or to a reference's unless, or leave .when(...) out"));
            }
        }
    }

    /** What a rule's failure says, on one line, masked and bounded: its text is the rule writer's, and may quote anything. */
    private static String failure(Throwable cause) {
        String said = cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                : ": " + cause.getMessage().lines().findFirst().orElse(""));
        return SecretMasker.mask(said.length() > FAILURE_SHOWN ? said.substring(0, FAILURE_SHOWN) + "..." : said);
    }

    private static final int FAILURE_SHOWN = 300;

    /** The package of the built-in rules, whose derive rules may delete what they derived. */
    static final String BUILT_IN_PACKAGE = "io.oversight.rules";

    private static List<ControlResult> results(Catalog catalog, List<Finding> findings, Set<String> evaluated,
                                               Predicate<Control> hasSubject) {
        Map<String, int[]> counts = new HashMap<>(); // control: {findings, waived}
        for (Finding f : findings) {
            int[] count = counts.computeIfAbsent(f.control(), c -> new int[2]);
            count[0]++;
            count[1] += f.waived() ? 1 : 0;
        }
        List<ControlResult> results = new ArrayList<>();
        for (Control control : catalog.controls()) {
            if (!evaluated.contains(control.id())) {
                results.add(new ControlResult(control, ControlStatus.NOT_EVALUATED, 0, 0));
                continue;
            }
            int[] count = counts.getOrDefault(control.id(), new int[2]);
            ControlStatus status = count[0] > 0 ? (count[1] == count[0] ? ControlStatus.WAIVED : ControlStatus.FAIL)
                    : hasSubject.test(control) ? ControlStatus.PASS : ControlStatus.NOTHING_TO_CHECK;
            results.add(new ControlResult(control, status, count[0], count[1]));
        }
        return results;
    }

    private static Set<String> controlsOf(KieBase kieBase) {
        Set<String> controls = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String control = controlOf(rule);
                if (control != null) {
                    controls.add(control);
                }
            }
        }
        return Set.copyOf(controls);
    }

    /**
     * The control a rule names in {@code @control}, or null. The rule's own metadata map is what
     * keeps it per rule: the build's model holds the bare id, so this costs one lookup per
     * violation; a model compiled at run time (organization rules) keeps the quotes of the DRL.
     */
    static String controlOf(Rule rule) {
        Object value = rule.getMetaData().get(CONTROL_METADATA);
        if (value == null) {
            return null;
        }
        String control = value.toString();
        return control.startsWith("\"") ? control.substring(1, control.length() - 1) : control;
    }
}
