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
        assertThat(DrawnText.of("Ünïcödé")).isEqualTo("Ünïcödé");
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

    /**
     * The bidi marks, which free text may hold (right-to-left writing uses them; the overrides and isolates are refused when
     * the file is read), are written as escapes, and zero-width characters are left out.
     */
    @Test
    void theReportShowsNeitherZeroWidthBarsNorReorderedText() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: x, organization: "Org\\u200Fevil\\u061Cz", owner: a,
                  description: "Zero\\u200Bwidth\\u200Cjoiner\\u200Dhere"}
                people: [{id: a}]
                environments: [{name: p, kind: production}]
                agents: [{id: b, owner: a, purpose: "\\u200f gnp.exe", permissions: [{environment: p, actions: [delete], resources: ["a\\u200fb"]}]}]
                """;
        PdfText report = new PdfText(Samples.render(Samples.check("bidi.yaml", yaml, LocalDate.of(2026, 11, 25)), RenderOptions.PLAIN));

        // Squashed: a line may break anywhere in a wrapped sentence.
        assertThat(PdfText.squash(report.all())).contains("Zerowidthjoinerhere", "Org\\u200fevil\\u061cz", "deleteona\\u200fb")
                .doesNotContain("\u200b", "\u200c", "\u200d", "\u200f", "\u061c");
        assertThat(report.author).isEqualTo("Org\\u200fevil\\u061cz");
        assertThat(report.outline).extracting(PdfText.Bookmark::title).noneMatch(t -> t.contains("\u200f"));
    }

    /** A character the fonts cannot draw is written as its code point, so that a name in another script leaves no blank. */
    @Test
    void aCharacterWithoutAGlyphIsWrittenAsItsCodePoint() {
        assertThat(DrawnText.of("Owner 张伟 (sre-lead), Örjan, 🚀, عربي")).isEqualTo("Owner <U+5F20><U+4F1F> (sre-lead), Örjan, <U+1F680>, "
                + "<U+0639><U+0631><U+0628><U+064A>");
        assertThat(DrawnText.of("plain text")).isEqualTo("plain text");
        // A viewer draws the document's properties and bookmarks with its own fonts: the name stays as written there.
        assertThat(DrawnText.forViewer("北京云科技\u200b\u200f")).isEqualTo("北京云科技\\u200f");
    }

    /** A long name is cut in the running header, never the as-of date the report is signed against. */
    @Test
    void aLongOrganizationNameLeavesTheAsOfDateWholeInTheHeader() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: customer-service-agents-production, owner: a,
                  organization: "Beispielversicherung Aktiengesellschaft für Lebens- und Krankenversicherung, Zweigniederlassung Österreich"}
                people: [{id: a}]
                environments: [{name: p, kind: production}]
                agents: [{id: b, owner: a, permissions: [{environment: p, actions: [delete], resources: ["*"]}]}]
                """;
        PdfText report = new PdfText(Samples.render(Samples.check("long.yaml", yaml, LocalDate.of(2026, 11, 25)), RenderOptions.PLAIN));
        assertThat(report.page(2).lines().filter(l -> l.contains("customer-service-agents-production") && l.contains("\u00b7")))
                .as("the running header").isNotEmpty().allSatisfy(l -> assertThat(l).contains("\u2026").contains("as of 2026-11-25"));
    }

    /** The sign-off counts the waivers that accept a finding: one in force that matches none accepts nothing. */
    @Test
    void theSignOffCountsOnlyTheWaiversThatAcceptAFinding() throws Exception {
        String yaml = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: x, organization: Org, owner: a}
                people: [{id: a}, {id: ciso}]
                environments: [{name: p, kind: production, criticality: low}, {name: s, kind: staging}]
                agents:
                  - {id: b, owner: a, permissions: [{environment: p, actions: [read], resources: ["arn:aws:s3:::x/*"]}]}
                  - {id: c, owner: a, permissions: [{environment: s, actions: [read], resources: ["arn:aws:s3:::x/*"]}]}
                waivers:
                  - {control: PM-05, agent: b, justification: reviewed quarterly, approvedBy: ciso, expires: 2027-01-31}
                  - {control: PM-05, agent: c, justification: reviewed quarterly, approvedBy: ciso, expires: 2027-01-31}
                """;
        io.oversight.engine.Assessment a = Samples.check("waivers.yaml", yaml, LocalDate.of(2026, 11, 25));
        assertThat(a.waivedCount()).isEqualTo(1);
        assertThat(PdfText.squash(new PdfText(Samples.render(a, RenderOptions.PLAIN)).all()))
                .contains(PdfText.squash("One finding (medium) accepted as a risk under one waiver, expiring on 2027-01-31."));
    }
}
