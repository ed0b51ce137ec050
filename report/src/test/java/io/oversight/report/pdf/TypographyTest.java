package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** What a reader's eye meets: sizes a printed page keeps legible, ids in one piece, line numbers that fit. */
class TypographyTest {

    @Test
    void noTextIsSetBelowEightPointAndBodyTextIsAtLeastNine() throws IOException {
        byte[] pdf = Samples.render(Samples.assess("kiro-incident.yaml"), RenderOptions.PLAIN);
        TreeMap<Float, String> bySize = sizes(pdf);
        assertThat(bySize.firstKey()).as("the smallest text, e.g. \"%s\"", bySize.firstEntry().getValue()).isGreaterThanOrEqualTo(8f);
        // A fleet adds the heat map and the appendix.
        TreeMap<Float, String> fleet = sizes(Samples.render(Samples.large(200), RenderOptions.PLAIN));
        assertThat(fleet.firstKey()).as("the smallest text, e.g. \"%s\"", fleet.firstEntry().getValue()).isGreaterThanOrEqualTo(8f);
        assertThat(sizeOf(pdf, "A PASS does not show")).as("a body paragraph").isGreaterThanOrEqualTo(9f);
        assertThat(Styles.BODY).isGreaterThanOrEqualTo(9f);
        assertThat(Styles.SMALL).isGreaterThanOrEqualTo(8f);
    }

    @Test
    void aControlIdIsNeverBrokenAtItsHyphenEvenWhereTheLineIsFull() throws IOException {
        // Each column is just wide enough for the text up to the id's (last) hyphen: OpenPDF alone breaks there.
        assertThat(tokens(cellText("Control RM-06 fails", "Control RM-"))).contains("RM-06");
        assertThat(tokens(cellText("See ORG-SEC-01 below", "See ORG-SEC-"))).contains("ORG-SEC-01");
        assertThat(tokens(cellText("agent-owned", "agent-"))).containsExactly("agent-", "owned");
    }

    /** A path too long for its column breaks after a dot or slash, not wherever the edge falls; a short word keeps them. */
    @Test
    void aLongPathBreaksAfterADotOrSlash() throws IOException {
        // Each column is as wide as the path's longest part: OpenPDF alone cuts the path inside a word.
        assertThat(tokens(cellText("(governance.incidentResponse.afterMajorClassificationHours)", "afterMajorClassificationHours)")))
                .containsExactly("(governance.", "incidentResponse.afterMajor", "ClassificationHours)");
        assertThat(tokens(cellText("runtimes/infra-assistant/.claude/settings.json", "runtimes/infra-assistant/")))
                .containsExactly("runtimes/infra-assistant/", ".claude/settings.json");
        assertThat(tokens(cellText("see ISO/IEC 42001", "see ISO/I"))).containsExactly("see", "ISO/IEC", "42001");
        // A file's extension stays with its name: the path breaks at its slash instead.
        assertThat(tokens(cellText("samples/policies/AdministratorAccess.json", "samples/policies/AdministratorAccess.")))
                .containsExactly("samples/policies/", "AdministratorAccess.json");
        // A part wider than the column breaks between the words of its camel case, not at the edge.
        assertThat(tokens(cellText("(governance.incidentResponse.afterMajorClassificationHours)", "afterMajorClassificat")))
                .containsExactly("(governance.", "incidentResponse.", "afterMajor", "ClassificationHours)");
    }

    @Test
    void theReportBreaksNoIdAtAHyphen() {
        PdfText report = new PdfText(Samples.render(Samples.assess("kiro-incident.yaml"), RenderOptions.PLAIN));
        assertThat(report.all()).doesNotContainPattern(Pattern.compile("\\b[A-Z]{2,}-\\R[0-9]"));
    }

    @Test
    void aFiveDigitLineNumberFitsTheGutterBesideItsLine() throws Exception {
        String kiro = Files.readString(Samples.path("kiro-incident.yaml"), StandardCharsets.UTF_8);
        String padding = "# padding\n".repeat(12_000);
        Assessment padded = Oversight.check(CheckRequest.of().asOf(Samples.AS_OF), "padded.yaml",
                (padding + kiro).getBytes(StandardCharsets.UTF_8)).assessment();
        Finding first = ControlGroup.of(padded.catalog(), padded.findings()).get(0).findings().get(0);
        Evidence evidence = first.evidence().get(0);
        assertThat(evidence.line()).isGreaterThan(12_000);
        String quoted = padded.input().sources().line(evidence.line()).strip();
        String text = PdfText.squash(new PdfText(Samples.render(padded, RenderOptions.PLAIN)).all());
        assertThat(text).contains(PdfText.squash("\u2192 " + evidence.line() + quoted));
    }

    /** The text of a table cell whose text area is as wide as {@code fits}. */
    private static String cellText(String text, String fits) throws IOException {
        Styles styles = Styles.create(SeededRandom.of("narrow"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(300, 200), 20, 20, 20, 20);
        PdfWriter.getInstance(document, out);
        document.open();
        PdfPTable table = new PdfPTable(1);
        // Tables pads a cell by 3.5 pt on either side.
        table.setTotalWidth(new float[] {styles.width(fits, Styles.SMALL) + 7 + 1});
        table.setLockedWidth(true);
        table.addCell(new Tables(styles).cell(text));
        document.add(table);
        document.close();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> tokens(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    /** The text of the document by the sizes it is set in, the first piece of text met at each. */
    private static TreeMap<Float, String> sizes(byte[] pdf) throws IOException {
        TreeMap<Float, String> bySize = new TreeMap<>();
        strip(pdf, (text, positions) -> {
            for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                    bySize.putIfAbsent(Math.round(p.getXScale() * 10) / 10f, text);
                }
            }
        });
        return bySize;
    }

    private static float sizeOf(byte[] pdf, String start) throws IOException {
        List<Float> found = new ArrayList<>();
        strip(pdf, (text, positions) -> {
            if (text.startsWith(start)) {
                found.add(positions.get(0).getXScale());
            }
        });
        assertThat(found).as("text starting \"%s\"", start).isNotEmpty();
        return found.get(0);
    }

    private interface Sink {
        void accept(String text, List<TextPosition> positions);
    }

    private static void strip(byte[] pdf, Sink sink) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    sink.accept(text, positions);
                }
            };
            stripper.getText(doc);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
