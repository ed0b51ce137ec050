package io.oversight.cli;

import io.oversight.access.EffectiveAccess;
import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "access", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Shows what each agent's identity can do in each environment, after importing its IAM policies and RBAC "
                + "roles and classifying every action, and where each right was written (file:line). Rights held through an "
                + "operator's (inherited) or a shared identity are marked borrowed; under a pattern, the real actions behind "
                + "each verb are named; actions no rule classifies are listed.",
                "Verbs are listed most dangerous first; 'destructive' marks delete, admin, grant and \"*\", 'high-impact' also "
                        + "deploy, update, execute, pay, send and actions no rule recognises (unknown)."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_DONE, ExitCode.LIST_INVALID, ExitCode.LIST_INTERNAL})
final class AccessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    OversightCommand parent;

    @Parameters(paramLabel = "FILE", description = "The deployment description (YAML or JSON, format oversight/v1); - reads it from standard input.")
    Path file;

    @Option(names = "--agent", paramLabel = "ID", description = "Show only this agent.")
    String agent;

    @Mixin
    ImportRootOption importRoot;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InvalidInputException, UserError {
        DeploymentFile input = StandardInput.read(importRoot.applyTo(new DeploymentReader(CatalogLoader.builtIn().controlIds())), file, parent.stdin());
        var agents = EffectiveAccess.of(input);
        if (agent != null) {
            agents = agents.stream().filter(a -> a.agentId().equals(agent)).toList();
            if (agents.isEmpty()) {
                throw new UserError("no agent '" + agent + "' in " + file + Suggestions.didYouMean(agent,
                        input.deployment().agents().stream().map(a -> a.id()).toList()));
            }
        }
        new AccessText(spec.commandLine().getOut(), parent.terminal().width()).print(agents);
        spec.commandLine().getOut().flush();
        return ExitCode.PASS;
    }
}
