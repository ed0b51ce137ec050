package io.oversight.deployment.runtime;

/** What a runtime does when the agent calls a tool or action a rule matches. */
public enum Decision {
    /** It runs without anyone being asked. */
    ALLOW,
    /** A person is asked to approve it before it runs. */
    ASK,
    /** It is refused. */
    DENY
}
