package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Framework;
import io.oversight.catalog.Reference;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.Metadata;
import io.oversight.engine.ClauseResult;
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

    /** One upcoming clause and the findings that would breach it. */
    record Obligation(Framework framework, Clause clause, List<Finding> breaches) {
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
        String role = !byRole ? "" : "; " + (ctx.facts.metadata().euAiActRolesStated()
                ? (roles.isEmpty() ? "the file gives the organization no role as provider or deployer (" + field + "), so a clause for "
                        + "providers or deployers does not bind it" : "the file gives the organization's role as " + named + " (" + field + ")")
                : "the file does not state the organization's role as provider or deployer (" + field + "), so it is taken as " + named
                        + ", the format's default");
        ctx.muted("Clauses of the applicable frameworks that start to apply between " + asOf + " and " + asOf.plusMonths(MONTHS)
                + ", by date. The duty holder is whom the clause binds, if the clause applies to the deployment at all (the framework "
                + "coverage says whether it does)" + role + ". The findings are those open today "
                + "under a control that serves the clause: left open, they breach it from that date. Each framework names the text its "
                + "clauses were checked against; a note marked UNVERIFIED rests on secondary sources.");
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
            table.addCell(t.cell(o.clause().appliesFrom().toString(), s.smallBold));
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

    static List<Obligation> obligations(ReportFacts facts) {
        LocalDate asOf = facts.assessment().asOf();
        LocalDate until = asOf.plusMonths(MONTHS);
        List<Obligation> list = new ArrayList<>();
        for (FrameworkResult fr : facts.applicableFrameworks()) {
            for (ClauseResult c : fr.clauses()) {
                LocalDate from = c.clause().appliesFrom();
                if (from == null || !from.isAfter(asOf) || from.isAfter(until) || c.clause().bindsStatesOnly()) {
                    continue;
                }
                String framework = fr.framework().id();
                String clauseId = c.clause().id();
                List<Finding> breaches = facts.assessment().openFindings().stream()
                        .filter(f -> f.references().stream().anyMatch((Reference r) -> r.framework().equals(framework) && r.clause().equals(clauseId)))
                        .sorted(ControlGroup.FINDING_ORDER)
                        .toList();
                list.add(new Obligation(fr.framework(), c.clause(), breaches));
            }
        }
        // Stable: clauses of one date and framework keep the catalog's order, which is the text's (Art. 6 before Art. 26).
        list.sort(Comparator.comparing((Obligation o) -> o.clause().appliesFrom()).thenComparing(o -> o.framework().title()));
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
        return holder + (inRole(clause, metadata) ? "; the organization is one" + (metadata.euAiActRolesStated() ? "" : " (by default)")
                : "; not this organization's role");
    }

    /** Whether the organization holds a role the clause binds, as the framework coverage decides it. */
    private static boolean inRole(Clause clause, Metadata metadata) {
        return clause.bindsRoles(metadata.euAiActRoles().stream().map(EuAiActRole::word).toList());
    }

    /** The findings, then the clause's note: in full the first time, by the clause that first showed it after that. */
    private static Phrase detail(ReportContext ctx, Obligation o, ClauseNotes notes) {
        Styles s = ctx.styles;
        Phrase phrase = new Phrase("", s.small);
        if (!inRole(o.clause(), ctx.facts.metadata())) {
            phrase.add(new Phrase("Does not bind the organization in the role the file gives it.", s.smallMuted));
        } else if (o.breaches().isEmpty()) {
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
        Phrase note = notes.of(o.clause(), s);
        if (note != null) {
            phrase.add(note);
        }
        return phrase;
    }
}
