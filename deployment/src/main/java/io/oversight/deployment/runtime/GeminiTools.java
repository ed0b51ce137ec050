package io.oversight.deployment.runtime;

/**
 * A tool of Gemini CLI's {@code tools.allowed}, which runs without the confirmation dialog:
 * {@code run_shell_command(git)} allows the shell commands that start with {@code git}, read as a
 * Bash rule as the runtime gates read commands ({@code Bash(git:*)}); {@code run_shell_command}
 * alone the whole shell; any other tool by its name.
 */
final class GeminiTools {

    private static final String SHELL = "run_shell_command";

    private GeminiTools() {
    }

    static RuntimeRule rule(Located<String> written) {
        String tool = written.value().strip();
        if (tool.equals(SHELL)) {
            return new RuntimeRule("Bash", "", Decision.ALLOW, written.position());
        }
        if (tool.startsWith(SHELL + "(") && tool.endsWith(")")) {
            String command = tool.substring(SHELL.length() + 1, tool.length() - 1).strip();
            return command.isEmpty() ? new RuntimeRule("Bash", "", Decision.ALLOW, written.position())
                    : RuntimeRule.commandPrefix(command, Decision.ALLOW, written.position(), null);
        }
        return new RuntimeRule(tool, "", Decision.ALLOW, written.position());
    }
}
