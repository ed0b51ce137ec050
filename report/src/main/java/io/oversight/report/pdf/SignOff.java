package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.engine.WaiverStatus;
import io.oversight.report.InputsDigest;
import io.oversight.report.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sign-off page: what the record is and who may read it, the conditions a signature accepts
 * (open findings, open attestations, controls not evaluated, accepted risks), and one block for
 * each of the three lines of defence, each with boxes to tick, lines for a name and a date, and a
 * signature field a PDF reader can sign. Nothing here is decided for the signers: the conditions
 * are counted from the assessment, the decision is theirs.
 */
final class SignOff {

    /** A line of defence: who signs, and what their signature says. */
    private record Line(String field, String title, String who, String meaning) {
    }

    /** What a signer decides: the text beside the box, and the value a PDF reader records when it is ticked. */
    private enum Decision {
        AS_IT_STANDS("Signed off as it stands", "as-it-stands"),
        ON_CONDITIONS("Signed off on the conditions above", "on-conditions"),
        NOT_SIGNED_OFF("Not signed off", "not-signed-off");

        final String text;
        final String value;

        Decision(String text, String value) {
            this.text = text;
            this.value = value;
        }
    }

    private static final float SIGNATURE_HEIGHT = 38;

    private final ReportContext ctx;
    private final Assessment a;

    SignOff(ReportContext ctx) {
        this.ctx = ctx;
        this.a = ctx.facts.assessment();
    }

    void write() throws DocumentException {
        ctx.document.newPage();
        ctx.subsection("Sign-off", "Sign-off", 200);
        ctx.add(record());
        ctx.heading("Conditions of this sign-off", 60);
        ctx.muted("A signature below accepts the report with these open items; each stays open until the remediation plan or a "
                + "person who knows the facts closes it.");
        for (String condition : conditions()) {
            Paragraph p = IdBreaks.keep(new Paragraph("\u2022  " + condition, ctx.styles.body));
            p.setIndentationLeft(10);
            p.setFirstLineIndent(-10);
            p.setLeading(Styles.BODY * 1.35f);
            p.setSpacingAfter(3);
            ctx.add(p);
        }
        ctx.heading("The three lines of defence", 260);
        PdfPTable blocks = new PdfPTable(3);
        blocks.setWidthPercentage(100);
        blocks.setKeepTogether(true);
        blocks.setSpacingBefore(4);
        for (Line line : lines()) {
            blocks.addCell(block(line));
        }
        ctx.add(blocks);
    }

