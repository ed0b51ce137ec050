package io.oversight.report;

import io.oversight.check.CheckException;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.InvalidInputException;
import io.oversight.engine.Assessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository's sample deployments (and this module's test files), assessed as the CLI would
 * on the samples' date. Assessments are immutable, so each is made once and shared by the tests.
 */
public final class SampleAssessments {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    /** The repository's own samples, which the README and CI use too; tests read them in place. */
    public static final Path SAMPLES = Path.of("..", "samples");
    static final Path RESOURCES = Path.of("src", "test", "resources");
    /** Every sample deployment of the repository. */
    public static final List<String> ALL = List.of("kiro-incident.yaml", "kiro-remediated.yaml", "platform-team.yaml", "iam-admin.yaml",
            "iam-readonly.yaml");

    private static final Map<String, Assessment> CACHE = new ConcurrentHashMap<>();

    private SampleAssessments() {
    }

    public static Path path(String fileName) {
        Path sample = SAMPLES.resolve(fileName);
        return Files.exists(sample) ? sample : RESOURCES.resolve(fileName);
    }

    public static Assessment assess(String fileName) {
        return CACHE.computeIfAbsent(fileName, name -> check(fileName, request(name)));
    }

    /** Only the controls one framework maps to are evaluated; the others are reported as not evaluated. */
    public static Assessment assess(String fileName, String framework) {
        return CACHE.computeIfAbsent(fileName + "@" + framework, key -> check(fileName, request(fileName).framework(framework)));
    }

    /** With the sample organization's own controls and rules (samples/org-rules) added to Oversight's. */
    public static Assessment withOrganizationRules(String fileName) {
        return CACHE.computeIfAbsent(fileName + "+org-rules", key -> check(fileName, request(fileName).rules(SAMPLES.resolve("org-rules"))));
    }

    private static CheckRequest request(String fileName) {
        return CheckRequest.of(path(fileName)).asOf(AS_OF);
    }

    private static Assessment check(String fileName, CheckRequest request) {
        try {
            return Oversight.check(request).assessment();
        } catch (InvalidInputException | CheckException e) {
            throw new IllegalStateException(fileName + " does not check: " + e.getMessage(), e);
        }
    }

    /**
     * The Kiro incident's infrastructure agent, copied {@code agents} times under new ids and
     * spread over the sample's owners: a large deployment with many findings per control.
     */
    public static Assessment large(int agents) {
        return CACHE.computeIfAbsent("large-" + agents, key -> generate(agents));
    }

    private static Assessment generate(int agents) {
        try {
            String text = Files.readString(path("kiro-incident.yaml"), StandardCharsets.UTF_8);
            int start = text.indexOf("  - id: infra-assistant");
            int end = text.indexOf("  # A better agent");
            String head = text.substring(0, text.indexOf("agents:\n") + "agents:\n".length());
            String agent = text.substring(start, end);
            String[] owners = {"ingrid-halvorsen", "marcus-olsen", "priya-raman", "tomas-ruiz"};
            StringBuilder yaml = new StringBuilder(head);
            for (int i = 1; i <= agents; i++) {
                yaml.append(agent.replace("id: infra-assistant", "id: infra-assistant-" + String.format("%03d", i))
                        .replace("owner: ingrid-halvorsen", "owner: " + owners[i % owners.length]));
            }
            return Oversight.check(CheckRequest.of().asOf(AS_OF), "generated/" + agents + "-agents.yaml",
                    yaml.toString().getBytes(StandardCharsets.UTF_8)).assessment();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException | CheckException e) {
            throw new IllegalStateException("the generated deployment is not valid: " + e.getMessage(), e);
        }
    }
}
