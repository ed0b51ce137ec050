package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Reference;
import io.oversight.catalog.Severity;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.engine.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-language sentences are counted from the findings, in the grammar of the count. */
class HeadlinesTest {

    @Test
    void oneAgentIsSingular() {
        assertThat(Headlines.sentence("HO-02", "Two-person rule", List.of(finding("HO-02", Subject.agent("a")))))
                .isEqualTo("One agent can take irreversible actions in a critical environment without a two-person approval (a).");
    }

    @Test
    void severalAgentsArePluralAndCountedOnceEach() {
        List<Finding> findings = List.of(finding("PM-01", Subject.agent("b")), finding("PM-01", Subject.agent("a")),
                finding("PM-01", new Subject("checkpoint", "a/gate", "a")));
        assertThat(Headlines.sentence("PM-01", "The agent has an identity of its own", findings))
                .isEqualTo("Two agents have no identity of their own and act with someone else's credentials (a and b).");
    }

    @Test
    void theDeploymentItselfAndUnknownControlsReadNaturally() {
        assertThat(Headlines.sentence("RM-06", "Policy", List.of(finding("RM-06", Subject.deployment("d")))))
                .isEqualTo("The deployment has no current AI policy or no documented AI risk-management process.");
        assertThat(Headlines.sentence("XX-01", "Something new", List.of(finding("XX-01", Subject.agent("a")), finding("XX-01", Subject.agent("b")))))
                .isEqualTo("Two agents fail XX-01, \u201cSomething new\u201d (a and b).");
        assertThat(Headlines.sentence("IR-08", "Notices", List.of(finding("IR-08", Subject.deployment("d")))))
                .isEqualTo("The deployment fails IR-08, \u201cNotices\u201d.");
    }

    @Test
    void theVerdictNamesTheThresholdAndTheCounts() {
        var kiro = Samples.assess("kiro-incident.yaml");
        assertThat(Headlines.verdict(kiro)).startsWith("The deployment fails: ").contains("\u201chigh\u201d")
                .contains(kiro.openBySeverity().get(Severity.CRITICAL) + " critical");
    }

    private static Finding finding(String control, Subject subject) {
        return new Finding(control + subject.id(), control, "title", Severity.HIGH, subject, "message", "message", List.of(), "fix",
                List.of(new Evidence("f.yaml", 1, 1, "/")), List.<Reference>of(), null);
    }
}
