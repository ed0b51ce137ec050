package io.oversight.cli;

import io.oversight.report.Tool;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

// Every command says addMethodSubcommands = false: none has a method for a subcommand, and without it
// picocli reads the annotations of each of a command's methods on every start.
@Command(name = "oversight",
        mixinStandardHelpOptions = true,
        addMethodSubcommands = false,
        versionProvider = OversightCommand.Version.class,
        description = "Checks an AI-agent deployment against AI-governance requirements.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_PASS, ExitCode.LIST_FINDINGS, ExitCode.LIST_INVALID, ExitCode.LIST_INTERNAL},
        footer = {"", "'oversight help COMMAND' or 'oversight COMMAND --help' describes a command."})
final class OversightCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The subcommands, by name, in the order help lists them. */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> map = new java.util.LinkedHashMap<>();
        map.put("check", CheckCommand::new);
        map.put("validate", ValidateCommand::new);
        map.put("access", AccessCommand::new);
        map.put("waivers", WaiversCommand::new);
        map.put("controls", ControlsCommand::new);
        map.put("explain", ExplainCommand::new);
        map.put("frameworks", FrameworksCommand::new);
        map.put("schema", SchemaCommand::new);
        return java.util.Collections.unmodifiableMap(map);
    }

    private final java.io.InputStream in;
    private final PrintStream out;
    private final java.util.Map<String, String> environment;

    OversightCommand(java.io.InputStream in, PrintStream out, java.util.Map<String, String> environment) {
        this.in = in;
        this.out = out;
        this.environment = environment;
    }

    /** Standard input, for a deployment given as {@code -}. */
    java.io.InputStream stdin() {
        return in;
    }

    /** Standard output for machine-readable bytes; closing it only flushes, so it stays usable. */
    OutputStream stdout() {
        PrintStream target = out;
        return new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) {
                target.write(b, off, len);
            }

            @Override
            public void close() {
                target.flush();
            }
        };
    }

    /** Standard output for a human-readable line, after any machine output. */
    java.io.PrintStream stdoutWriter() {
        return out;
    }

    /** Standard output as the environment describes it. */
    Terminal terminal() {
        return new Terminal(environment, out == System.out && System.console() != null);
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: " + commandList());
    }

    /** The commands as a sentence lists them: "check, validate, ... or schema". */
    static String commandList() {
        java.util.List<String> names = java.util.List.copyOf(SUBCOMMANDS.keySet());
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Tool.name() + " " + Tool.version() + " (catalog " + io.oversight.catalog.CatalogLoader.builtIn().version() + ")"};
        }
    }
}
