package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Control;
import io.oversight.catalog.Escalation;
import io.oversight.catalog.Reference;
import io.oversight.deployment.SourceMap;
import io.oversight.engine.ClauseResult;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings, grouped by control, most severe first. Each control opens with what it requires,
 * how to fix it and which clauses it serves; findings that say the same about many agents share
 * one card that names them all, and up to {@link #IN_FULL} cards per control are shown; every
 * finding not shown as a card is in Appendix A, so that a fleet of a thousand agents still reads
 * control by control.
 */
final class FindingsSection implements Section {

    /** Cards per control shown in full; the findings of the others are listed in the appendix. */
    static final int IN_FULL = 4;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        var a = ctx.facts.assessment();
        if (a.findings().isEmpty()) {
            ctx.shortSection("Findings");
            ctx.paragraph("No findings: every evaluated control passes or had nothing in the deployment to check. The method section lists "
                    + "each control with its result.");
            return;
        }
        ctx.section("Findings");
        ctx.muted(Words.capitalize(Words.count(a.findings().size(), "finding", "findings")) + " under "
                + Words.count(ctx.facts.groups().size(), "control", "controls") + ": " + a.openFindings().size() + " open, "
                + a.waivedCount() + " waived. Each card quotes the lines that show its finding, in " + a.input().file() + " or a file it imports, marked with "
                + "an arrow; findings that say the same about several agents share a card that names them. Up to " + IN_FULL
                + " cards per control are shown" + (ctx.facts.groups().stream().anyMatch(g -> !inAppendix(g, a.input().sources()).isEmpty())
                ? "; Appendix A lists every finding not shown as a card, with its lines." : ", and every finding here has one."));
        FindingCard cards = new FindingCard(ctx);
        for (ControlGroup group : ctx.facts.groups()) {
            Control control = group.control();
            int count = group.findings().size();
            List<FindingCluster> clusters = FindingCluster.of(group.findings(), a.input().sources());
            PdfPTable facts = controlFacts(ctx, group);
            PdfPTable first = cards.card(clusters.get(0), 1, clusters.size());
            // The heading, what the control requires and its first card start on the same page.
            ctx.findingsSubsection(control.id(), control.id() + "  " + control.title(), control.id() + " " + control.title() + " (" + count + ")",
                    ctx.height(facts) + Math.min(ctx.height(first), 300) + 12);
            ctx.add(facts);
            ctx.add(first);
            int shown = Math.min(IN_FULL, clusters.size());
            for (int i = 1; i < shown; i++) {
                ctx.add(cards.card(clusters.get(i), i + 1, clusters.size()));
            }
            int listed = inAppendix(group, a.input().sources()).size();
            if (listed > 0) {
                ctx.muted(Words.capitalize(Words.count(listed, "further finding", "further findings")) + " of " + control.id()
                        + (listed == 1 ? " is" : " are") + " listed one per line in Appendix A, \u201cFurther findings\u201d.");
            }
        }
    }

    private static PdfPTable controlFacts(ReportContext ctx, ControlGroup group) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        Control control = group.control();
        PdfPTable table = new PdfPTable(new float[] {15, 85});
        table.setWidthPercentage(100);
        table.setSpacingAfter(2);
        table.addCell(group.open().isEmpty() ? t.chip("WAIVED", Palette.HEADER_FILL, Palette.INK) : t.severity(group.worst()));
        long open = group.open().size();
        table.addCell(t.cell(Words.capitalize(Words.count(open, "open finding", "open findings"))
                + (group.waived() > 0 ? ", " + group.waived() + " waived" : "") + "; the catalog rates this control "
                + control.severity().label() + escalations(group) + ".", s.small));
        label(table, ctx, "Requirement", t.cell(control.statement(), s.small));
        label(table, ctx, "How to fix", t.cell(control.remediation(), s.smallBold));
        if (control.remediationExample() != null && !control.remediationExample().isBlank()) {
            label(table, ctx, "Example", example(ctx, control.remediationExample()));
        }
        Set<String> fingerprints = group.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
        label(table, ctx, "Clauses it breaks", t.cell(clauses(ctx, control.references(), fingerprints, true)));
        Phrase others = clauses(ctx, control.references(), fingerprints, false);
        if (!others.getContent().isEmpty()) {
            label(table, ctx, "Its other clauses", t.cell(others));
        }
        return table;
    }

    /**
     * Why some findings are rated above or below the control's default, in the catalog's words:
     * ", raised to critical for 3 findings in a critical environment", ", lowered to low for one
     * finding for an expired waiver ...".
     */
    static String escalations(ControlGroup group) {
        Control control = group.control();
        List<String> parts = new ArrayList<>();
        for (Escalation e : control.escalations()) {
            long n = group.findings().stream().filter(f -> f.severity() == e.severity() && e.severity() != control.severity()).count();
            if (n > 0) {
                parts.add((e.severity().compareTo(control.severity()) < 0 ? "raised to " : "lowered to ") + e.severity().label() + " for " + Words.count(n, "finding", "findings") + " " + e.reason());
            }
        }
        return parts.isEmpty() ? "" : ", " + String.join("; ", parts);
    }

    private static void label(PdfPTable table, ReportContext ctx, String label, PdfPCell value) {
        table.addCell(ctx.tables.cell(label, ctx.styles.smallMuted));
        table.addCell(value);
    }

    /** The catalog's YAML example, line by line, indentation kept. */
    private static PdfPCell example(ReportContext ctx, String yaml) {
        PdfPCell cell = ctx.tables.cell("");
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        StringBuilder text = new StringBuilder();
        for (String line : yaml.stripTrailing().split("\n")) {
            text.append(EvidenceQuote.keepIndent(line)).append('\n');
        }
        PdfPCell code = new PdfPCell(new Phrase(text.toString().stripTrailing(), ctx.styles.code));
        code.setBackgroundColor(Palette.QUOTE_FILL);
        code.setBorder(PdfPCell.NO_BORDER);
        code.setPadding(5);
        code.setLeading(0, 1.2f);
        block.addCell(code);
        cell.addElement(block);
        return cell;
    }

    /**
     * Per applicable framework, the control's clauses that its findings ({@code fingerprints})
     * break ({@code broken}: a gap, or a risk accepted, that the clause lists them in), or the
     * others with their status ("EU AI Act: Art. 12(1) (applies from 2027-12-02)"), marking
     * clauses that rest on secondary sources UNVERIFIED. A clause broken by another control's
     * findings, or binding other agents than these findings', is among the others. The others,
     * when there are none, are an empty phrase.
     */
    static Phrase clauses(ReportContext ctx, List<Reference> references, Set<String> fingerprints, boolean broken) {
        Map<String, List<String>> byFramework = new LinkedHashMap<>();
        for (Reference ref : references) {
            if (!ctx.facts.frameworkApplies(ref.framework())) {
                continue;
            }
            java.util.Optional<ClauseResult> clause = ctx.facts.clause(ref.framework(), ref.clause());
            if (clause.map(c -> c.status().broken() && ctx.facts.lists(c, fingerprints)).orElse(true) != broken) {
                continue;
            }
            String status = clause.map(c -> broken ? qualifier(c) : otherQualifier(ctx, c, fingerprints)).orElse("");
            byFramework.computeIfAbsent(ref.framework(), k -> new ArrayList<>()).add(ref.clause() + status);
        }
        Phrase phrase = new Phrase("", ctx.styles.small);
        if (byFramework.isEmpty()) {
            if (broken) {
                phrase.add(new Phrase("none that binds this deployment today", ctx.styles.smallMuted));
            }
            return phrase;
        }
        boolean first = true;
        for (Map.Entry<String, List<String>> e : byFramework.entrySet()) {
            phrase.add(new Phrase((first ? "" : "\n") + ctx.facts.frameworkTitle(e.getKey()) + ": ", ctx.styles.smallBold));
            phrase.add(new Phrase(String.join(", ", e.getValue()), ctx.styles.small));
            first = false;
        }
        return phrase;
    }

    /**
     * A clause the findings do not break, with why: not applicable, in force later (and whether
     * these findings would breach it then), broken by another control's findings, met for the
     * agents it binds, ....
     */
    private static String otherQualifier(ReportContext ctx, ClauseResult c, Set<String> fingerprints) {
        String status = c.status() == ClauseStatus.UPCOMING
                ? "applies from " + c.appliesFrom() + (ctx.facts.lists(c, fingerprints) ? "" : "; these findings would not breach it")
                : c.status().broken() ? Words.clauseStatus(c.status()) + " through other controls' findings" : Words.clauseStatus(c.status());
        return " (" + status + (c.clause().unverified() ? "; UNVERIFIED" : "") + ")";
    }

    private static String qualifier(ClauseResult c) {
        String status = switch (c.status()) {
            case GAP, MET -> "";
            case RISK_ACCEPTED -> "risk accepted";
            case UPCOMING -> "applies from " + c.appliesFrom();
            case NOT_ASSESSED, UNDETERMINED, NEEDS_ATTESTATION, NOT_EVALUATED, NOT_APPLICABLE -> Words.clauseStatus(c.status());
        };
        String source = c.clause().unverified() ? "UNVERIFIED" : "";
        String both = status.isEmpty() || source.isEmpty() ? status + source : status + "; " + source;
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    /** The findings of a control that no card shows first: the others of a shown card, and all of the cards beyond {@link #IN_FULL}. */
    static List<Finding> inAppendix(ControlGroup group, SourceMap sources) {
        List<FindingCluster> clusters = FindingCluster.of(group.findings(), sources);
        Set<String> shown = new HashSet<>();
        clusters.subList(0, Math.min(IN_FULL, clusters.size())).forEach(c -> shown.add(c.first().fingerprint()));
        return group.findings().stream().filter(f -> !shown.contains(f.fingerprint())).toList();
    }
}
