package io.oversight.cli;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point. Only {@link #main} exits the JVM; {@link #run} is what tests call. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = commandLine(out, err);
        return cli.execute(args);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new OversightCommand(out));
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(t -> t instanceof InvalidInputException ? ExitCode.INVALID : ExitCode.INTERNAL);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("oversight: " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.INVALID;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InvalidInputException invalid) {
                for (Problem problem : invalid.problems()) {
                    e.println(problem.format());
                }
                int n = invalid.problems().size();
                e.println(n + (n == 1 ? " problem" : " problems") + "; nothing was checked");
                return ExitCode.INVALID;
            }
            if (ex instanceof UserError user) {
                e.println("oversight: " + user.getMessage());
                return ExitCode.INVALID;
            }
            e.println("oversight: internal error: " + ex + (verbose(parseResult) ? "" : " (run with --verbose for details)"));
            if (verbose(parseResult)) {
                ex.printStackTrace(e);
            }
            return ExitCode.INTERNAL;
        });
        return cli;
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub != null) {
            if (sub.hasMatchedOption("--verbose")) {
                return true;
            }
            sub = sub.subcommand();
        }
        return false;
    }
}
