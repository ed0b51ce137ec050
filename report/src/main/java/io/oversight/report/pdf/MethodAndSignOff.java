package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.deployment.InputFile;
import io.oversight.engine.Assessment;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.ControlResult;
import io.oversight.engine.ControlStatus;
import io.oversight.report.InputsDigest;
import io.oversight.report.Tool;

/**
 * How the verdict was reached and what it is worth, then the page that makes the report a
 * decision: the record's identity and handling, the conditions the sign-off rests on, and a block
 * for each of the three lines of defence with a signature field a PDF reader can sign.
 */
final class MethodAndSignOff implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Assessment a = ctx.facts.assessment();
        ctx.section("Method and sign-off");
        ctx.heading("What was checked", 40);
        ctx.paragraph(Tool.name() + " " + Tool.version() + " read the deployment description " + a.input().file() + " (SHA-256 "
                + a.input().sha256() + "), which describes " + Words.count(a.input().deployment().agents().size(), "agent", "agents")
                + ", and assessed it as of " + a.asOf() + " against version " + a.catalog().version() + " of its control catalog. "
                + coverage(a));
        ctx.paragraph("The report covers every file the verdict depends on, each listed below with its own SHA-256. Their combined "
                + "SHA-256, with the tool and catalog versions, is " + InputsDigest.of(a) + "; the report id derives from it and from "
                + "the as-of date, the scope and the fail-on threshold, so a changed input (an imported policy, the waivers, the "
                + "organization's rules, the baseline) or option gives another report.");
        ctx.add(inputs(ctx, a));
        ctx.paragraph("Each evaluated control is a rule run by a rule engine over the facts the file states: agents, their "
                + "permissions and approval gates, environments, people and waivers. Actions are classified into verbs (delete, "
                + "admin, grant, deploy and so on) once, the same way for every rule. A finding cites the lines of the file that "
                + "show it. Valid waivers turn findings into accepted risks; a waiver waives nothing once expired, when "
                + "the agent's owner approves it for a control of high or critical severity, when the person whose credentials "
                + "the agent uses approves it, when it covers a whole deployment for a control that can report a critical "
                + "finding, or when it waives the control that judges waivers. Framework clauses take their status from the controls that serve them.");
        ctx.heading("What the verdict means", 40);
        ctx.paragraph("PASS means that, in what this file describes and on the as-of date, no open finding reaches the chosen "
                + "severity (" + a.failOn().label() + " or above). FAIL means at least one does. A control passes only where "
                + "its rule examined something; one marked \u201cnothing to check\u201d found none of the subjects it examines "
                + "in the file (no checkpoint, no waiver, no frozen environment, ...), so it vouches for nothing.");
        ctx.paragraph("A PASS does not show that the file matches the systems it describes, that controls not yet evaluated are met, "
                + "that the attestations hold, or that the deployment is lawful. It is evidence for a decision, not the decision: "
                + "the people who sign below make it.");
        ctx.heading("Controls", 60);
        ctx.add(controls(ctx, a));
        new SignOff(ctx).write();
    }

    private static String coverage(Assessment a) {
        if (a.evaluatedControls() == a.controls().size()) {
            return "All " + a.controls().size() + " controls of the catalog were evaluated.";
        }
        return a.evaluatedControls() + " of the catalog's " + a.controls().size() + " controls were evaluated; the others are listed "
                + "below as not evaluated and count neither for nor against the deployment.";
    }

    private static PdfPTable inputs(ReportContext ctx, Assessment a) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {11, 29, 60}, "Role", "File", "SHA-256");
        for (InputFile input : a.inputs()) {
            table.addCell(t.cell(input.role().label(), s.smallBold));
            table.addCell(t.cell(input.file()));
            table.addCell(t.cell(input.sha256()));
        }
        return table;
    }

    private static PdfPTable controls(ReportContext ctx, Assessment a) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {9, 55, 18, 18}, "Control", "Title", "Result", "Findings");
        for (ControlResult c : a.controls()) {
            table.addCell(t.cell(c.control().id(), s.smallBold));
            table.addCell(t.cell(c.control().title()));
            table.addCell(result(t, c.status()));
            String findings = c.status() == ControlStatus.NOT_EVALUATED ? "" : (c.findings() - c.waived()) + " open"
                    + (c.waived() > 0 ? ", " + c.waived() + " waived" : "");
            table.addCell(t.cell(findings));
        }
        return table;
    }

    /** A control's result on the tint of the clause status it resembles. */
    private static PdfPCell result(Tables t, ControlStatus status) {
        return switch (status) {
            case PASS -> t.status(ClauseStatus.MET, "pass");
            case FAIL -> t.status(ClauseStatus.GAP, "FAIL");
            case WAIVED -> t.status(ClauseStatus.NEEDS_ATTESTATION, "waived");
            case NOTHING_TO_CHECK -> t.status(ClauseStatus.NOT_APPLICABLE, "nothing to check");
            case NOT_EVALUATED -> t.status(ClauseStatus.NOT_EVALUATED, Words.clauseStatus(ClauseStatus.NOT_EVALUATED));
        };
    }
}
