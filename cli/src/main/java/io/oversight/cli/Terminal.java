package io.oversight.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the environment says about where the output goes: whether to colour it (NO_COLOR as
 * no-color.org has it, FORCE_COLOR as force-color.org has it, TERM=dumb), how wide to wrap it
 * (COLUMNS, else 80: no native call asks the terminal), and where a GitHub Actions job keeps its
 * summary. The environment is passed in, so tests and the bench decide it rather than inherit it.
 */
record Terminal(Map<String, String> environment, boolean isTerminal) {

    /** The width of a terminal that does not say: the classic one. */
    static final int DEFAULT_WIDTH = 80;
    /** Narrower than this nothing reads well; a smaller COLUMNS is taken as this. */
    static final int MIN_WIDTH = 40;

    Terminal {
        environment = Map.copyOf(environment);
    }

    /** {@code --no-color} and a non-empty NO_COLOR win; then FORCE_COLOR (non-empty, not 0); then TERM=dumb; else only a terminal. */
    boolean color(boolean noColorFlag) {
        if (noColorFlag || set("NO_COLOR")) {
            return false;
        }
        if (set("FORCE_COLOR") && !environment.get("FORCE_COLOR").equals("0")) {
            return true;
        }
        return isTerminal && !"dumb".equals(environment.get("TERM"));
    }

    int width() {
        String columns = environment.getOrDefault("COLUMNS", "").strip();
        if (!columns.matches("[0-9]{1,4}")) {
            return DEFAULT_WIDTH;
        }
        return Math.max(MIN_WIDTH, Integer.parseInt(columns));
    }

    /** The file GitHub Actions shows as the job summary, when running there. */
    Optional<Path> stepSummary() {
        return set("GITHUB_STEP_SUMMARY") ? Optional.of(Path.of(environment.get("GITHUB_STEP_SUMMARY"))) : Optional.empty();
    }

    private boolean set(String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }
}
