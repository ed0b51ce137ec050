package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.check.CheckRequest;
import io.oversight.check.CheckResult;
import io.oversight.check.DeploymentCheck;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import io.oversight.report.SampleAssessments;
import io.oversight.report.formats.sarif.SarifRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GitHub code scanning accepts: at most 20 runs a file, 25,000 results a run, one category per deployment. */
class SarifLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GITHUB_MAX_RUNS_PER_FILE = 20;

    private static JsonNode sarif(SarifRenderer renderer, Assessment a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(a, RenderOptions.PLAIN, out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void aRunOverTheCapKeepsTheMostSevereAndSaysHowManyItLeftOut() throws Exception {
        Assessment large = SampleAssessments.large(300);
        int total = large.findings().size();
        assertThat(total).isGreaterThan(5_000);
        JsonNode sarif = sarif(new SarifRenderer(100), large);
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).isEmpty();
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("oversight/generated/300-agents.yaml/");
        List<String> kept = new ArrayList<>();
        run.get("results").forEach(r -> kept.add(r.at("/partialFingerprints/oversight~1v1").asText()));
        // The assessment lists open findings most severe first, and this one has over a hundred critical ones.
        assertThat(kept).isEqualTo(large.findings().stream().limit(100).map(Finding::fingerprint).toList());
        assertThat(run.get("results")).allSatisfy(r -> assertThat(r.at("/properties/severity").asText()).isEqualTo("critical"));
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(notification.at("/level").asText()).isEqualTo("warning");
        assertThat(notification.at("/message/text").asText()).isEqualTo((total - 100) + " of " + total
                + " results are left out: code scanning takes at most 100 results per run. The open findings, most severe first, were kept;"
                + " every finding is in the JSON report.");
        assertThat(notification.at("/properties/resultsOmitted").asInt()).isEqualTo(total - 100);
    }

    @Test
    void aRunUnderTheCapHasEveryResultAndNoNotification() throws Exception {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        JsonNode run = sarif(new SarifRenderer(kiro.findings().size()), kiro).at("/runs/0");
        assertThat(run.get("results")).hasSize(kiro.findings().size());
        assertThat(run.has("invocations")).isFalse();
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("oversight/../samples/kiro-incident.yaml/");
        assertThat(run.at("/tool/driver").has("informationUri")).as("the project has no public address yet").isFalse();
    }

    @Test
    void theRealCapIsGitHubs() throws Exception {
        assertThat(SarifRenderer.MAX_RESULTS_PER_RUN).isEqualTo(25_000);
        Assessment huge = SampleAssessments.large(1_400);
        int total = huge.findings().size();
        assertThat(total).isGreaterThan(SarifRenderer.MAX_RESULTS_PER_RUN);
        JsonNode run = sarif(new SarifRenderer(), huge).at("/runs/0");
        assertThat(run.get("results")).hasSize(SarifRenderer.MAX_RESULTS_PER_RUN);
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/properties/resultsOmitted").asInt())
                .isEqualTo(total - SarifRenderer.MAX_RESULTS_PER_RUN);
    }

    /** As {@code check DIR --format sarif --output-dir OUT} writes them: a file per deployment, a category per file. */
    @Test
    void thirtyDeploymentsGiveThirtyValidFilesOfOneRunWithDistinctCategories(@TempDir Path dir) throws Exception {
        String kiro = Files.readString(SampleAssessments.path("kiro-incident.yaml"));
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Path team = Files.createDirectories(dir.resolve(String.format("team-%02d", i)));
            files.add(Files.writeString(team.resolve("deployment.yaml"), kiro));
        }
        CheckResult result = Oversight.check(CheckRequest.of(files).asOf(SampleAssessments.AS_OF));
        assertThat(result.deployments()).hasSize(30);
        Set<String> categories = new HashSet<>();
        for (DeploymentCheck deployment : result.deployments()) {
            JsonNode sarif = sarif(new SarifRenderer(), deployment.assessment());
            assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).isEmpty();
            assertThat(sarif.get("runs").size()).isEqualTo(1).isLessThanOrEqualTo(GITHUB_MAX_RUNS_PER_FILE);
            assertThat(sarif.at("/runs/0/results").size()).isLessThanOrEqualTo(SarifRenderer.MAX_RESULTS_PER_RUN);
            categories.add(sarif.at("/runs/0/automationDetails/id").asText());
        }
        assertThat(categories).hasSize(30).contains("oversight/" + dir.toString().replaceFirst("^/+", "") + "/team-07/deployment.yaml/");
    }
}
