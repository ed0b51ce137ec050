package io.oversight.cli;

import io.oversight.check.CheckException;
import io.oversight.deployment.FileNameCharset;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.OneLine;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.Suggestions;
import io.oversight.report.InvalidInput;
import io.oversight.report.WrappingWriter;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point. Only {@link #main} exits the JVM, and {@link UnfinishedRun} when foreign code ended
 * it early; {@link #run} is what tests call.
 */
public final class Main {

    private Main() {
    }

    /**
     * While code Oversight does not own runs in the process (an organization's rules), a process it
     * ends (System.exit) or that is interrupted must not keep the exit code that code chose: a
     * rule's System.exit(0) ended a gate with 0 and no report. From its making until {@link #end}.
     */
    static final class UnfinishedRun {

        private final Thread hook;

        UnfinishedRun(String what) {
            hook = new Thread(() -> {
                System.err.println("oversight: the check ended before it finished, while " + what + " ran (one of them called"
                        + " System.exit, or the run was interrupted); nothing was reported");
                System.err.flush();
                Runtime.getRuntime().halt(ExitCode.INVALID);
            }, "unfinished-run");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        private Thread watchdog;

        /** Ends the process with exit code 2 and {@code message} unless the run ends within {@code seconds}. */
        void limit(long seconds, String message) {
            watchdog = new Thread(() -> {
                try {
                    Thread.sleep(java.util.concurrent.TimeUnit.SECONDS.toMillis(seconds));
                } catch (InterruptedException e) {
                    return; // the run ended in time
                }
                Runtime.getRuntime().removeShutdownHook(hook);
                System.err.println("oversight: " + message);
                System.err.flush();
                Runtime.getRuntime().halt(ExitCode.INVALID);
            }, "run-time-limit");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        /** The code returned: the process ends as Oversight says again. */
        void end() {
            Runtime.getRuntime().removeShutdownHook(hook);
            if (watchdog != null) {
                watchdog.interrupt();
            }
        }
    }

    public static void main(String[] args) {
        // Reports are files for machines as much as people: the digits, decimal signs and case
        // rules of the user's language would change their bytes (Arabic-Indic digits in the text
        // report's percentages, and in the PDF library's cross-reference table, which breaks it).
        Locale.setDefault(Locale.ROOT);
        StandardOutput out = StandardOutput.open();
        System.setOut(out);
        System.exit(run(out, System.err, args));
    }

    /** Runs in the process's environment. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(System.in, out, err, System.getenv(), args);
    }

    /** Runs in the given environment, with the process's standard input. */
    public static int run(PrintStream out, PrintStream err, Map<String, String> environment, String... args) {
        return run(System.in, out, err, environment, args);
    }

    /** Runs in the process's environment, with {@code in} for standard input ({@code check -}). */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(in, out, err, System.getenv(), args);
    }

    /**
     * Runs with {@code in} for standard input ({@code check -}) in the given environment (NO_COLOR,
     * FORCE_COLOR, TERM, COLUMNS, GITHUB_STEP_SUMMARY and the OVERSIGHT_* settings are read from it);
     * {@code check} takes its defaults from the {@code .oversight.yaml} found from the working directory.
     */
    public static int run(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment, String... args) {
        CommandLine cli = commandLine(in, out, err, environment, args.length > 0 ? args[0] : "");
        CommandLine check = cli.getSubcommands().get("check");
        if (check != null) {
            check.setDefaultValueProvider(new ProjectSettings(environment, Path.of("")));
        }
        try {
            return afterWriting(cli.execute(args), cli, out, err);
        } catch (OutOfMemoryError e) {
            // Never let an exhausted heap pass for a verdict: exit 1 would read as "findings".
            err.println("oversight: internal error: out of memory; give the JVM more heap (OVERSIGHT_JAVA_OPTS=-Xmx12g ./oversight ...)"
                    + " or split the deployment");
            err.flush();
            return ExitCode.INTERNAL;
        } catch (StackOverflowError e) {
            err.println("oversight: internal error: stack overflow");
            err.flush();
            return ExitCode.INTERNAL;
        }
    }

    /**
     * The exit code once standard output has been asked whether it took all that was written to it.
     * A print stream keeps a failed write to itself, so a report cut short by a full disk exited 0
     * or 1 as if whole, and a CI job passed on a broken SARIF file: that is exit 2 now (an internal
     * error stays 3). A reader that stopped reading ({@code | head}) took what it wanted: no error.
     */
    private static int afterWriting(int code, CommandLine cli, PrintStream out, PrintStream err) {
        boolean failed = cli.getOut().checkError() | out.checkError();
        if (!failed || out instanceof StandardOutput stdout && stdout.readerStopped()) {
            return code;
        }
        err.println("oversight: cannot write to standard output (is the disk full?): what it shows is incomplete");
        err.flush();
        return code == ExitCode.INTERNAL ? code : ExitCode.INVALID;
    }

    /**
     * Builds the command line. Picocli reads every command's annotations when it is added, so when
     * the first argument names a command only that one is added: start-up is felt on every run.
     * The commands are made before picocli reads anything, so that work a command starts in the
     * background (the check command's rule base) overlaps all of picocli's.
     */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment, String first) {
        Map<String, Object> commands = new LinkedHashMap<>();
        if (OversightCommand.SUBCOMMANDS.containsKey(first)) {
            commands.put(first, OversightCommand.SUBCOMMANDS.get(first).get());
        } else {
            OversightCommand.SUBCOMMANDS.forEach((name, command) -> commands.put(name, command.get()));
            // 'oversight help check' names the command it is about second, so help comes with all of them.
            commands.put("help", new HelpCommand());
        }
        CommandLine cli = new CommandLine(new OversightCommand(in, out, environment));
        commands.forEach(cli::addSubcommand);
        shareVersion(cli, cli.getCommandSpec().versionProvider());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Picocli's own conversion keeps of Java's refusal only its words; this keeps the exception, for the handler below.
        cli.registerConverter(Path.class, name -> Path.of(name));
        cli.setExitCodeExceptionMapper(t -> t instanceof InvalidInputException ? ExitCode.INVALID : ExitCode.INTERNAL);
        int width = new Terminal(environment, false).width();
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            if (ex.getCause() instanceof InvalidPathException) {
                // Not a usage error: the argument names a file, but in characters the locale cannot decode.
                e.println(OneLine.safe("oversight: '" + ex.getValue() + "' cannot be read as a file name: " + FileNameCharset.advice()));
                return ExitCode.INVALID;
            }
            // An option's value is quoted back as written, from the command line or an OVERSIGHT_* variable: a token put in the wrong one too.
            java.util.Optional<String> notASubcommand = notASubcommand(ex);
            if (notASubcommand.isPresent()) {
                new WrappingWriter(e, width).line("oversight: " + notASubcommand.get(), 2);
            } else if (ex.getCommandLine().getParent() != null) {
                e.println(OneLine.safe("oversight: " + SecretMasker.mask(ex.getMessage())));
            } else {
                // The top level's errors list the commands, which ran past 80 columns on one line.
                new WrappingWriter(e, width).line("oversight: " + (notACommand(ex, args) ? "'" + OneLine.safe(SecretMasker.maskQuoted(args[0]))
                        + "' is not a command; expected " + OversightCommand.commandList() : SecretMasker.mask(ex.getMessage())), 2);
            }
            // The closest option by spelling first: picocli's own offers options sharing the first two letters ('--fromat': --framework).
            java.util.Optional<String> misspelt = misspeltOption(ex);
            if (misspelt.isPresent()) {
                e.println("Possible solutions: " + misspelt.get());
            } else {
                CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            }
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.INVALID;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof InvalidInputException invalid) {
                for (Problem problem : invalid.problems()) {
                    e.println(problem.format());
                }
                e.println(InvalidInput.outcome(invalid.problems().size()));
                return ExitCode.INVALID;
            }
            if (ex instanceof UserError || ex instanceof CheckException) {
                e.println(OneLine.safe("oversight: " + maskedPastNamedFile(ex.getMessage(), parseResult.originalArgs())));
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

    /** The command's long option an unknown one misspells: {@code --pdf} for {@code --pfd}, {@code --format} for {@code --fromat}. */
    private static java.util.Optional<String> misspeltOption(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || !unmatched.isUnknownOption()) {
            return java.util.Optional.empty();
        }
        String written = unmatched.getUnmatched().get(0).split("=", 2)[0];
        List<String> options = ex.getCommandLine().getCommandSpec().options().stream().filter(o -> !o.hidden())
                .flatMap(o -> java.util.Arrays.stream(o.names())).filter(name -> name.startsWith("--")).toList();
        return Suggestions.closest(written, options);
    }

    /**
     * What to say of a word that names none of a command's own commands ({@code waivers lnit}), which
     * picocli reports as "Unmatched arguments from index 1": which commands there are, and the closest.
     */
    private static java.util.Optional<String> notASubcommand(CommandLine.ParameterException ex) {
        CommandLine command = ex.getCommandLine();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.isUnknownOption() || command.getParent() == null
                || command.getSubcommands().isEmpty() || unmatched.getUnmatched().isEmpty()) {
            return java.util.Optional.empty();
        }
        String written = unmatched.getUnmatched().get(0);
        List<String> names = List.copyOf(command.getSubcommands().keySet());
        return java.util.Optional.of("'" + OneLine.safe(SecretMasker.maskQuoted(written)) + "' is not a command of '"
                + command.getCommandSpec().qualifiedName() + "'; expected " + String.join(", ", names)
                + Suggestions.closest(written, names).map(n -> " (did you mean '" + n + "'?)").orElse(""));
    }

    /**
     * {@code message} masked past the file it starts with when the command line names that file:
     * a baseline named {@code token} had read as a secret's key, and its whole message was masked
     * ("token: ****"), position and reason with it. The name is the user's own, typed as it shows.
     */
    static String maskedPastNamedFile(String message, List<String> args) {
        String file = "";
        for (String arg : args) {
            String named = arg.startsWith("--") && arg.indexOf('=') > 0 ? arg.substring(arg.indexOf('=') + 1) : arg;
            boolean located = message.startsWith(named) && message.length() > named.length() && message.charAt(named.length()) == ':';
            if (!named.isEmpty() && !named.startsWith("-") && located && named.length() > file.length()) {
                file = named;
            }
        }
        return file + SecretMasker.mask(message.substring(file.length()));
    }

    /** A first argument that is no option and names no command: picocli says "Unmatched argument at index 0". */
    private static boolean notACommand(CommandLine.ParameterException ex, String[] args) {
        return ex instanceof CommandLine.UnmatchedArgumentException && args.length > 0 && !args[0].startsWith("-")
                && !OversightCommand.SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help");
    }

    /**
     * Gives every command the top level's version: each has -V, --version (mixinStandardHelpOptions),
     * but picocli gives a subcommand no version of its own, and 'check --version' printed nothing.
     */
    private static void shareVersion(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> shareVersion(sub, version));
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
