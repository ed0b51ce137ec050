package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import java.util.List;

/**
 * Appendix B: every agent of a fleet larger than the inventory shows, riskiest first, in the
 * inventory's columns. Written only when the inventory had to leave agents out.
 */
final class AgentAppendix implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<AgentProfile> profiles = AgentInventory.byRisk(ctx.facts.profiles());
        if (profiles.size() <= AgentInventory.MAIN_ROWS) {
            return;
        }
        ctx.section("Appendix B: all agents");
        ctx.muted("All " + profiles.size() + " agents of the file, riskiest first, in the columns of the agent inventory.");
        ctx.add(AgentInventory.table(ctx, profiles));
    }
}
