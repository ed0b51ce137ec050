package io.oversight.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of}: the day every date in the files is judged from. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date to assess on (YYYY-MM-DD; default: today). Dates in the files, such as waiver expiry, are measured from it.")
    LocalDate asOf;

    LocalDate date() {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
