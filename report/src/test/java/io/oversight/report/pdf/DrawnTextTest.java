package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.report.RenderOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DrawnTextTest {

    @Test
    void zeroWidthCharactersAreLeftOutAndBidiControlsWrittenAsEscapes() {
        assertThat(DrawnText.of("Zero\u200bwidth\u200cjoiner\u200dhere\u2060\ufeff")).isEqualTo("Zerowidthjoinerhere");
        assertThat(DrawnText.of("a\u202eb\u2066c\u200fd")).isEqualTo("a\\u202eb\\u2066c\\u200fd");
        assertThat(DrawnText.of("عربي Ünïcödé")).isEqualTo("عربي Ünïcödé");
    }

    @Test
    void everyChunkOfAParagraphAndOfATablesCellsIsCleanedKeepingItsAttributes() {
        Paragraph paragraph = new Paragraph("x\u202ey");
        Chunk tagged = new Chunk("t\u200bag");
        tagged.setGenericTag("bookmark-0");
        paragraph.add(tagged);
        PdfPTable table = new PdfPTable(2);
        table.addCell(new PdfPCell(new Phrase("cell\u200d")));
        PdfPCell composite = new PdfPCell();
        composite.addElement(new Paragraph("\u2067inner"));
        table.addCell(composite);

        DrawnText.cleaned(paragraph);
        DrawnText.cleaned(table);

        assertThat(paragraph.getChunks()).extracting(c -> ((Chunk) c).getContent()).containsExactly("x\\u202ey", "tag");
        assertThat(((Chunk) paragraph.getChunks().get(1)).getChunkAttributes()).containsEntry(Chunk.GENERICTAG, "bookmark-0");
        assertThat(table.getRow(0).getCells()[0].getPhrase().getContent()).isEqualTo("cell");
        assertThat(((Paragraph) table.getRow(0).getCells()[1].getCompositeElements().get(0)).getContent()).isEqualTo("\\u2067inner");
    }

    @Test
    void theReportShowsNeitherZeroWidthBarsNorReorderedText() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: x, organization: "Org\\u202Eevil\\u2066z", owner: a,
                  description: "Zero\\u200Bwidth\\u200Cjoiner\\u200Dhere"}
                people: [{id: a}]
                environments: [{name: p, kind: production}]
                agents: [{id: b, owner: a, purpose: "\\u202e gnp.exe", permissions: [{environment: p, actions: [delete], resources: ["a\\u202eb"]}]}]
                """;
        PdfText report = new PdfText(Samples.render(Samples.check("bidi.yaml", yaml, LocalDate.of(2026, 11, 25)), RenderOptions.PLAIN));

        // Squashed: a line may break anywhere in a wrapped sentence.
        assertThat(PdfText.squash(report.all())).contains("Zerowidthjoinerhere", "Org\\u202eevil\\u2066z", "deleteona\\u202eb")
                .doesNotContain("\u200b", "\u200c", "\u200d", "\u202e", "\u2066");
        assertThat(report.author).isEqualTo("Org\\u202eevil\\u2066z");
        assertThat(report.outline).extracting(PdfText.Bookmark::title).noneMatch(t -> t.contains("\u202e"));
    }
}
