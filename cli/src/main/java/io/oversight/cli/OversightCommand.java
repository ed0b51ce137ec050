package io.oversight.cli;

import io.oversight.report.Tool;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "oversight",
        mixinStandardHelpOptions = true,
        versionProvider = OversightCommand.Version.class,
        description = "Checks an AI-agent deployment against AI-governance requirements.",
        footer = {"", "Exit codes: 0 pass, 1 findings at or above --fail-on, 2 invalid input or usage, 3 internal error."})
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

    OversightCommand(java.io.InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
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

    boolean stdoutIsTerminal() {
        return out == System.out && System.console() != null;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: check, validate, access, waivers, controls, explain, frameworks or schema");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Tool.name() + " " + Tool.version() + " (catalog " + io.oversight.catalog.CatalogLoader.builtIn().version() + ")"};
        }
    }
}
