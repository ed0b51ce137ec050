package io.oversight.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time per phase of one run, for the benchmark and {@code --timings}; never part of a report. */
public final class PhaseTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Records the time since {@code startNanos} under {@code phase} and returns now, to start the next phase. */
    public long lap(String phase, long startNanos) {
        long now = System.nanoTime();
        nanos.merge(phase, now - startNanos, Long::sum);
        return now;
    }

    public Map<String, Long> nanos() {
        return Map.copyOf(nanos);
    }

    /** {@code read=0.412s insert=0.081s ...} in the order the phases ran. */
    public String format() {
        StringBuilder text = new StringBuilder();
        nanos.forEach((phase, ns) -> text.append(text.length() == 0 ? "" : " ").append(phase).append('=')
                .append(String.format(java.util.Locale.ROOT, "%.3fs", ns / 1e9)));
        return text.toString();
    }
}
