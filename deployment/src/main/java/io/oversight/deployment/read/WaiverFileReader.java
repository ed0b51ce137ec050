package io.oversight.deployment.read;

import io.oversight.deployment.Suggestions;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.Sha256;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.Waiver;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads waivers kept apart from the deployment, so that a governance team can own them:
 * {@code waivers:} in the format's waiver shape (optionally with {@code apiVersion: oversight/v1}
 * and {@code kind: Waivers}). They are validated against the deployment they are applied to, and
 * findings about them cite the waivers file. A file may say which deployment it is for
 * ({@code deployment:}, that deployment's {@code metadata.name}): a check of several deployments
 * needs it, since an agent id another deployment reuses would otherwise be waived there too.
 */
public final class WaiverFileReader {

    private final Set<String> knownControls;
    private final InputLimits limits;

    public WaiverFileReader(Set<String> knownControls, InputLimits limits) {
        this.knownControls = Set.copyOf(knownControls);
        this.limits = limits;
    }

    public WaiverFileReader(Set<String> knownControls) {
        this(knownControls, InputLimits.DEFAULT);
    }

    /**
     * The waivers of {@code file}. Malformed content is always an error; references the deployment
     * (or the catalog) cannot resolve are errors too unless {@code lenient}, when they are returned
     * as {@link Loaded#unresolved()} for a linter to report.
     */
    public Loaded read(Path file, Deployment against, boolean lenient) throws InvalidInputException {
        String name = file.toString();
        byte[] bytes = DeploymentReader.readBytes(name, file, limits, "a waivers file");
        String text = DeploymentReader.decode(name, bytes);
        YNode root = new YamlTreeReader(limits).read(name, text, name.endsWith(".json"), "a waivers file (kind Waivers)");
        SourceMap sources = new SourceMap(name, root, text);
        Problems problems = new Problems(name);
        if (root instanceof YMap map && map.get("kind") instanceof YScalar kind && DeploymentRecognizer.DEPLOYMENT.equals(kind.text())) {
            // Read as a waivers file, a deployment lacked every key of one: six errors that never said what the file is.
            problems.add(kind.position(), "this is a deployment description (kind AgentDeployment), not a waivers file: the waivers"
                    + " written in it are judged by 'oversight check " + name + "' (AC-06, and the waivers section of its report);"
                    + " 'waivers lint' reads a waivers file (kind Waivers), with --deployment " + name + " to judge it against this one");
            throw new InvalidInputException(problems.sorted());
        }
        Fields top = Fields.ofDocument(root, SourceMap.pathIn(name, ""), "the waivers file", Shapes.WAIVERS_FILE, problems);
        List<Waiver> waivers = new ArrayList<>();
        String deployment = null;
        Problems unresolved = new Problems(name);
        if (top != null) {
            expect(top, "apiVersion", "oversight/v1", problems);
            expect(top, "kind", DeploymentRecognizer.WAIVERS, problems);
            deployment = top.string("deployment");
            if (against != null && deployment != null && !deployment.equals(against.metadata().name())) {
                (lenient ? unresolved : problems).add(top.position("deployment"), otherDeployment(deployment, against));
            }
            int base = against == null ? 0 : against.waivers().size();
            List<Fields> items = top.objects("waivers", Shapes.WAIVER, "waiver");
            for (int i = 0; i < items.size(); i++) {
                waivers.add(DeploymentBinder.waiver(items.get(i), base + i));
            }
            check(waivers, against, sources, lenient ? unresolved : problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.sorted());
        }
        return new Loaded(waivers, deployment, sources, unresolved.sorted(), new InputFile(name, InputFile.Role.WAIVERS, Sha256.hex(bytes)));
    }

    private static String otherDeployment(String named, Deployment against) {
        return "the waivers file is for deployment '" + named + "', but the deployment it is applied to is '"
                + against.metadata().name() + "' (its metadata.name)";
    }

    /**
     * Waivers read from a file, the deployment it says they are for (null: any), the map that
     * locates their values, references nothing declares, and the file with its digest.
     */
    public record Loaded(List<Waiver> waivers, String deployment, SourceMap sources, List<Problem> unresolved, InputFile file) {

        /** Where {@code key} of {@code waiver} (or, if absent, the nearest value above it) is written in the file. */
        public Position locate(Waiver waiver, String key) {
            return sources.locate(pathOf(waiver, key));
        }

        /** Where the file's top-level {@code key} is written. */
        public Position locate(String key) {
            return sources.locate("/" + key);
        }
    }

    /** The path of {@code key} of a waiver read from a waivers file, inside that file. */
    private static String pathOf(Waiver waiver, String key) {
        return waiver.path().substring(waiver.file() == null ? 0 : waiver.file().length() + 1) + "/" + key;
    }

    /**
     * The deployment with the waivers of {@code file} added after its own; in a check of
     * {@code several} deployments, empty when the file is for another of them, and refused when it
     * does not say which it is for.
     */
    public Optional<DeploymentFile> addTo(DeploymentFile input, Path file, boolean several) throws InvalidInputException {
        Deployment d = input.deployment();
        if (several) {
            Loaded unchecked = read(file, null, false);
            if (unchecked.deployment() == null) {
                Problems problems = new Problems(file.toString());
                problems.add(Position.START, "the waivers file does not say which deployment it is for, and the check reads several:"
                        + " an agent id two of them use would be waived in both; add 'deployment: <its metadata.name>' at the top of the file");
                throw new InvalidInputException(problems.sorted());
            }
            if (!unchecked.deployment().equals(d.metadata().name())) {
                return Optional.empty();
            }
        }
        Loaded loaded = read(file, d, false);
        List<Waiver> all = new ArrayList<>(d.waivers());
        all.addAll(loaded.waivers());
        Deployment merged = new Deployment(d.metadata(), d.governance(), d.people(), d.environments(), d.agents(), all, d.roles());
        return Optional.of(input.withWaivers(merged, loaded.sources(), loaded.file()));
    }

    private static void expect(Fields top, String key, String value, Problems problems) {
        String actual = top.string(key);
        if (actual != null && !actual.equals(value)) {
            problems.add(top.position(key), "'" + key + "' must be '" + value + "', but is '" + actual + "'");
        }
    }

    private void check(List<Waiver> waivers, Deployment against, SourceMap sources, Problems problems) {
        Set<String> agents = against == null ? null : against.agents().stream().map(Agent::id).collect(Collectors.toSet());
        Set<String> people = against == null ? null : against.people().stream().map(Person::id).collect(Collectors.toSet());
        for (Waiver w : waivers) {
            if (w.control() != null && !knownControls.contains(w.control())) {
                problems.add(sources.locate(pathOf(w, "control")), "waiver names control '" + w.control() + "', which the catalog does not have"
                        + Suggestions.didYouMean(w.control(), knownControls) + "; see 'oversight controls'");
            }
            if (agents != null && w.agent() != null && !agents.contains(w.agent())) {
                problems.add(sources.locate(pathOf(w, "agent")), "unknown agent '" + w.agent() + "'" + Suggestions.didYouMean(w.agent(), agents)
                        + "; the deployment declares no such agent");
            }
            if (people != null && w.approvedBy() != null && !people.contains(w.approvedBy())) {
                problems.add(sources.locate(pathOf(w, "approvedBy")), "unknown person '" + w.approvedBy() + "'"
                        + Suggestions.didYouMean(w.approvedBy(), people) + "; the deployment declares no such person");
            }
        }
    }
}
