package io.oversight.cli;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:the file is valid", ExitCode.LIST_INVALID, ExitCode.LIST_INTERNAL},
        description = "Checks that a deployment description is valid oversight/v1, without evaluating any control.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The deployment description (YAML).")
    Path file;

    @Mixin
    ImportRootOption importRoot;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InvalidInputException {
        DeploymentFile input = importRoot.applyTo(new DeploymentReader(CatalogLoader.builtIn().controlIds())).read(file);
        var d = input.deployment();
        spec.commandLine().getOut().println(input.file() + ": valid oversight/v1 (" + d.agents().size() + " agents, "
                + d.environments().size() + " environments, " + d.people().size() + " people, " + d.waivers().size() + " waivers)");
        return ExitCode.PASS;
    }
}
