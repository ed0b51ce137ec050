package io.oversight.cli;

import io.oversight.deployment.OneLine;
import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:the file is valid", ExitCode.LIST_INVALID, ExitCode.LIST_INTERNAL},
        description = "Checks that a deployment description is valid oversight/v1, without evaluating any control.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    OversightCommand parent;

    @Parameters(paramLabel = "FILE", description = "The deployment description (YAML or JSON, format oversight/v1); - reads it from standard input.")
    Path file;

    @Mixin
    ImportRootOption importRoot;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InvalidInputException, UserError {
        DeploymentFile input = StandardInput.read(importRoot.applyTo(new DeploymentReader(CatalogLoader.builtIn().controlIds())), file, parent.stdin());
        var d = input.deployment();
        spec.commandLine().getOut().println(OneLine.safe(input.file()) + ": valid oversight/v1 (" + count(d.agents().size(), "agent", "agents") + ", "
                + count(d.environments().size(), "environment", "environments") + ", " + count(d.people().size(), "person", "people") + ", "
                + count(d.waivers().size(), "waiver", "waivers") + ")");
        return ExitCode.PASS;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
