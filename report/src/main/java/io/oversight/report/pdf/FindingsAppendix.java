package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import java.util.List;

/**
 * Appendix A: every finding the findings section does not show as a card of its own (those that
 * share a card, and the cards beyond the first {@link FindingsSection#IN_FULL} of a control), one
 * line each, so that every finding is in the record while the findings section stays readable.
 * Written only when there is such a finding.
 */
final class FindingsAppendix implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<ControlGroup> overflowing = ctx.facts.groups().stream().filter(g -> !FindingsSection.inAppendix(g, ctx.facts.assessment().input().sources()).isEmpty()).toList();
        if (overflowing.isEmpty()) {
            return;
        }
        ctx.section("Appendix A: further findings");
        ctx.muted("The findings of each control not shown as a card of their own in the findings section, where the control's "
                + "requirement, fix and clauses are given, and a card shows what each kind of finding looks like. Line numbers refer to " + ctx.facts.assessment().input().file() + ", or to the file named before them (an imported policy,"
                + " the waivers file).");
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        for (ControlGroup group : overflowing) {
            List<Finding> rest = FindingsSection.inAppendix(group, ctx.facts.assessment().input().sources());
            ctx.subsection(group.control().id() + "  " + group.control().title(),
                    group.control().id() + " further findings (" + rest.size() + ")", 60);
            PdfPTable table = t.table(new float[] {10, 24, 10, 56}, "Severity", "Subject", "Lines", "What is wrong");
            for (Finding f : rest) {
                table.addCell(f.waived() ? t.chip("WAIVED", Palette.HEADER_FILL, Palette.INK) : t.severity(f.severity()));
                table.addCell(t.cell(Words.subject(f.subject())));
                table.addCell(t.cell(lines(f, ctx.facts.assessment().input().file())));
                table.addCell(t.cell(f.message(), s.small));
            }
            ctx.add(table);
        }
    }

    /**
     * The evidence lines of a finding: "131" or "131, 133" in the deployment file ({@code deployment}),
     * "AdministratorAccess.json:6" in another, named by its file name.
     */
    static String lines(Finding f, String deployment) {
        return String.join(", ", f.evidence().stream().map(e -> line(e, deployment)).distinct().toList());
    }

    /** Where one piece of evidence is: its line in the deployment file, or the other file's name and the line. */
    static String line(Evidence e, String deployment) {
        if (e.file().equals(deployment)) {
            return String.valueOf(e.line());
        }
        int slash = Math.max(e.file().lastIndexOf('/'), e.file().lastIndexOf('\\'));
        return e.file().substring(slash + 1) + ":" + e.line();
    }
}
