package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.engine.Verdict;
import io.oversight.report.Renderers;
import io.oversight.report.SampleAssessments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A deployment and a waivers file with a different secret in every free-text field (names of the
 * deployment, organization, people and checkpoints, descriptions, purposes, the model, resources,
 * justifications, contacts, data categories): no format shows any of them, the PDF's
 * text and metadata included, while the rest of each text is still shown.
 */
class SecretsInNoFormatTest {

    private static final Path DIR = Path.of("src", "test", "resources", "secrets");

    /** A telling part of each secret of the files, in the order the files hold them. */
    private static final List<String> SECRETS = List.of(
            "ghp_000000000000000000000000000000000001",
            "AKIA0000000000000002",
            "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu",
            "KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm",
            "Pw0003secret",
            "eyJzdWIiOiIwMDA0In0",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPL0005",
            "ghp_000000000000000000000000000000000006",
            "AKIA0000000000000007",
            "Pw0008secret",
            "ghp_000000000000000000000000000000000009",
            "eyJzdWIiOiIwMDEwIn0",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPL0011",
            "Pw0012secret",
            "ghp_000000000000000000000000000000000013",
            "AKIA0000000000000014",
            "Tk0015secret",
            "ghp_000000000000000000000000000000000016",
            "Pw0017secret",
            "eyJzdWIiOiIwMDE4In0");

    @Test
    void noRegisteredFormatShowsASecretOfTheFiles() throws Exception {
        Assessment a = Oversight.check(CheckRequest.of(DIR.resolve("deployment.yaml")).waivers(DIR.resolve("waivers.yaml"))
                .asOf(SampleAssessments.AS_OF)).assessment();
        assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(a.input().deployment().metadata().organization()).isEqualTo("Northwind ****");
        assertThat(a.input().deployment().agents().get(0).purpose()).isEqualTo("Runs changes; db password=****");
        assertThat(a.input().deployment().metadata().description()).isEqualTo("Keys kept here by mistake:\n****\n");
        assertThat(Renderers.names()).contains("text", "json", "sarif", "junit", "markdown", "oscal", "oscal-poam", "csv", "pdf");
        assertThat(Rendered.json("json", a).at("/deployment/organization").asText()).isEqualTo("Northwind ****");
        for (String format : Renderers.names()) {
            String shown = squash(format.equals("pdf") ? pdfText(Rendered.bytes(format, a)) : Rendered.text(format, a));
            assertThat(SECRETS.stream().filter(secret -> shown.contains(squash(secret))).toList()).as(format).isEmpty();
        }
    }

    /** The PDF's text, page by page, and its document information, as a reader or an indexer would see them. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            return new PDFTextStripper().getText(doc) + info.getTitle() + info.getAuthor() + info.getSubject() + info.getKeywords()
                    + new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** Without white space, so that a secret broken over two lines of a page is still found. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
