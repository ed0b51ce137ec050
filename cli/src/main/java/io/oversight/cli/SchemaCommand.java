package io.oversight.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_DONE, ExitCode.LIST_USAGE, ExitCode.LIST_INTERNAL},
        description = "Prints the JSON Schema of the deployment format (oversight/v1), for editors and validators.")
final class SchemaCommand implements Callable<Integer> {

    static final String RESOURCE = "oversight/deployment/oversight-v1.schema.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the schema " + RESOURCE + " is missing from the build");
            }
            spec.commandLine().getOut().print(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCode.PASS;
    }
}
