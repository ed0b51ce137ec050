package io.oversight.report.formats.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import io.oversight.engine.Assessment;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.engine.Subject;
import io.oversight.report.RenderOptions;
import io.oversight.report.SampleAssessments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotations on the lines that cause them, at the level GitHub shows, escaped as the runner unescapes them. */
class GitHubRendererTest {

    private static String render(Assessment a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GitHubRenderer().render(a, RenderOptions.PLAIN, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyOpenFindingAnnotatesItsLineAndTheSummaryEnds() throws Exception {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        List<String> lines = render(kiro).lines().toList();
        assertThat(lines).hasSize(kiro.findings().size() + 1);
        assertThat(lines.get(0)).isEqualTo("::error file=../samples/kiro-incident.yaml,line=131,col=13,"
                + "title=HO-02 Two-person rule for destructive actions in critical environments::"
                + "'infra-assistant' can take destructive actions in critical environment 'prod-eu' without the approval of two humans:"
                + " ec2:TerminateInstances, cloudformation:DeleteStack, * on *%0Afix: " + kiro.findings().get(0).remediation().replace("\n", "%0A"));
        assertThat(lines.get(lines.size() - 2)).startsWith("::notice file=../samples/kiro-incident.yaml,line=153,col=20,title=IR-04 ");
        assertThat(lines.stream().filter(l -> l.startsWith("::error ")).count()).isEqualTo(4 + 10);
        assertThat(lines.stream().filter(l -> l.startsWith("::warning ")).count()).isEqualTo(9);
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("oversight: FAIL  ../samples/kiro-incident.yaml  4 critical, 10 high, 9 medium, 1 low · 0 waived · fails on high or above");
    }

    /** A run scoped to a framework says so, or its counts would read as the deployment's. */
    @Test
    void theSummaryOfAScopedRunNamesItsFramework() throws Exception {
        Assessment scoped = SampleAssessments.assess("platform-team.yaml", "soc2");
        List<String> lines = render(scoped).lines().toList();
        assertThat(lines.get(lines.size() - 1)).contains(" · " + scoped.evaluatedControls() + " of " + scoped.controls().size()
                + " controls evaluated, those of " + scoped.scopedFramework().orElseThrow().framework().title());
    }

    @Test
    void waivedFindingsAnnotateNothing() throws Exception {
        Assessment platform = SampleAssessments.assess("platform-team.yaml");
        assertThat(platform.waivedCount()).isEqualTo(1);
        assertThat(render(platform).lines().filter(l -> l.startsWith("::"))).hasSize(platform.findings().size() - 1);
    }

    @Test
    void textFromTheDeploymentCannotEndOrStartACommand() {
        assertThat(GitHubRenderer.data("50% done\r\n::error ::forged")).isEqualTo("50%25 done%0D%0A::error ::forged");
        assertThat(GitHubRenderer.data("delete on a\u202eb")).as("shown reordered in the pull request").isEqualTo("delete on a\\u202eb");
        assertThat(GitHubRenderer.data("x\u001b[8mhid\u001b]0;T\u0007\u0008\u009bz.md")).as("acted on in the job's log")
                .isEqualTo("x\\u001b[8mhid\\u001b]0;T\\u0007\\u0008\\u009bz.md");
        assertThat(GitHubRenderer.property("a,b:c%d\ne")).isEqualTo("a%2Cb%3Ac%25d%0Ae");
        Finding f = new Finding("0".repeat(32), "HO-02", "Two-person rule, again: yes", Severity.CRITICAL, new Subject("agent", "a", "a"),
                "line\nbreak", "line\nbreak", List.of(), "fix it", List.of(new Evidence("dir,with:odd%name.yaml", 0, 0, "")), List.of(), null);
        assertThat(GitHubRenderer.annotation(f, GitHubRenderer.command(f.severity()), ""))
                .isEqualTo("::error file=dir%2Cwith%3Aodd%25name.yaml,title=HO-02 Two-person rule%2C again%3A yes::line%0Abreak%0Afix: fix it");
    }

    /** An error is what fails the job: a finding below --fail-on is at most a warning, and a medium one that fails the job an error. */
    @Test
    void theLevelFollowsWhatTheExitCodeFollows() throws Exception {
        for (Severity failOn : List.of(Severity.CRITICAL, Severity.MEDIUM)) {
            Assessment kiro = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(SampleAssessments.path("kiro-incident.yaml"))
                    .asOf(SampleAssessments.AS_OF).failOn(failOn)).assessment();
            java.util.Map<String, Long> levels = render(kiro).lines().filter(l -> l.startsWith("::"))
                    .collect(java.util.stream.Collectors.groupingBy(l -> l.substring(2, l.indexOf(' ')), java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()));
            assertThat(levels).as("--fail-on " + failOn.label())
                    .isEqualTo(failOn == Severity.CRITICAL ? java.util.Map.of("error", 4L, "warning", 19L, "notice", 1L)
                            : java.util.Map.of("error", 23L, "notice", 1L));
        }
    }

    @Test
    void theLevelFollowsTheSeverity() {
        assertThat(List.of(Severity.values()).stream().map(GitHubRenderer::command)).containsExactly("error", "error", "warning", "notice");
    }
}
