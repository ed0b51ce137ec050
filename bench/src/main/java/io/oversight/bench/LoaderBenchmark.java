package io.oversight.bench;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Reading and validating a deployment, YAML against JSON input. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoaderBenchmark {

    @Param({"1000"})
    int agents;

    @Param({"yaml", "json"})
    String format;

    private byte[] bytes;
    private DeploymentReader reader;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path file = Files.createTempFile("oversight-" + agents, "." + format);
        DeploymentGenerator.write(agents, file);
        bytes = Files.readAllBytes(file);
        Files.delete(file);
        reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());
    }

    @Benchmark
    public DeploymentFile read() throws Exception {
        return reader.read("bench." + format, bytes);
    }
}