    /** The document control table: identity, version, classification, distribution. */
    private PdfPTable record() {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {22, 78});
        table.setKeepTogether(true);
        String name = a.input().deployment().metadata().name();
        String[][] rows = {
            {"Record", "AI governance gap report of " + name + ctx.facts.scope().scopedTo().map(f -> ", scoped to " + f).orElse("")
                    + ", report " + ctx.identity.label() + ", as of " + a.asOf()},
            {"Version", "Fixed by the report id: the same inputs, as-of date and options always give this file, byte for byte; a "
                    + "changed input, date, scope (--framework), threshold or gate (--fail-on-new) gives a new report with a new id. For that, the file's "
                    + "creation date is the as-of date, and the report does not record the day it was rendered. Produced by " + Tool.name() + " " + Tool.version() + " with catalog "
                    + a.catalog().version() + "."},
            {"Inputs", Words.count(a.inputs().size(), "file", "files") + ", combined SHA-256 " + InputsDigest.of(a) + " (of each file's role, name"
                    + " as given on the command line and own SHA-256, listed under Method, with the tool and catalog versions)"},
            {"Machine-readable record", "Attached to this file: " + AssociatedFiles.RESULT + " (the check result the report was rendered "
                    + "from) and " + AssociatedFiles.OSCAL + " (OSCAL assessment results). A PDF reader lists them as attachments."},
            {"Classification", "Confidential. The report describes the access rights, approval gates and control gaps of the "
                    + "deployment's agents, which would help an attacker; mark it by the organization's own scheme before filing."},
            {"Distribution", "The signers below and the owners of the agents and actions it names; the accountable executive decides "
                    + "any wider distribution, including to supervisors and external auditors."},
        };
        for (String[] row : rows) {
            table.addCell(t.cell(row[0], s.smallBold));
            table.addCell(t.cell(row[1]));
        }
        return table;
    }

    /** What a signer accepts as still open, counted from the assessment. */
    private List<String> conditions() {
        List<String> conditions = new ArrayList<>();
        long blocking = a.findings().stream().filter(a::fails).count();
        String inScope = ctx.facts.scope().filtered() ? " in the " + ctx.facts.scope().framework() + " scope" : "";
        conditions.add((a.openFindings().isEmpty() ? "No open finding" + inScope + " (the verdict is " + a.verdict().name() + ")."
                : Words.capitalize(Words.count(a.openFindings().size(), "open finding", "open findings")) + inScope + ", " + blocking
                + " of them at " + a.failOn().label() + " or above (the verdict is " + a.verdict().name() + ").")
                + Headlines.gate(a).map(g -> " " + g).orElse(""));
        long attestations = ctx.facts.applicableFrameworks().stream().mapToLong(fr -> fr.attestations().size()).sum();
        conditions.add(Words.capitalize(Words.count(attestations, "open attestation", "open attestations"))
                + ": requirements no file can show, listed under Attestations; until a person confirms them, the clauses they serve are not met.");
        long notEvaluated = a.controls().size() - a.evaluatedControls();
        if (notEvaluated > 0) {
            conditions.add(Words.capitalize(Words.count(notEvaluated, "control", "controls")) + " of the catalog's " + a.controls().size()
                    + " not evaluated: they count neither for nor against the deployment.");
        }
        // The waivers that accept a finding: one in force that matches none accepts nothing, and is listed under Accepted risks.
        List<WaiverStatus> valid = a.waivers().stream().filter(w -> w.active() && w.findingsWaived() > 0).toList();
        if (a.waivedCount() > 0) {
            LocalDate first = valid.stream().map(w -> w.waiver().expires()).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            Severity worst = a.findings().stream().filter(Finding::waived).map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
            conditions.add(Words.capitalize(Words.count(a.waivedCount(), "finding", "findings"))
                    + (a.waivedCount() == 1 ? " (" + worst.label() + ") accepted as a risk under " : " accepted as risks under ")
                    + Words.count(valid.size(), "waiver", "waivers") + (a.waivedCount() == 1 ? "" : ", the most severe " + worst.label())
                    + (first == null ? "" : valid.size() == 1 ? ", expiring on " + first : ", the first expiring on " + first) + ".");
        }
        conditions.add("What the file describes matches the systems in production; the report cannot show this (see What the verdict means).");
        return conditions;
    }

    private List<Line> lines() {
        String owner = ctx.facts.person(a.input().deployment().metadata().owner());
        return List.of(
                new Line("sign-off-first-line", "First line: the owner of the deployment", owner,
                        "Owns the agents and the remediation plan: accepts the findings and commits to the plan's dates."),
                new Line("sign-off-second-line", "Second line: risk and compliance", "",
                        "Reviewed the verdict, the accepted risks and the open attestations against the organization's risk appetite."),
                new Line("sign-off-third-line", "Third line: internal audit", "",
                        "Independent assurance that the inputs listed are the ones in production and that this record is complete."));
    }

    private PdfPCell block(Line line) {
        Styles s = ctx.styles;
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.8f);
        cell.setPadding(7);
        cell.setBorder(Rectangle.BOX);
        Paragraph title = new Paragraph(line.title(), s.smallBold);
        title.setLeading(Styles.SMALL * 1.3f);
        cell.addElement(title);
        Paragraph meaning = new Paragraph(line.meaning(), s.small);
        meaning.setLeading(Styles.SMALL * 1.3f);
        meaning.setSpacingBefore(3);
        meaning.setSpacingAfter(5);
        cell.addElement(meaning);
        for (Decision decision : Decision.values()) {
            Paragraph p = new Paragraph("", s.small);
            p.add(ctx.tickBoxes.radioButton(line.field() + "-decision", decision.value, Decision.values().length));
            p.add(new Phrase("  " + decision.text, s.small));
            p.setSpacingAfter(2);
            cell.addElement(p);
        }
        cell.addElement(labelled("Name", line.who()));
        cell.addElement(labelled("Role", ""));
        cell.addElement(labelled("Date", ""));
        Paragraph sign = new Paragraph("Signature, by hand or digitally in the box", s.smallMuted);
        sign.setSpacingBefore(8);
        sign.setSpacingAfter(3);
        cell.addElement(sign);
        PdfPTable field = new PdfPTable(1);
        field.setWidthPercentage(100);
        PdfPCell box = new PdfPCell();
        box.setFixedHeight(SIGNATURE_HEIGHT);
        box.setBorderColor(Palette.MUTED);
        box.setBorderWidth(0.6f);
        box.setCellEvent(new SignatureField(ctx.writer, line.field()));
        field.addCell(box);
        cell.addElement(field);
        return cell;
    }

    /** "Name  ________" with the value, when the report knows it, written on the line. */
    private Paragraph labelled(String label, String value) {
        Styles s = ctx.styles;
        Paragraph p = new Paragraph(label + "  ", s.smallMuted);
        p.add(new Phrase(value.isEmpty() ? "________________________" : value, value.isEmpty() ? s.smallMuted : s.small));
        p.setSpacingBefore(7);
        return p;
    }
}
