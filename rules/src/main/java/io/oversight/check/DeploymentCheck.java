package io.oversight.check;

import io.oversight.deployment.Problem;
import io.oversight.engine.Assessment;
import java.nio.file.Path;
import java.util.List;

/** One deployment of a check: its assessment, or (when it could not be read) its problems and no assessment. */
public record DeploymentCheck(Path file, Assessment assessment, List<Problem> problems) {

    public DeploymentCheck {
        problems = List.copyOf(problems);
    }

    static DeploymentCheck assessed(Path file, Assessment assessment) {
        return new DeploymentCheck(file, assessment, List.of());
    }

    static DeploymentCheck invalid(Path file, List<Problem> problems) {
        return new DeploymentCheck(file, null, problems);
    }

    public boolean valid() {
        return assessment != null;
    }
}
