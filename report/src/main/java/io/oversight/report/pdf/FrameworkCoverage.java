package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.engine.ClauseResult;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Per applicable framework, every clause with its status and the controls behind it; for a gap,
 * the findings that make it one. Frameworks that do not apply are named with the reason, so the
 * reader knows they were considered.
 */
final class FrameworkCoverage implements Section {

    /** Findings named per gap before the rest are counted. */
    static final int FINDINGS_PER_CLAUSE = 4;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.section("Framework coverage");
        ctx.muted("Status of each clause on the as-of date. Met means a control behind the clause examined at least one agent, "
                + "permission, environment or waiver the clause binds, and found nothing wrong, open or waived. A gap names the open "
                + "findings behind it (control, subject and the first digits of the finding's fingerprint, which the JSON output carries "
                + "in full); a gap whose findings are all waived is a risk accepted, and counts as not met. "
                + "Not assessed means no rule can judge the clause; undetermined, that whether it binds depends on a fact the file "
                + "leaves out; clauses that need attestation are for a person to confirm (see Attestations); not evaluated means a "
                + "control behind the clause has no rule yet. Upcoming clauses are not yet in force, and not applicable ones do not "
                + "bind this deployment, each with its reason.");
        for (FrameworkResult fr : ctx.facts.applicableFrameworks()) {
            framework(ctx, fr);
        }
        List<String> others = ctx.facts.assessment().frameworks().stream()
                .filter(fr -> !fr.applicable())
                .map(fr -> fr.framework().title() + " (" + fr.elsewhere() + ")")
                .toList();
        if (!others.isEmpty()) {
            // What the file lists decides, not a legal finding: a US-wide deployment may well have users in a state.
            ctx.heading("Frameworks outside the listed jurisdictions", 20);
            List<String> jurisdictions = ctx.facts.metadata().jurisdictions();
            String where = jurisdictions.isEmpty() ? "The file lists no jurisdiction (metadata.jurisdictions)"
                    : "The file lists the " + (jurisdictions.size() == 1 ? "jurisdiction " : "jurisdictions ") + String.join(", ", jurisdictions)
                            + " (metadata.jurisdictions)";
            // Without any jurisdiction listed, the file says nothing of where it operates: left out, not found not to apply.
            ctx.paragraph(where + (jurisdictions.isEmpty() ? ", so these were left out: " : ", so these do not apply to it: ")
                    + Words.list(others, others.size()) + ". A deployment that "
                    + "operates where one of them applies lists that jurisdiction, a US state by its own code (US-CO, US-CA, US-TX); "
                    + "US alone names no state, so what the states' laws would bind today is undetermined.");
        }
    }

    private static void framework(ReportContext ctx, FrameworkResult fr) throws DocumentException {
        ctx.subsection(fr.framework().title(), fr.framework().title(), 80);
        ctx.muted(summary(fr));
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {13, 24, 15, 12, 36}, "Clause", "Title", "Status", "Controls", "Findings behind a gap, or why not assessed");
        ClauseNotes notes = new ClauseNotes();
        for (ClauseResult c : fr.clauses()) {
            table.addCell(t.cell(c.clause().id(), s.smallBold));
            table.addCell(t.cell(title(c, notes, s)));
            table.addCell(t.status(c.status(), statusText(c)));
            table.addCell(t.cell(c.controls().isEmpty() ? "none" : String.join(", ", c.controls()), c.controls().isEmpty() ? s.smallMuted : s.small));
            table.addCell(t.cell(detail(ctx, c)));
        }
        ctx.add(table);
    }

    /** The clause's title and its note, which says what its text was checked against. */
    private static Phrase title(ClauseResult c, ClauseNotes notes, Styles s) {
        Phrase phrase = new Phrase(c.clause().title() == null ? "" : c.clause().title(), s.small);
        Phrase note = notes.of(c.clause(), s);
        if (note != null) {
            phrase.add(note);
        }
        return phrase;
    }

    private static String summary(FrameworkResult fr) {
        StringBuilder text = new StringBuilder();
        if (fr.framework().citation() != null) {
            text.append(fr.framework().citation()).append(". ");
        }
        text.append(fr.assessed() == 0 ? "No clause was assessed." : fr.count(ClauseStatus.MET) + " of " + fr.assessed() + " assessed clauses met ("
                + Words.percent(fr.score()) + ").");
        if (fr.due() > 0) {
            text.append(' ').append(fr.assessed()).append(" of the ").append(fr.due()).append(fr.due() == 1 ? " clause" : " clauses")
                    .append(" due today assessed (").append(Words.percent(fr.assessedShare())).append(").");
        }
        List<String> rest = new ArrayList<>();
        for (ClauseStatus status : ClauseStatus.values()) {
            long n = fr.count(status);
            if (n > 0) {
                rest.add(status.counted(n));
            }
        }
        if (!rest.isEmpty()) {
            text.append(" Clauses: ").append(String.join(", ", rest)).append('.');
        }
        return text.toString();
    }

    static String statusText(ClauseResult c) {
        return switch (c.status()) {
            case GAP -> "GAP";
            case RISK_ACCEPTED -> "GAP, risk accepted";
            case UPCOMING -> "upcoming from " + c.appliesFrom();
            case MET, NOT_ASSESSED, UNDETERMINED, NEEDS_ATTESTATION, NOT_EVALUATED, NOT_APPLICABLE -> Words.clauseStatus(c.status());
        };
    }

    private static Phrase detail(ReportContext ctx, ClauseResult c) {
        Styles s = ctx.styles;
        if (c.status() != ClauseStatus.GAP && c.status() != ClauseStatus.RISK_ACCEPTED) {
            return new Phrase(c.reason() == null ? "" : c.reason(), s.smallMuted);
        }
        Phrase phrase = new Phrase(c.status() == ClauseStatus.GAP ? Words.count(c.findings().size(), "open finding", "open findings") + ":"
                : Words.count(c.findings().size(), "waived finding", "waived findings") + ", none open:", s.smallBold);
        List<String> fingerprints = c.findings();
        for (String fingerprint : fingerprints.subList(0, Math.min(FINDINGS_PER_CLAUSE, fingerprints.size()))) {
            phrase.add(new Phrase("\n", s.small));
            phrase.add(ctx.facts.finding(fingerprint)
                    .map(f -> ctx.seeFindings(f.control(), describe(f), s.small))
                    .orElse(new Chunk(fingerprint.substring(0, 8), s.small)));
        }
        if (fingerprints.size() > FINDINGS_PER_CLAUSE) {
            phrase.add(new Phrase("\nand " + (fingerprints.size() - FINDINGS_PER_CLAUSE) + " more (see Findings)", s.smallMuted));
        }
        return phrase;
    }

    private static String describe(Finding f) {
        return f.control() + " \u00b7 " + f.subject().id() + " \u00b7 " + f.fingerprint().substring(0, 8);
    }
}
