package io.oversight.deployment.model;

/**
 * One way an agent's runtime configuration lets it act, and the setting that decides whether a
 * person is asked first. {@code tool} is written as the runtime's rules write it
 * ({@code Bash(aws:*)}, {@code mcp__github__create_issue}, {@code Operations(TerminateInstance)}),
 * or {@code *} for every tool no rule decides. {@code setting} is what decides: a rule's decision
 * ({@code allow}, {@code ask}, {@code deny}), the runtime's mode ({@code mode:never-ask}) or its
 * sandbox ({@code sandbox:full-access}); how each counts is the catalog's data
 * ({@code runtime-gates.yaml}). {@code evidencePath} names the runtime file and the place in it.
 * {@code tool} is kept as written, for the catalog to read what it reaches, so it may hold a secret
 * (a token in a command prefix): whatever shows it masks it first, as the rules' {@code RuntimeGate} does.
 */
public record RuntimeTool(String agentId, String kind, String tool, String setting, String evidencePath) {
}
