package io.oversight.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfWriter;
import io.oversight.catalog.Framework;
import io.oversight.deployment.model.Metadata;
import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.Tool;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF gap report (README, "The PDF gap report"): a PDF/A-3b record that a governance lead reads, acts on,
 * signs and files, carrying the check result it was rendered from. Sections are written in the order the reader needs them; the same assessment
 * and options always give the same bytes.
 */
public final class PdfRenderer implements Renderer {

    private static final List<Section> SECTIONS = List.of(
            new CoverPage(),
            new ExecutiveSummary(),
            new TrendSection(),
            new RemediationPlan(),
            new RegulatoryTimeline(),
            new AgentInventory(),
            new FindingsSection(),
            new FrameworkCoverage(),
            new AcceptedRisks(),
            new Attestations(),
            new MethodAndSignOff(),
            new FindingsAppendix(),
            new AgentAppendix());

    private static final float MARGIN_SIDE = 50;
    private static final float MARGIN_TOP = 62;
    private static final float MARGIN_BOTTOM = 58;

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(Assessment assessment, RenderOptions options, OutputStream out) throws IOException {
        DocumentIdentity identity = DocumentIdentity.of(assessment, options);
        Styles styles = Styles.create(SeededRandom.of(identity.hex()));
        ReportFacts facts = new ReportFacts(assessment);
        Document document = new Document(ArchivalPdf.pageSize(options.paper()), MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        Bookmarks bookmarks = new Bookmarks();
        PageFrame frame = new PageFrame(styles, frameLines(assessment, identity));
        try {
            PdfWriter writer = ArchivalPdf.open(document, out, metadata(assessment), identity, AssociatedFiles.of(assessment, options), frame,
                    bookmarks, new InternalLinks());
            TickBox tickBoxes = new TickBox(writer, styles.small);
            writer.setPageEvent(tickBoxes);
            ReportContext ctx = new ReportContext(document, writer, styles, facts, identity, bookmarks, tickBoxes);
            for (Section section : SECTIONS) {
                section.write(ctx);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF report: " + e.getMessage(), e);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the output stream's IOExceptions in this unchecked type.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
        }
    }

    /** The document's properties, which a viewer shows (the title in its window's): their text as the pages draw it ({@link DrawnText}). */
    private static ArchivalPdf.Metadata metadata(Assessment a) {
        Metadata m = a.input().deployment().metadata();
        List<String> keywords = new ArrayList<>(List.of("AI governance", "gap report", "AI agents", m.name()));
        a.frameworks().stream().filter(fr -> fr.applicable()).map(fr -> fr.framework()).map(Framework::title).forEach(keywords::add);
        return new ArchivalPdf.Metadata(
                DrawnText.forViewer("AI governance gap report: " + m.name()),
                DrawnText.forViewer(m.organization()),
                DrawnText.forViewer("Oversight check of " + a.input().file() + " as of " + a.asOf() + ": " + a.verdict().name() + " against "
                        + a.failOn().label() + " (catalog " + a.catalog().version() + ", input SHA-256 " + a.input().sha256() + ")"),
                DrawnText.forViewer(String.join(", ", keywords)),
                Tool.name() + " " + Tool.version());
    }

    private static PageFrame.Lines frameLines(Assessment a, DocumentIdentity identity) {
        Metadata m = a.input().deployment().metadata();
        return new PageFrame.Lines(
                // Cleaned before the frame fits it to the page, so that the width measured is the width drawn.
                DrawnText.of(m.name() + "  \u00b7  " + m.organization()), "  \u00b7  as of " + a.asOf(),
                a.verdict(),
                "against " + a.failOn().label() + (a.failsOnNewOnly() ? ", new only" : ""),
                Tool.name() + " " + Tool.version() + "  \u00b7  catalog " + a.catalog().version() + "  \u00b7  report " + identity.label());
    }
}
