package io.oversight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times whole-process runs of the {@code ./oversight} launcher, as users run it, and prints each
 * target of the performance issue with the median measured in this run on this machine. Peak
 * memory is the maximum resident set size reported by GNU time.
 *
 * <p>Usage (from the repository root, after a build): {@code java -cp bench/target/oversight-bench.jar
 * io.oversight.bench.Harness [--runs N] [--skip-large]}
 */
public final class Harness {

    private static final Pattern TIME = Pattern.compile("harness-time: ([0-9.]+) ([0-9]+)");
    private static final Pattern PHASE = Pattern.compile("(\\w+)=([0-9.]+)s");

    private final Path root;
    private final int runs;
    private final List<String[]> rows = new ArrayList<>();

    private Harness(Path root, int runs) {
        this.root = root;
        this.runs = runs;
    }

    record Sample(double seconds, long kib, String stderr) {
    }

    record Measure(double medianSeconds, long medianKib, long maxKib, String lastStderr) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        boolean skipLarge = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--skip-large" -> skipLarge = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new Harness(Path.of("").toAbsolutePath(), runs).run(skipLarge);
    }

    private void run(boolean skipLarge) throws Exception {
        Path data = root.resolve("bench/target/data");
        Files.createDirectories(data);
        Path bench = root.resolve("bench/target/oversight-bench.jar");
        String sample = "samples/kiro-incident.yaml";
        System.out.printf("Oversight benchmark: %d runs each, medians; %s, %d cores%n", runs,
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
        // Warm the launcher once: it builds the class-data archive on its first run.
        measure(1, "./oversight", "check", sample, "--format", "json");

        Measure hello = measure(runs, "java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", bench.toString(), "io.oversight.bench.Hello");
        row("JVM hello-world", "-", seconds(hello.medianSeconds()));
        Measure cold = measure(runs, "./oversight", "check", sample, "--format", "json");
        row("check kiro-incident --format json", "<= 0.35 s and <= 10x hello", seconds(cold.medianSeconds())
                + String.format(Locale.ROOT, " (%.1fx hello)", cold.medianSeconds() / hello.medianSeconds()),
                cold.medianSeconds() <= 0.35 && cold.medianSeconds() <= 10 * hello.medianSeconds());
        Path pdf = data.resolve("kiro.pdf");
        if (Files.exists(root.resolve("report/src/main/java/io/oversight/report/pdf"))) {
            Measure withPdf = measure(runs, "./oversight", "check", sample, "--format", "json", "--pdf", pdf.toString());
            row("the same with --pdf", "<= 0.9 s", seconds(withPdf.medianSeconds()), withPdf.medianSeconds() <= 0.9);
        }
        Path fleet = data.resolve("incident-fleet-200.yaml");
        IncidentFleet.write(root.resolve(sample), 200, fleet);
        Measure bigPdf = measure(runs, "./oversight", "check", fleet.toString(), "--timings", "--format", "pdf", "--output",
                data.resolve("fleet.pdf").toString(), "--as-of", "2026-11-25");
        row("PDF for 200 agents (" + findings(bigPdf.lastStderr()) + " findings): render", "<= 3 s",
                String.format(Locale.ROOT, "%.3f s render, %.3f s whole run", phase(bigPdf.lastStderr(), "render"), bigPdf.medianSeconds()),
                phase(bigPdf.lastStderr(), "render") <= 3.0);
        Path tenK = generate(data, 10_000, "yaml");
        Measure ten = measure(runs, "./oversight", "check", tenK.toString(), "--format", "json", "--output", data.resolve("10k.json").toString());
        row("10,000 agents (" + megabytes(tenK) + "), JSON out", "<= 2.0 s", seconds(ten.medianSeconds()) + ", " + mib(ten.medianKib()),
                ten.medianSeconds() <= 2.0);
        if (!skipLarge) {
            Path hundredK = generate(data, 100_000, "yaml");
            Measure hundred = measure(Math.min(runs, 3), "./oversight", "check", hundredK.toString(), "--format", "json", "--timings",
                    "--output", data.resolve("100k.json").toString());
            row("100,000 agents (" + megabytes(hundredK) + "), JSON out", "<= 8 s and <= 1.5 GiB",
                    seconds(hundred.medianSeconds()) + ", " + mib(hundred.maxKib()) + " peak",
                    hundred.medianSeconds() <= 8 && hundred.maxKib() <= 1.5 * 1024 * 1024);
            double growth = hundred.medianSeconds() / ten.medianSeconds();
            row("growth time(100k) / time(10k)", "<= 11", String.format(Locale.ROOT, "%.1f", growth), growth <= 11);
            double read = phase(hundred.lastStderr(), "read");
            double rules = phase(hundred.lastStderr(), "insert") + phase(hundred.lastStderr(), "fire");
            row("insert + fire vs parse at 100k", "<= 0.6x", String.format(Locale.ROOT, "%.2fx (%.2f s vs %.2f s)", rules / read, rules, read),
                    rules <= 0.6 * read);
            Path hundredJson = generate(data, 100_000, "json");
            Measure json = measure(Math.min(runs, 3), "./oversight", "check", hundredJson.toString(), "--format", "json",
                    "--output", data.resolve("100k-from-json.json").toString());
            row("100,000 agents as JSON input (" + megabytes(hundredJson) + ")", "-", seconds(json.medianSeconds()) + ", "
                    + mib(json.maxKib()) + " peak");
        }
        print();
    }

    /** Written afresh each run (seeded, so the same bytes), so that a changed generator is always measured. */
    private Path generate(Path data, int agents, String extension) throws IOException {
        Path file = data.resolve("agents-" + agents + "." + extension);
        DeploymentGenerator.write(agents, file);
        return file;
    }

    private Measure measure(int times, String... command) throws IOException, InterruptedException {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            samples.add(once(command));
        }
        double[] seconds = samples.stream().mapToDouble(Sample::seconds).sorted().toArray();
        long[] kib = samples.stream().mapToLong(Sample::kib).sorted().toArray();
        return new Measure(seconds[seconds.length / 2], kib[kib.length / 2], kib[kib.length - 1], samples.get(samples.size() - 1).stderr());
    }

    private Sample once(String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/time", "-f", "harness-time: %e %M"));
        argv.addAll(Arrays.asList(command));
        Path err = Files.createTempFile("oversight-bench", ".err");
        Process process = new ProcessBuilder(argv).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        process.waitFor();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        Matcher m = TIME.matcher(stderr);
        if (!m.find()) {
            throw new IllegalStateException("no timing for " + String.join(" ", command) + ":\n" + stderr);
        }
        return new Sample(Double.parseDouble(m.group(1)), Long.parseLong(m.group(2)), stderr);
    }

    private static String findings(String stderr) {
        Matcher m = Pattern.compile("findings: ([0-9]+)").matcher(stderr);
        return m.find() ? m.group(1) : "?";
    }

    private static double phase(String stderr, String name) {
        Matcher m = PHASE.matcher(stderr);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }

    private void row(String what, String target, String measured) {
        rows.add(new String[] {what, target, measured, ""});
    }

    private void row(String what, String target, String measured, boolean met) {
        rows.add(new String[] {what, target, measured, met ? "met" : "NOT MET"});
    }

    private void print() {
        System.out.printf("%n%-48s %-28s %-36s %s%n", "what", "target", "measured", "");
        for (String[] r : rows) {
            System.out.printf("%-48s %-28s %-36s %s%n", (Object[]) r);
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f s", s);
    }

    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
    }

    private static String megabytes(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.0f MB", Files.size(file) / 1e6);
    }
}
