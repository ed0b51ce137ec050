package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.InputFile.Role;
import io.oversight.deployment.Sha256;
import io.oversight.engine.Assessment;
import io.oversight.engine.Verdict;
import io.oversight.report.InputsDigest;
import io.oversight.report.Renderers;
import io.oversight.report.SampleAssessments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report names every file it was made from, each with its SHA-256, and its id derives from all
 * of them: a swapped imported policy, a waivers file, organization rules or a baseline give another
 * report, and the same files give the same bytes.
 */
class ReportIdentityTest {

    private static final Path SAMPLES = SampleAssessments.SAMPLES;
    private static final Path KIRO = SAMPLES.resolve("kiro-incident.yaml");
    private static final Path WAIVERS = SAMPLES.resolve("waivers/kiro-governance.yaml");
    private static final Path RULES = SAMPLES.resolve("org-rules");

    @TempDir
    Path dir;

    @Test
    void swappingAnImportedPolicyChangesTheListedDigestAndTheReportId() throws Exception {
        Path deployment = dir.resolve("finops.yaml");
        Path policy = dir.resolve("policies/AdministratorAccess.json");
        Files.createDirectories(policy.getParent());
        Files.copy(SAMPLES.resolve("iam-admin.yaml"), deployment);
        Files.copy(SAMPLES.resolve("policies/AdministratorAccess.json"), policy);
        Assessment admin = check(CheckRequest.of(deployment));
        Files.copy(SAMPLES.resolve("policies/ReadOnlyAccess.json"), policy, StandardCopyOption.REPLACE_EXISTING);
        Assessment readOnly = check(CheckRequest.of(deployment));

        assertThat(admin.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(readOnly.verdict()).isEqualTo(Verdict.PASS);
        assertThat(readOnly.input().sha256()).isEqualTo(admin.input().sha256());
        String deploymentSha = sha256(deployment);
        assertThat(admin.inputs()).containsExactly(new InputFile(deployment.toString(), Role.DEPLOYMENT, deploymentSha),
                new InputFile(policy.toString(), Role.IMPORT, sha256(SAMPLES.resolve("policies/AdministratorAccess.json"))));
        assertThat(readOnly.inputs()).containsExactly(new InputFile(deployment.toString(), Role.DEPLOYMENT, deploymentSha),
                new InputFile(policy.toString(), Role.IMPORT, sha256(SAMPLES.resolve("policies/ReadOnlyAccess.json"))));

        JsonNode adminJson = Rendered.json("json", admin);
        JsonNode readOnlyJson = Rendered.json("json", readOnly);
        assertThat(adminJson.at("/input/sha256").asText()).isEqualTo(readOnlyJson.at("/input/sha256").asText()).isEqualTo(deploymentSha);
        assertThat(readOnlyJson.at("/inputs/1/sha256").asText()).isEqualTo(sha256(policy)).isNotEqualTo(adminJson.at("/inputs/1/sha256").asText());
        assertThat(readOnlyJson.at("/inputsSha256").asText()).isNotEqualTo(adminJson.at("/inputsSha256").asText());
        assertThat(pdfId(readOnly)).isNotEqualTo(pdfId(admin));
        assertThat(Rendered.json("oscal", readOnly).at("/assessment-results/uuid").asText())
                .isNotEqualTo(Rendered.json("oscal", admin).at("/assessment-results/uuid").asText());
    }

    @Test
    void waiversRulesAndABaselineEachChangeTheReportId() throws Exception {
        Path baseline = dir.resolve("main.json");
        Files.write(baseline, Rendered.bytes("json", check(request())));
        List<Assessment> runs = List.of(check(request()), check(request().waivers(WAIVERS)), check(request().rules(RULES)),
                check(request().baseline(baseline, false)));

        assertThat(runs.stream().map(InputsDigest::of).collect(Collectors.toSet())).hasSize(4);
        Set<String> pdfIds = runs.stream().map(ReportIdentityTest::pdfId).collect(Collectors.toSet());
        assertThat(pdfIds).hasSize(4);
        assertThat(runs.stream().map(a -> Rendered.json("oscal", a).at("/assessment-results/uuid").asText()).collect(Collectors.toSet()))
                .hasSize(4);
    }

    /**
     * The same inputs judged at another threshold or over one framework are another record: the
     * OSCAL documents had kept their UUIDs (a GRC tool took the second import for the same
     * revision) while the PDF's id changed.
     */
    @Test
    void theThresholdAndTheFrameworkEachChangeTheReportIdAndTheOscalUuids() throws Exception {
        List<Assessment> runs = List.of(check(request()), check(request().failOn(io.oversight.catalog.Severity.CRITICAL)),
                check(request().framework("soc2")));
        assertThat(runs.stream().map(InputsDigest::of).collect(Collectors.toSet())).hasSize(1);
        assertThat(runs.stream().map(ReportIdentityTest::pdfId).collect(Collectors.toSet())).hasSize(3);
        for (String path : List.of("/assessment-results/uuid", "/assessment-results/results/0/uuid")) {
            assertThat(runs.stream().map(a -> Rendered.json("oscal", a).at(path).asText()).collect(Collectors.toSet())).as(path).hasSize(3);
        }
        assertThat(runs.stream().map(a -> Rendered.json("oscal-poam", a).at("/plan-of-action-and-milestones/uuid").asText())
                .collect(Collectors.toSet())).hasSize(3);
    }

    @Test
    void everyInputIsListedWithItsRoleAndDigestInEveryFormat() throws Exception {
        Path baseline = dir.resolve("main.json");
        Files.write(baseline, Rendered.bytes("json", check(request())));
        Assessment a = check(request().waivers(WAIVERS).rules(RULES).baseline(baseline, false));
        List<InputFile> expected = List.of(
                new InputFile(KIRO.toString(), Role.DEPLOYMENT, sha256(KIRO)),
                new InputFile(WAIVERS.toString(), Role.WAIVERS, sha256(WAIVERS)),
                new InputFile(RULES.resolve("catalog.yaml").toString(), Role.RULES, sha256(RULES.resolve("catalog.yaml"))),
                new InputFile(RULES.resolve("northwind.drl").toString(), Role.RULES, sha256(RULES.resolve("northwind.drl"))),
                new InputFile(baseline.toString(), Role.BASELINE, sha256(baseline)));
        assertThat(a.inputs()).isEqualTo(expected);

        JsonNode json = Rendered.json("json", a);
        List<String> listed = new ArrayList<>();
        for (JsonNode input : json.get("inputs")) {
            listed.add(input.get("file").asText() + " " + input.get("role").asText() + " " + input.get("sha256").asText());
        }
        assertThat(listed).isEqualTo(lines(expected));
        assertThat(json.get("inputsSha256").asText()).isEqualTo(InputsDigest.of(a));

        JsonNode sarif = Rendered.json("sarif", a);
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).isEmpty();
        JsonNode artifacts = sarif.at("/runs/0/artifacts");
        List<String> sarifInputs = new ArrayList<>();
        for (JsonNode artifact : artifacts) {
            sarifInputs.add(artifact.at("/location/uri").asText() + " " + artifact.at("/properties/role").asText() + " "
                    + artifact.at("/hashes/sha-256").asText() + " " + artifact.at("/roles/0").asText());
        }
        assertThat(sarifInputs).containsExactly(
                "../samples/kiro-incident.yaml deployment " + sha256(KIRO) + " analysisTarget",
                "../samples/waivers/kiro-governance.yaml waivers " + sha256(WAIVERS) + " userSpecifiedConfiguration",
                "../samples/org-rules/catalog.yaml rules " + sha256(RULES.resolve("catalog.yaml")) + " userSpecifiedConfiguration",
                "../samples/org-rules/northwind.drl rules " + sha256(RULES.resolve("northwind.drl")) + " userSpecifiedConfiguration",
                UriReference.of(baseline.toString()) + " baseline " + sha256(baseline) + " referencedOnCommandLine");
        assertThat(sarif.at("/runs/0/properties/inputsSha256").asText()).isEqualTo(InputsDigest.of(a));

        for (String format : List.of("oscal", "oscal-poam")) {
            JsonNode oscal = Rendered.json(format, a);
            assertThat(JsonSchemas.errors(format.equals("oscal") ? JsonSchemas.OSCAL_ASSESSMENT_RESULTS : JsonSchemas.OSCAL_POAM, oscal))
                    .isEmpty();
            List<String> resources = new ArrayList<>();
            for (JsonNode resource : oscal.findPath("back-matter").get("resources")) {
                if (resource.has("rlinks")) {
                    resources.add(resource.get("title").asText() + " " + resource.at("/props/0/value").asText() + " "
                            + resource.at("/rlinks/0/hashes/0/value").asText());
                }
            }
            assertThat(resources).isEqualTo(lines(expected));
        }
    }

    @Test
    void theSameInputsGiveTheSameBytesInEveryFormat() throws Exception {
        Path baseline = dir.resolve("main.json");
        Files.write(baseline, Rendered.bytes("json", check(request())));
        CheckRequest everything = request().waivers(WAIVERS).rules(RULES).baseline(baseline, false);
        Assessment first = check(everything);
        Assessment second = check(everything);
        for (String format : Renderers.names()) {
            assertThat(Rendered.bytes(format, second)).as(format).isEqualTo(Rendered.bytes(format, first));
        }
    }

    private static CheckRequest request() {
        return CheckRequest.of(KIRO);
    }

    private static Assessment check(CheckRequest request) throws Exception {
        return Oversight.check(request.asOf(SampleAssessments.AS_OF)).assessment();
    }

    private static String sha256(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's file identifier, the report id its cover shows the head of. */
    private static String pdfId(Assessment a) {
        try (PDDocument pdf = Loader.loadPDF(Rendered.bytes("pdf", a))) {
            return HexFormat.of().formatHex(((COSString) pdf.getDocument().getDocumentID().get(0)).getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(List<InputFile> inputs) {
        return inputs.stream().map(i -> i.file() + " " + i.role().label() + " " + i.sha256()).toList();
    }
}
