package io.oversight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oversight help [COMMAND [SUBCOMMAND]]}. Picocli's own help command takes one name, so
 * {@code help waivers lint} showed the help of {@code waivers}, not of {@code lint}.
 */
@Command(name = "help", helpCommand = true, addMethodSubcommands = false,
        description = "Describes a command: 'oversight help check', 'oversight help waivers lint'.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command to describe, and its subcommand if it has them.")
    List<String> names = new ArrayList<>();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine command = self.getParent();
        for (String name : names) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null || sub == self) {
                throw new CommandLine.ParameterException(self, "'" + name + "' is not a command of '"
                        + command.getCommandSpec().qualifiedName() + "'; see '" + command.getCommandSpec().qualifiedName() + " --help'");
            }
            command = sub;
        }
        command.usage(out, colors);
        return ExitCode.PASS;
    }
}
