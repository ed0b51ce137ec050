package io.oversight.bench;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.Severity;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.DeploymentFile;
import io.oversight.engine.Assessment;
import io.oversight.engine.ComplianceEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Inserting a loaded deployment, firing every rule and assembling the findings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    @Param({"1000", "10000"})
    int agents;

    private DeploymentFile input;
    private Catalog catalog;
    private ComplianceEngine engine;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path file = Files.createTempFile("oversight-" + agents, ".json");
        DeploymentGenerator.write(agents, file);
        // Read through the seam every caller uses; only the engine's own work is timed.
        Assessment checked = Oversight.check(CheckRequest.of(file).asOf(AS_OF)).assessment();
        Files.delete(file);
        input = checked.input();
        catalog = checked.catalog();
        engine = ComplianceEngine.builtIn();
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(input, catalog, AS_OF, Severity.HIGH);
    }
}
