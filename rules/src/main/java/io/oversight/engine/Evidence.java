package io.oversight.engine;

/**
 * A place in the input that shows a finding: {@code file:line:column} and the value's path. The
 * file is the deployment, or a file it imports (an IAM policy, RBAC manifests) when the offending
 * right was written there; the path then names that file ({@code policy.json#/Statement/0/Action}).
 */
public record Evidence(String file, int line, int column, String path) {

    public String location() {
        return file + ":" + line;
    }
}
