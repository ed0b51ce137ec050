package io.oversight.report;

import io.oversight.access.AgentWithoutPermissions;
import io.oversight.deployment.SourceMap;
import io.oversight.engine.Assessment;
import io.oversight.engine.UnknownUseCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Something of the deployment the verdict could not judge, where it is written: an agent with no
 * permissions, whose permission controls had nothing to examine, or a use case no rule reads. The
 * formats a CI job reads alone (GitHub's annotations, SARIF, JUnit) say each, as the text, JSON,
 * Markdown and PDF do, so that a PASS there is not read as if they had been checked.
 */
public record NotJudged(String id, String title, String message, SourceMap.Location at) {

    public static List<NotJudged> of(Assessment a) {
        List<NotJudged> notes = new ArrayList<>();
        for (AgentWithoutPermissions agent : a.agentsWithoutPermissions()) {
            notes.add(new NotJudged("agent-without-permissions", "agent " + agent.agentId() + " has no permissions",
                    "agent " + agent.agentId() + " has no permissions (none written, imported or borrowed, or only entries that grant"
                            + " nothing), so no permission control had anything of it to examine; if it can act, declare what it can do",
                    agent.declared()));
        }
        for (UnknownUseCase useCase : a.unknownUseCases()) {
            notes.add(new NotJudged("unknown-use-case", "use case " + useCase.useCase() + " is not known",
                    "agent " + useCase.agentId() + " names the use case '" + useCase.useCase() + "', which Oversight does not know:"
                            + " no rule reads it, so a high-risk area it names is not seen",
                    useCase.written()));
        }
        return notes;
    }
}
