package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A large deployment is assessed in parts, in parallel sessions. Splitting must not change a
 * single finding: every fixture and sample, cut into parts of one and of two agents, must give
 * exactly the findings, waivers and framework results of one session.
 */
class PartitionedAssessmentTest {

    @Test
    void partsGiveExactlyTheFindingsOfOneSession() throws Exception {
        List<Path> files = new ArrayList<>(Fixtures.all());
        try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
            samples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(170);
        int split = 0;
        for (Path file : files) {
            DeploymentFile input = new DeploymentReader(Fixtures.CATALOG.controlIds()).read(file);
            Assessment whole = ComplianceEngine.builtIn().withPartSize(0).assess(input, Fixtures.CATALOG, Fixtures.AS_OF, Severity.HIGH);
            for (int size : new int[] {1, 2}) {
                Assessment parts = ComplianceEngine.builtIn().withPartSize(size).assess(input, Fixtures.CATALOG, Fixtures.AS_OF, Severity.HIGH);
                assertThat(parts.findings()).as(file + " in parts of " + size).isEqualTo(whole.findings());
                assertThat(parts.waivers()).as(file + " waivers").isEqualTo(whole.waivers());
                assertThat(parts.frameworks()).as(file + " frameworks").isEqualTo(whole.frameworks());
            }
            if (Facts.Partitions.of(input.deployment(), 1).agents().size() > 1) {
                split++;
            }
        }
        assertThat(split).as("files really split into several parts").isGreaterThan(30);
    }

    @Test
    void agentsLinkedByDelegationShareAPart() throws Exception {
        DeploymentFile input = new DeploymentReader(Fixtures.CATALOG.controlIds()).read(Path.of("../samples/platform-team.yaml"));
        Facts.Partitions parts = Facts.Partitions.of(input.deployment(), 1);
        for (List<io.oversight.deployment.model.Agent> part : parts.agents()) {
            for (var agent : part) {
                for (String to : agent.delegatesTo()) {
                    assertThat(part).as(agent.id() + " delegates to " + to).anyMatch(a -> a.id().equals(to));
                }
            }
        }
        assertThat(parts.agents()).hasSizeGreaterThan(1);
    }

    @Test
    void aPartHoldsThePeopleItsAgentsNameAndNoOthers() throws Exception {
        DeploymentFile input = new DeploymentReader(Fixtures.CATALOG.controlIds()).read(Path.of("../samples/platform-team.yaml"));
        var deployment = input.deployment();
        Facts.Partitions parts = Facts.Partitions.of(deployment, 1);
        assertThat(parts.people()).hasSameSizeAs(parts.agents());
        int held = 0;
        for (int i = 0; i < parts.agents().size(); i++) {
            java.util.Set<String> named = new java.util.HashSet<>();
            for (var agent : parts.agents().get(i)) {
                named.add(agent.owner());
                named.addAll(agent.overseers());
                if (agent.identity() != null && agent.identity().inheritedFrom() != null) {
                    named.add(agent.identity().inheritedFrom());
                }
                if (agent.identity() != null) {
                    named.add(new io.oversight.deployment.model.People(deployment.people()).withEmail(agent.identity().principalKey()));
                }
            }
            List<String> expected = deployment.people().stream().map(io.oversight.deployment.model.Person::id).filter(named::contains).toList();
            assertThat(parts.people().get(i)).as("part " + i).extracting(io.oversight.deployment.model.Person::id).containsExactlyElementsOf(expected);
            held += expected.size();
        }
        assertThat(held).as("people held over all parts").isGreaterThan(0);
        assertThat(parts.people()).allSatisfy(p -> assertThat(p).hasSizeLessThan(deployment.people().size()));
    }

    @Test
    void agentsWhoseIdentitiesNameOnePrincipalShareAPart() throws Exception {
        Path file = Fixtures.root().resolve("PM-08/fail-shared-identity.yaml");
        DeploymentFile input = new DeploymentReader(Fixtures.CATALOG.controlIds()).read(file);
        assertThat(Facts.Partitions.of(input.deployment(), 1).agents()).singleElement()
                .satisfies(part -> assertThat(part).extracting(io.oversight.deployment.model.Agent::id).containsExactly("wiki-bot", "deploy-bot"));
    }
}
