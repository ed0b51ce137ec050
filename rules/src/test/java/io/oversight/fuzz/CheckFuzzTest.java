package io.oversight.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.oversight.check.CheckException;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import io.oversight.deployment.InputLimits;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import java.time.LocalDate;

/**
 * Fuzz targets for the reader and the whole check. Any input must end in either an assessment
 * whose findings are all located, or located problems; never in another exception.
 *
 * <p>Without {@code JAZZER_FUZZ} these run the inputs kept in {@code CheckFuzzTestInputs/} as
 * regression tests; with {@code JAZZER_FUZZ=1} they fuzz for the bounded time below.
 */
class CheckFuzzTest {

    // Smaller limits than the defaults keep each execution fast; the limits themselves are tested elsewhere.
    private static final CheckRequest REQUEST = CheckRequest.of().asOf(LocalDate.of(2026, 11, 25)).limits(new InputLimits(1024 * 1024, 64, 100_000));

    @FuzzTest(maxDuration = "60s")
    void yamlReaderAndCheck(byte[] input) throws CheckException {
        check("fuzz.yaml", input);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonReaderAndCheck(byte[] input) throws CheckException {
        check("fuzz.json", input);
    }

    private static void check(String name, byte[] input) throws CheckException {
        Assessment assessment;
        try {
            assessment = Oversight.check(REQUEST, name, input).assessment();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.file()).isEqualTo(name);
                assertThat(p.message()).isNotBlank();
                if (p.position() != null) {
                    assertThat(p.position().line()).isPositive();
                    assertThat(p.position().column()).isPositive();
                }
            }
            return;
        }
        for (Finding f : assessment.findings()) {
            assertThat(f.primaryEvidence().line()).isPositive();
        }
    }
}
