package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.Assessment;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.WaiverState;
import io.oversight.engine.WaiverStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every waiver the file declares, whether or not it applied: an expired or self-approved waiver
 * is flagged in words, because its findings count again and someone signed something that no
 * longer holds.
 */
final class AcceptedRisks implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<WaiverStatus> waivers = ctx.facts.assessment().waivers();
        if (waivers.isEmpty()) {
            ctx.shortSection("Accepted risks");
            ctx.paragraph("The file declares no waiver: no risk has been accepted, and every finding counts.");
            return;
        }
        ctx.section("Accepted risks");
        long flagged = waivers.stream().filter(w -> !w.active()).count();
        Assessment assessment = ctx.facts.assessment();
        long idle = waivers.stream().filter(assessment::waivesNothing).count();
        ctx.muted(Words.capitalize(Words.count(waivers.size(), "waiver is", "waivers are")) + " declared"
                + (flagged > 0 ? "; " + Words.count(flagged, "is flagged and waives", "are flagged and waive") + " nothing" : ", all in force")
                + (idle > 0 ? "; " + Words.count(idle, "is in force but matches", "are in force but match") + " no finding." : ".")
                + " A waiver covers the findings of its control for its agent (or for every agent when it names none) until it expires,"
                + (assessment.baseline() == null ? "" : " but not a finding that grew since the baseline's run if it was in force then,")
                + " and nobody may accept a high or critical risk of an agent they own.");
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {8, 10, 11, 26, 12, 10, 23}, "Control", "Risk", "Subject", "Justification", "Approved by",
                "Expires", "Status");
        // The worst finding each waiver waives: a signer weighs a critical risk accepted otherwise than a low one.
        Map<Integer, Severity> worst = new HashMap<>();
        assessment.findings().stream().filter(Finding::waived)
                .forEach(f -> worst.merge(f.waiver().index(), f.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
        for (WaiverStatus ws : waivers) {
            Waiver w = ws.waiver();
            table.addCell(t.cell(w.control(), s.smallBold));
            Severity accepted = worst.get(w.index());
            table.addCell(accepted == null ? t.cell("none waived", s.small) : t.severity(accepted));
            table.addCell(t.cell(w.agent() == null ? "every agent" : "agent " + w.agent()));
            table.addCell(t.cell(w.justification() == null ? "none given" : w.justification()));
            table.addCell(t.cell(ctx.facts.person(w.approvedBy())));
            table.addCell(t.cell(w.expires().toString(), ws.status() == WaiverState.EXPIRED ? s.smallBold : s.small));
            table.addCell(status(t, ws, assessment.waivesNothing(ws)));
        }
        ctx.add(table);
    }

    /**
     * Active on a green tint; EXPIRED or SELF-APPROVED in capitals on a red one, with the reason, as is
     * an active one that leaves open what grew since the baseline.
     */
    private static PdfPCell status(Tables t, WaiverStatus ws, boolean waivesNothing) {
        if (ws.outgrownNote() != null) {
            return t.status(ClauseStatus.GAP, "active: waives " + Words.count(ws.findingsWaived(), "finding", "findings") + "; "
                    + ws.outgrownNote());
        }
        if (ws.coveredNote() != null) {
            return t.status(ClauseStatus.UNDETERMINED, "active, but " + ws.coveredNote());
        }
        if (ws.active()) {
            return waivesNothing ? t.status(ClauseStatus.UNDETERMINED, "active, but waives no finding: no finding of " + ws.waiver().control()
                    + (ws.waiver().agent() == null ? " is open" : " is about agent " + ws.waiver().agent()))
                    : t.status(ClauseStatus.MET, "active: waives " + Words.count(ws.findingsWaived(), "finding", "findings"));
        }
        return t.status(ClauseStatus.GAP, ws.status().label().toUpperCase(Locale.ROOT) + ": " + ws.reason());
    }
}
