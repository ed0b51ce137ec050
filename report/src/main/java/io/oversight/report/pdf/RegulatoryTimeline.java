package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Framework;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.Metadata;
import io.oversight.engine.ClauseResult;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The obligations that start to bind this deployment within the next 24 months, by date: who the
 * clause binds and the organization's own role, the open findings that would breach it on that
 * day, and the source each clause was checked against, with its UNVERIFIED note where it has one.
 * Left out when no clause of an applicable framework starts in that window.
 */
final class RegulatoryTimeline implements Section {

    static final int MONTHS = 24;
    /** Subjects named per clause; the findings section has them all. */
    static final int SUBJECTS_NAMED = 6;

    /** One upcoming clause, the day it binds the deployment, and the findings that would breach it. */
    record Obligation(Framework framework, Clause clause, LocalDate from, List<Finding> breaches, String reason) {
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<Obligation> obligations = obligations(ctx.facts);
        if (obligations.isEmpty()) {
            return;
        }
        LocalDate asOf = ctx.facts.assessment().asOf();
        ctx.section("Regulatory timeline");
        List<EuAiActRole> roles = ctx.facts.metadata().euAiActRoles();
        String named = String.join(" and ", roles.stream().map(EuAiActRole::word).toList());
        // The organization's role matters only where a clause binds providers or deployers; the format states it once, as the
        // EU AI Act's, and it decides every law's provider (developer) and deployer duties alike.
        boolean byRole = obligations.stream().anyMatch(o -> o.clause().namesProvidersOrDeployers());
        String field = "metadata.euAiActRoles, which decides every listed law's provider and deployer duties";
        // A clause of another role's duty does not bind the deployment, so it is not listed: every listed one binds the role the file gives.
        String role = !byRole ? "" : "; " + (ctx.facts.metadata().euAiActRolesStated()
                ? "the file gives the organization's role as " + named + " (" + field + ")"
                : "the file does not state the organization's role as provider or deployer (" + field + "), so it is taken as " + named
                        + ", the format's default");
        ctx.muted("Clauses of the applicable frameworks that the framework coverage finds will, or may, start to bind this deployment "
                + "between " + asOf + " and " + asOf.plusMonths(MONTHS) + ", by the day they bind it (for a high-risk duty, the day of its "
                + "agents' route under the EU AI Act), each with the coverage's reason, which says where whether it binds is undetermined. "
                + "The duty holder is whom the clause binds" + role + ". The findings are those open today that would make the clause a "
                + "gap on that day: left open, they breach it from then. Each framework names the text its clauses were checked against; "
                + "a note marked UNVERIFIED rests on secondary sources.");
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {11, 27, 12, 50}, "From", "Clause", "Duty holder", "Open findings that would breach it");
        ClauseNotes notes = new ClauseNotes();
        String framework = null;
        for (Obligation o : obligations.stream().sorted(Comparator.comparing((Obligation o) -> o.framework().title())).toList()) {
            if (!o.framework().id().equals(framework)) {
                framework = o.framework().id();
                PdfPCell source = t.cell(new Phrase(o.framework().title() + "   ", s.smallBold));
                source.getPhrase().add(new Phrase("Source: " + (o.framework().citation() == null ? o.framework().title() : o.framework().citation()),
                        s.smallMuted));
                source.setColspan(4);
                source.setBackgroundColor(Palette.HEADER_FILL);
                table.addCell(source);
            }
            table.addCell(t.cell(o.from().toString(), s.smallBold));
            Phrase clause = new Phrase(o.framework().title() + " " + o.clause().id(), s.smallBold);
            if (o.clause().title() != null) {
                clause.add(new Phrase("\n" + o.clause().title(), s.small));
            }
            table.addCell(t.cell(clause));
            table.addCell(t.cell(dutyHolder(o.clause(), ctx.facts.metadata())));
            table.addCell(t.cell(detail(ctx, o, notes)));
        }
        ctx.add(table);
    }

    /**
     * The clauses the framework coverage finds upcoming within the window, each from the day it binds
     * this deployment (for a high-risk clause, that of its agents' route), with the open findings
     * that coverage says would make it a gap on that day: a clause that will not bind the
     * deployment (a high-risk duty and no high-risk agent, another role's duty) is not listed.
     */
    static List<Obligation> obligations(ReportFacts facts) {
        LocalDate asOf = facts.assessment().asOf();
        LocalDate until = asOf.plusMonths(MONTHS);
        List<Obligation> list = new ArrayList<>();
        for (FrameworkResult fr : facts.applicableFrameworks()) {
            for (ClauseResult c : fr.clauses()) {
                if (c.status() != ClauseStatus.UPCOMING || c.appliesFrom().isAfter(until)) {
                    continue;
                }
                List<Finding> breaches = c.findings().stream().map(facts::finding).flatMap(java.util.Optional::stream)
                        .sorted(ControlGroup.FINDING_ORDER).toList();
                list.add(new Obligation(fr.framework(), c.clause(), c.appliesFrom(), breaches, c.reason()));
            }
        }
        // Stable: clauses of one date and framework keep the catalog's order, which is the text's (Art. 6 before Art. 26).
        list.sort(Comparator.comparing(Obligation::from).thenComparing(o -> o.framework().title()));
        return list;
    }

    private static String dutyHolder(Clause clause, Metadata metadata) {
        if (clause.duty() == null) {
            return "the organization";
        }
        if (clause.bindsGovernment()) {
            return clause.duty().equals("government") ? "government entities" : "government agencies and health-care providers";
        }
        String holder = switch (clause.duty()) {
            case "both" -> "providers and deployers";
            default -> clause.duty() + "s";
        };
        return holder + "; the organization is one" + (metadata.euAiActRolesStated() ? "" : " (by default)");
    }

    /** The findings, then the clause's note: in full the first time, by the clause that first showed it after that. */
    private static Phrase detail(ReportContext ctx, Obligation o, ClauseNotes notes) {
        Styles s = ctx.styles;
        Phrase phrase = new Phrase("", s.small);
        if (o.breaches().isEmpty()) {
            phrase.add(new Phrase("No open finding.", s.smallMuted));
        } else {
            TreeSet<String> controls = new TreeSet<>();
            TreeSet<String> subjects = new TreeSet<>(Words.NATURAL);
            for (Finding f : o.breaches()) {
                controls.add(f.control());
                subjects.add(f.subject().agentId() != null ? f.subject().agentId() : Words.subject(f.subject()));
            }
            phrase.add(new Phrase(Words.capitalize(Words.count(o.breaches().size(), "open finding", "open findings")) + " of "
                    + String.join(", ", controls) + ", on ", s.smallBold));
            phrase.add(new Phrase(Words.list(new ArrayList<>(subjects), SUBJECTS_NAMED) + ".", s.small));
        }
        if (o.reason() != null) {
            phrase.add(new Phrase("\n" + Words.capitalize(o.reason()) + ".", s.smallMuted));
        }
        Phrase note = notes.of(o.clause(), s);
        if (note != null) {
            phrase.add(note);
        }
        return phrase;
    }
}
