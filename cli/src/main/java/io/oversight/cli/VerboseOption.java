package io.oversight.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, which {@link Main}'s error handler looks for on whichever command ran. */
final class VerboseOption {

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;
}
