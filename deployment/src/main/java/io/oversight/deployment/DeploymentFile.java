package io.oversight.deployment;

import io.oversight.deployment.model.Deployment;

/** A validated deployment with what a report must say about where it came from. */
public record DeploymentFile(String file, String sha256, Deployment deployment, SourceMap sources) {
}
