package io.oversight.deployment.runtime;

/** Where a credential handed to an agent or to one of its tools comes from. */
public enum CredentialSource {
    /** A long-lived personal token written in the file (a GitHub, GitLab or Slack user token, an AWS access key): the agent acts as that person. */
    PERSONAL_TOKEN,
    /** Another secret written in the file. */
    WRITTEN,
    /** Taken from the operator's environment when the runtime starts ({@code ${GITHUB_TOKEN}}): the agent inherits the operator's credential. */
    ENVIRONMENT,
    /** A named profile or credentials file of the operator ({@code AWS_PROFILE}, {@code KUBECONFIG}): the agent inherits the operator's identity. */
    OPERATOR_PROFILE,
    /** Asked of the person starting the runtime (VS Code's {@code ${input:...}}). */
    PROMPTED,
    /** Read from a secret store at run time (a Kubernetes Secret). */
    SECRET_STORE,
    /**
     * The credential of whoever calls the agent, passed on to its tools (kagent's
     * {@code allowedHeaders: [Authorization]}): the agent acts as its caller, a person among them.
     */
    CALLER
}
