package io.oversight.report;

import io.oversight.deployment.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * A deployment that was not checked: its input has {@code problems}, each at its own file and
 * place. {@code file} is the deployment's file, {@code asOf} the day the check ran for.
 */
public record InvalidInput(String file, List<Problem> problems, LocalDate asOf) {

    public InvalidInput {
        problems = List.copyOf(problems);
    }

    /** How many problems, and that nothing was judged: the line every format ends the list with. */
    public String outcome() {
        return outcome(problems.size());
    }

    /** The same line for {@code count} problems, as standard error ends a check of an invalid file with it. */
    public static String outcome(int count) {
        return count + (count == 1 ? " problem" : " problems") + "; nothing was checked";
    }
}
