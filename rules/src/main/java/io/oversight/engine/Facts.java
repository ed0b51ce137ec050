package io.oversight.engine;

import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Governance;
import io.oversight.catalog.Catalog;
import io.oversight.engine.facts.AssessmentDate;
import io.oversight.engine.facts.CatalogControl;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The facts a deployment contributes to working memory: its records as they are, and each
 * agent's nested parts as facts of their own. Everything else is derived by rules.
 */
final class Facts {

    private Facts() {
    }

    static List<Object> of(Deployment deployment, Catalog catalog, LocalDate asOf) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AssessmentDate(asOf));
        catalog.controls().forEach(c -> facts.add(new CatalogControl(c.id(), c.severity())));
        facts.add(deployment.metadata());
        if (deployment.governance() != null) {
            Governance g = deployment.governance();
            facts.add(g);
            Stream.of(g.aiPolicy(), g.riskManagement(), g.incidentResponse(), g.aiLiteracy()).filter(Objects::nonNull).forEach(facts::add);
        }
        facts.addAll(deployment.people());
        facts.addAll(deployment.environments());
        facts.addAll(deployment.waivers());
        for (Agent agent : deployment.agents()) {
            facts.add(agent);
            facts.addAll(agent.permissions());
            facts.addAll(agent.checkpoints());
            Stream.of(agent.identity(), agent.guardrails(), agent.guardrails() == null ? null : agent.guardrails().killSwitch(),
                            agent.logging(), agent.monitoring(), agent.assessments(), agent.dataAccess())
                    .filter(Objects::nonNull)
                    .forEach(facts::add);
        }
        return facts;
    }
}
