package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Agent;
import io.oversight.catalog.action.Verb;
import java.util.List;

/**
 * Who the agents are, who owns them, what they may do in production and how their open findings
 * spread, riskiest first; with more than three agents, a heat map shows at a glance where the
 * findings cluster. A fleet shows its riskiest {@link #MAIN_ROWS} here and every agent in
 * Appendix B.
 */
final class AgentInventory implements Section {

    /** From this many agents on, a heat map follows the table. */
    static final int HEAT_MAP_FROM = 4;
    /** Agents listed in the main report; beyond them, Appendix B lists every agent. */
    static final int MAIN_ROWS = 40;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.section("Agent inventory");
        List<AgentProfile> profiles = byRisk(ctx.facts.profiles());
        List<AgentProfile> shown = profiles.subList(0, Math.min(MAIN_ROWS, profiles.size()));
        ctx.muted((profiles.size() > MAIN_ROWS ? "The " + MAIN_ROWS + " riskiest of the " + profiles.size() + " agents in the file; "
                + "Appendix B lists every agent. " : "One row per agent in the file. ")
                + "Agents are ordered by the risk of their open findings (a critical counts 27, high 9, medium 3, low 1), riskiest "
                + "first. High-impact production verbs are the actions the agent holds in environments of kind "
                + "production that can change live systems (delete, admin, grant, *, deploy, update, execute, pay, send, or a provider "
                + "action no rule recognises); the counts are open findings per severity.");
        ctx.add(table(ctx, shown));
        if (profiles.size() >= HEAT_MAP_FROM) {
            heatMap(ctx, profiles.subList(0, Math.min(HeatMap.ROWS_PER_BLOCK, profiles.size())), profiles.size());
        }
    }

    static List<AgentProfile> byRisk(List<AgentProfile> profiles) {
        return profiles.stream().sorted(AgentProfile.BY_RISK).toList();
    }

    static PdfPTable table(ReportContext ctx, List<AgentProfile> profiles) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {15, 13, 11, 11.5f, 10, 15.5f, 6, 6, 6, 6});
        for (String header : List.of("Agent", "Owner", "Risk tier", "Autonomy", "Identity", "High-impact production verbs")) {
            table.addCell(t.header(header));
        }
        for (Severity severity : Severity.values()) {
            table.addCell(t.chip(abbreviation(severity), Palette.severity(severity), Palette.onSeverity(severity)));
        }
        table.setHeaderRows(1);
        for (AgentProfile p : profiles) {
            Agent agent = p.agent();
            Phrase id = new Phrase(agent.id(), s.smallBold);
            if (agent.name() != null) {
                id.add(new Phrase("\n" + agent.name(), s.smallMuted));
            }
            table.addCell(t.cell(id));
            table.addCell(t.cell(agent.owner() == null ? "none" : ctx.facts.person(agent.owner()), agent.owner() == null ? s.smallBold : s.small));
            table.addCell(t.cell(agent.riskTier() == null ? "unclassified" : agent.riskTier().word(), agent.riskTier() == null ? s.smallBold : s.small));
            table.addCell(t.cell(agent.autonomy() == null ? "not stated" : agent.autonomy().word()));
            table.addCell(t.cell(agent.identity() == null || agent.identity().type() == null ? "none" : agent.identity().type().word()));
            table.addCell(verbs(t, s, p.productionVerbs()));
            for (Severity severity : Severity.values()) {
                table.addCell(t.number(p.openBySeverity().get(severity)));
            }
        }
        if (profiles.isEmpty()) {
            table.addCell(t.span("The file describes no agent.", 10));
        }
        return table;
    }

    private static PdfPCell verbs(Tables t, Styles s, List<Verb> verbs) {
        if (verbs.isEmpty()) {
            return t.cell("none", s.smallMuted);
        }
        // The verbs alone: a count before them ("2 delete, *") read as two deletes.
        return t.cell(String.join(", ", verbs.stream().map(Verb::word).toList()), s.small);
    }

    static String abbreviation(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "CRIT.";
            case HIGH -> "HIGH";
            case MEDIUM -> "MED.";
            case LOW -> "LOW";
        };
    }

    private static void heatMap(ReportContext ctx, List<AgentProfile> profiles, int of) throws DocumentException {
        ctx.subsection("Where the open findings are", "Heat map: agents by control family",
                HeatMap.height(Math.min(HeatMap.ROWS_PER_BLOCK, profiles.size())) + 40);
        ctx.muted((profiles.size() < of ? "The " + profiles.size() + " riskiest of the " + of + " agents. " : "")
                + "Each cell shows the worst open finding of an agent in a control family: C critical, H high, M medium, L low; "
                + "an empty cell has no open finding.");
        List<Image> blocks = HeatMap.draw(ctx.writer.getDirectContent(), ctx.styles, ctx.width(), ctx.facts.assessment().catalog().families(),
                profiles);
        for (int i = 0; i < blocks.size(); i++) {
            int rows = Math.min(HeatMap.ROWS_PER_BLOCK, profiles.size() - i * HeatMap.ROWS_PER_BLOCK);
            ctx.keepSpace(HeatMap.height(rows) + 8);
            ctx.graphic(blocks.get(i), 6);
        }
        ctx.add(legend(ctx));
    }

    /** The key: each letter on its colour with its word, and the empty cell. */
    private static PdfPTable legend(ReportContext ctx) {
        Tables t = ctx.tables;
        PdfPTable table = new PdfPTable(5);
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Severity severity : Severity.values()) {
            table.addCell(t.chip(severity.name().charAt(0) + " = " + Words.severity(severity), Palette.severity(severity),
                    Palette.onSeverity(severity)));
        }
        table.addCell(t.chip("empty = none open", Palette.EMPTY_CELL, Palette.MUTED));
        return table;
    }
}
