package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.SampleAssessments;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML for CI dashboards: well-formed, in the common schema's shape, with counts that add up. */
class JUnitRendererTest {

    static List<String> samples() {
        return SampleAssessments.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void parsesAndEveryCountAddsUp(String sample) throws Exception {
        Assessment a = SampleAssessments.assess(sample);
        Rendered.keep("junit", a, sample);
        Document doc = parse(a);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Element suite : children(root, "testsuite")) {
            assertThat(suite.getAttribute("name")).isNotBlank();
            assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-11-25T00:00:00");
            List<Element> cases = children(suite, "testcase");
            int suiteFailures = (int) cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            int suiteSkipped = (int) cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count();
            assertThat(count(suite, "tests")).isEqualTo(cases.size());
            assertThat(count(suite, "failures")).isEqualTo(suiteFailures);
            assertThat(count(suite, "skipped")).isEqualTo(suiteSkipped);
            assertThat(count(suite, "errors")).isZero();
            for (Element c : cases) {
                assertThat(c.getAttribute("name")).isNotBlank();
                assertThat(c.getAttribute("classname")).startsWith("oversight.");
                assertThat(children(c, "failure").size() + children(c, "skipped").size()).isLessThanOrEqualTo(1);
            }
            tests += cases.size();
            failures += suiteFailures;
            skipped += suiteSkipped;
        }
        assertThat(count(root, "tests")).isEqualTo(tests);
        assertThat(count(root, "failures")).isEqualTo(failures);
        assertThat(count(root, "skipped")).isEqualTo(skipped);
        assertThat(count(root, "errors")).isZero();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thereIsATestCasePerControlAndSubjectAndOnePerPassedControl(String sample) throws Exception {
        Assessment a = SampleAssessments.assess(sample);
        Document doc = parse(a);
        long passedControls = a.controls().stream().filter(c -> c.status() == ControlStatus.PASS).count();
        long skippedControls = a.controls().stream()
                .filter(c -> c.status() == ControlStatus.NOTHING_TO_CHECK || c.status() == ControlStatus.NOT_EVALUATED).count();
        Set<String> controlSubjects = a.findings().stream().map(f -> f.control() + " " + f.subject()).collect(Collectors.toSet());
        long gating = a.findings().stream().filter(a::gates).map(f -> f.control() + " " + f.subject()).distinct().count();
        assertThat(count(doc.getDocumentElement(), "tests")).isEqualTo(passedControls + skippedControls + controlSubjects.size());
        assertThat(count(doc.getDocumentElement(), "failures")).as("what the exit code follows").isEqualTo(gating);
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(a.catalog().families().size());
    }

    /** A subject whose open findings are all below --fail-on fails no job: skipped, with the reason and the findings. */
    @Test
    void findingsBelowFailOnAreSkippedWithTheReason() throws Exception {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        NodeList skipped = parse(kiro).getElementsByTagName("skipped");
        List<String> below = new java.util.ArrayList<>();
        for (int i = 0; i < skipped.getLength(); i++) {
            String message = ((Element) skipped.item(i)).getAttribute("message");
            if (message.startsWith("below ")) {
                below.add(((Element) skipped.item(i).getParentNode()).getAttribute("name").substring(0, 5) + " " + message);
            }
        }
        assertThat(below).hasSize(10).contains("IR-04 below --fail-on high, which the check fails on: 'infra-assistant' can take destructive"
                + " actions without first showing a dry run of its plan");
    }

    @Test
    void aPassingDeploymentHasACasePerControlSkippedWhereItHadNothingToCheck() throws Exception {
        Assessment remediated = SampleAssessments.assess("kiro-remediated.yaml");
        Element root = parse(remediated).getDocumentElement();
        assertThat(count(root, "tests")).isEqualTo(remediated.controls().size());
        assertThat(count(root, "failures")).isZero();
        List<String> idle = remediated.controls().stream().filter(c -> c.status() == ControlStatus.NOTHING_TO_CHECK)
                .map(c -> c.control().id()).toList();
        assertThat(idle).contains("HO-07", "AC-06"); // no environment under a change freeze, no waiver
        assertThat(count(root, "skipped")).isEqualTo(idle.size());
        Element ho07 = testCase(parse(remediated), "HO-07 " + remediated.catalog().control("HO-07").orElseThrow().title() + " [deployment "
                + remediated.input().deployment().metadata().name() + "]");
        assertThat(children(ho07, "skipped").get(0).getAttribute("message")).startsWith("nothing to check: ");
        assertThat(root.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue())
                .endsWith("[deployment " + remediated.input().deployment().metadata().name() + "]");
    }

    @Test
    void aFailureCarriesTheMessageTheEvidenceLocationsAndTheFix() throws Exception {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        Finding ho02 = kiro.findings().stream().filter(f -> f.control().equals("HO-02")).findFirst().orElseThrow();
        Element testCase = testCase(parse(kiro), "HO-02 Two-person rule for destructive actions in critical environments [agent infra-assistant]");
        Element failure = children(testCase, "failure").get(0);
        assertThat(testCase.getAttribute("classname")).isEqualTo("oversight.HO-02");
        assertThat(failure.getAttribute("message")).isEqualTo(ho02.message());
        assertThat(failure.getAttribute("type")).isEqualTo("critical");
        assertThat(ho02.evidence()).hasSizeGreaterThan(1);
        for (Evidence e : ho02.evidence()) {
            assertThat(failure.getTextContent()).contains(e.file() + ":" + e.line() + ":" + e.column());
        }
        assertThat(failure.getTextContent()).contains("../samples/kiro-incident.yaml:131:13", "fix: " + ho02.remediation());
    }

    @Test
    void aWaivedFindingIsSkippedWithItsJustification() throws Exception {
        Assessment platform = SampleAssessments.assess("platform-team.yaml");
        Finding waived = platform.findings().stream().filter(Finding::waived).findFirst().orElseThrow();
        Element testCase = testCase(parse(platform), waived.control() + " " + waived.title() + " [agent marketing-writer]");
        assertThat(children(testCase, "failure")).isEmpty();
        assertThat(children(testCase, "skipped").get(0).getAttribute("message"))
                .startsWith("waived: " + waived.waiver().justification())
                .contains(waived.waiver().approvedBy(), waived.waiver().expires().toString());
    }

    @Test
    void controlsNotEvaluatedAreSkipped() throws Exception {
        Assessment scoped = SampleAssessments.assess("platform-team.yaml", "soc2");
        long notEvaluated = scoped.controls().stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED).count();
        assertThat(notEvaluated).isPositive();
        NodeList skipped = parse(scoped).getElementsByTagName("skipped");
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < skipped.getLength(); i++) {
            messages.add(((Element) skipped.item(i)).getAttribute("message"));
        }
        assertThat(messages.stream().filter(m -> m.startsWith("not evaluated"))).hasSize((int) notEvaluated);
    }

    private static Element testCase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no test case named " + name);
    }

    /** The JDK's parser, hardened as for any untrusted XML: no DTDs, no external entities. */
    private static Document parse(Assessment a) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Rendered.bytes("junit", a)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static long count(Element element, String attribute) {
        assertThat(element.getAttribute(attribute)).as("%s of %s", attribute, element.getTagName()).matches("\\d+");
        return Long.parseLong(element.getAttribute(attribute));
    }
}
