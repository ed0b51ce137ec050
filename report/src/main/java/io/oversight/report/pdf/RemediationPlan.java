package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * What to change, who changes it and by when: work packages, each the one change that closes the
 * findings of several controls on many agents, ranked by the risk it removes. A tracker table
 * with empty columns for the organization's status, response and ticket, then each package in
 * full.
 */
final class RemediationPlan implements Section {

    /** Agents named per package before the rest are counted; Appendix B lists every finding. */
    static final int AGENTS_NAMED = 12;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<WorkPackagePlan.Item> items = WorkPackagePlan.of(ctx.facts);
        if (items.isEmpty()) {
            ctx.shortSection("Remediation plan");
            ctx.paragraph("Nothing to remediate: no finding is open.");
            return;
        }
        ctx.section("Remediation plan");
        ctx.muted("Open findings grouped into work packages: each is one change that closes the findings of the controls it names, on "
                + "every agent it lists. Packages are ranked by the risk they remove (a critical finding counts 27, high 9, medium 3, "
                + "low 1). The owner is the first person in the file holding one of the package's roles; where nobody does, the "
                + "deployment owner is named as a fallback and the missing role is stated. Target dates count from "
                + ctx.facts.assessment().asOf() + " by the worst finding (critical 7 days, high 30, medium 90, low 180); an owner's "
                + "packages are dated most severe first, each due no sooner than 7 (critical), 14 (high) or 30 days (medium, low) "
                + "after the one before. "
                + (ctx.facts.assessment().baseline() == null ? "" : "A package that closes a finding the earlier report had keeps"
                + " that finding's limit counted from that report when it is sooner: work already late is shown overdue, not given time"
                + " again. ")
                + "Status, management response and ticket are for the organization to fill in.");
        ctx.add(tracker(ctx, items));
        int rank = 1;
        for (WorkPackagePlan.Item item : items) {
            PdfPTable detail = detail(ctx, item, rank);
            ctx.keepSpace(Math.min(ctx.height(detail) + 10, 400));
            ctx.add(detail);
            rank++;
        }
    }

    private static PdfPTable tracker(ReportContext ctx, List<WorkPackagePlan.Item> items) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {4, 25, 10, 7, 15, 11, 8, 12, 8},
                "#", "Work package", "Worst", "Agents", "Owner", "Target date", "Status", "Management response", "Ticket");
        int rank = 1;
        for (WorkPackagePlan.Item item : items) {
            table.addCell(t.cell(String.valueOf(rank++), s.smallBold));
            Phrase name = new Phrase(item.work().title(), s.smallBold);
            name.add(new Phrase("\n" + item.work().id() + ": " + String.join(", ", item.controls()), s.smallMuted));
            table.addCell(t.cell(name));
            table.addCell(t.severity(item.worst()));
            table.addCell(t.number(item.agents().size()));
            table.addCell(t.cell(ownerShort(ctx, item.owner()), item.owner().fallback() ? s.smallBold : s.small));
            table.addCell(t.cell(target(ctx, item), s.smallBold));
            for (int i = 0; i < 3; i++) {
                table.addCell(t.cell(""));
            }
        }
        return table;
    }

    private static PdfPTable detail(ReportContext ctx, WorkPackagePlan.Item item, int rank) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = new PdfPTable(new float[] {15, 85});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(4);
        table.addCell(t.severity(item.worst()));
        PdfPCell head = t.cell(new Phrase(rank + ". " + item.work().title() + "   " + item.work().id(), s.smallBold));
        head.setBackgroundColor(Palette.HEADER_FILL);
        table.addCell(head);
        row(ctx, table, "Change", t.cell(item.work().change(), s.small));
        row(ctx, table, "Closes", t.cell(Words.capitalize(Words.count(item.findings().size(), "open finding", "open findings")) + " of "
                + Words.list(item.controls(), item.controls().size()) + (item.clauses().isEmpty() ? "" : ", under "
                + Words.count(item.clauses().size(), "clause", "clauses") + ": " + Words.list(item.clauses(), 10)) + "."));
        StringBuilder covers = new StringBuilder();
        if (!item.agents().isEmpty()) {
            covers.append(Words.capitalize(Words.count(item.agents().size(), "agent", "agents"))).append(": ")
                    .append(Words.list(item.agents(), AGENTS_NAMED));
        }
        if (!item.otherSubjects().isEmpty()) {
            covers.append(covers.length() == 0 ? "" : "; ").append(Words.list(item.otherSubjects(), AGENTS_NAMED));
        }
        row(ctx, table, "Covers", t.cell(covers.toString()));
        row(ctx, table, "Owner", t.cell(ownerLong(ctx, item), item.owner().fallback() ? s.smallBold : s.small));
        row(ctx, table, "Target date", t.cell(target(ctx, item), s.smallBold));
        table.setKeepTogether(true);
        return table;
    }

    /** A package's target date, or, past it already, since when it is overdue. */
    private static String target(ReportContext ctx, WorkPackagePlan.Item item) {
        return item.due().isBefore(ctx.facts.assessment().asOf()) ? "overdue since " + item.due() : item.due().toString();
    }

    private static void row(ReportContext ctx, PdfPTable table, String label, PdfPCell value) {
        table.addCell(ctx.tables.cell(label, ctx.styles.smallMuted));
        table.addCell(value);
    }

    private static String ownerShort(ReportContext ctx, WorkPackagePlan.Owner owner) {
        return ctx.facts.person(owner.personId()) + (owner.fallback() ? " (fallback)" : " (" + owner.role() + ")");
    }

    private static String ownerLong(ReportContext ctx, WorkPackagePlan.Item item) {
        WorkPackagePlan.Owner owner = item.owner();
        if (!owner.fallback()) {
            return ctx.facts.person(owner.personId()) + ", who holds the role " + owner.role() + ".";
        }
        String roles = item.work().ownerRoles().isEmpty() ? "" : " (roles " + String.join(", ", item.work().ownerRoles()) + ")";
        return "Fallback: " + ctx.facts.person(owner.personId()) + ", the deployment owner, until people[] names the " + owner.role() + roles
                + "; nobody in the file holds that role.";
    }
}
