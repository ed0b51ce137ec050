package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static io.oversight.deployment.runtime.Fixtures.located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.model.ServerLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class McpClientConfigReaderTest {

    @Test
    void kiroAutoApprovedToolsRunWithoutAskingAndCredentialsAreClassified() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.MCP_CLIENT, "kiro-mcp.json")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.MCP_CLIENT, "runtime/kiro-mcp.json", null, at(1, 1),
                List.of(new RuntimeRule("mcp__aws-docs__search_documentation", "", Decision.ALLOW, at(8, 23)),
                        new RuntimeRule("mcp__aws-docs__read_documentation", "", Decision.ALLOW, at(8, 47)),
                        new RuntimeRule("mcp__shell", "", Decision.ALLOW, at(17, 23)),
                        new RuntimeRule("mcp__shell__rm", "", Decision.DENY, at(18, 25))),
                null, null, null, List.of(),
                List.of(new McpServer("aws-docs", at(3, 5), null, "uvx awslabs.aws-documentation-mcp-server@latest", List.of(),
                                List.of()),
                        new McpServer("shell", at(10, 5), null, "npx -y mcp-shell", List.of(),
                                List.of(new Credential("AWS_PROFILE", CredentialSource.OPERATOR_PROFILE, "prod-admin", at(14, 9)),
                                        new Credential("GITHUB_TOKEN", CredentialSource.ENVIRONMENT, "GITHUB_TOKEN", at(15, 9))))),
                List.of(), List.of(), null, List.of()));
    }

    /**
     * Gemini CLI's trusted server skips the confirmation for all its tools, and its excludeTools
     * are refused; a Kiro CLI agent file's allowedTools run unasked, a server's tools named
     * {@code @SERVER} or {@code @SERVER/TOOL}, a built-in tool by its name.
     */
    @Test
    void geminiTrustAndKiroAllowedToolsRunWithoutAsking() throws Exception {
        RuntimeConfiguration gemini = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", """
                {"mcpServers": {
                  "aws": {"command": "uvx", "trust": true, "excludeTools": ["delete_stack"]},
                  "docs": {"command": "uvx", "trust": false}
                }}
                """).get(0);
        assertThat(gemini.rules()).containsExactly(new RuntimeRule("mcp__aws", "", Decision.ALLOW, at(2, 38)),
                new RuntimeRule("mcp__aws__delete_stack", "", Decision.DENY, at(2, 61)));
        RuntimeConfiguration kiro = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json", """
                {"name": "ops", "mcpServers": {"aws-api": {"command": "uvx"}, "gh": {"command": "npx"}},
                 "tools": ["*"],
                 "allowedTools": ["@aws-api", "@gh/list_issues", "execute_bash"]}
                """).get(0);
        assertThat(kiro.rules()).containsExactly(new RuntimeRule("mcp__aws-api", "", Decision.ALLOW, at(3, 19)),
                new RuntimeRule("mcp__gh__list_issues", "", Decision.ALLOW, at(3, 31)),
                new RuntimeRule("execute_bash", "", Decision.ALLOW, at(3, 50)));
    }

    /**
     * A Kiro CLI agent's toolsSettings run unasked what they allow: a shell command written whole,
     * the whole shell for one that ends in '.*' (Kiro tests it against the whole line, pipes
     * included: 'aws .*' approves 'aws s3 ls | xargs rm') or has no start Oversight can read, AWS
     * services, paths; the agent needs no servers of
     * its own. Gemini's tools.allowed bypass the dialog, a shell command by its prefix, and a trusted
     * server with includeTools exposes only those.
     */
    @Test
    void kiroToolsSettingsAndGeminiAllowedToolsRunWithoutAsking() throws Exception {
        RuntimeConfiguration kiro = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json", """
                {"name": "ops", "includeMcpJson": true,
                 "toolsSettings": {"shell": {"allowedCommands": ["aws .*", "git status", "(rm|mv) .*"], "deniedCommands": ["terraform destroy.*"]},
                                   "aws": {"allowedServices": ["ec2"]}, "write": {"allowedPaths": ["~/.aws/**"]}}}
                """).get(0);
        // ~/.aws/** holds Amazon Q's global agent files too: the agent can rewrite them.
        assertThat(kiro.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(
                tuple("Bash", Decision.ALLOW), tuple("Bash(git status)", Decision.ALLOW), tuple("Bash", Decision.ALLOW),
                tuple("Bash(terraform destroy:*)", Decision.DENY), tuple("use_aws(ec2)", Decision.ALLOW), tuple("fs_write(~/.aws/**)", Decision.ALLOW),
                tuple("fs_write(~/.aws/amazonq/cli-agents/)", Decision.ALLOW));
        // Amazon Q's read-only switches and its file reader on every path are rules of their own; built-in tools named by a glob are the
        // tools it matches (red team: *{list,xecute_bas}* had read as a list), @builtin every built-in tool.
        RuntimeConfiguration readOnly = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".amazonq/cli-agents/ops.json", """
                {"name": "ops", "allowedTools": ["fs_*", "*{list,xecute_bas}*", "@builtin/todo_list", "@git/status", "exec?te_[a-c]ash"],
                 "toolsSettings": {"execute_bash": {"allowReadOnly": true}, "use_aws": {"autoAllowReadonly": true},
                                   "fs_read": {"allowReadOnly": true}}}
                """).get(0);
        assertThat(readOnly.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(
                tuple("fs_read", Decision.ALLOW), tuple("fs_write", Decision.ALLOW), tuple("fs_write(.kiro/agents/)", Decision.ALLOW),
                tuple("fs_write(.amazonq/cli-agents/)", Decision.ALLOW), tuple("fs_write(.git/config)", Decision.ALLOW),
                tuple("execute_bash", Decision.ALLOW), tuple("todo_list", Decision.ALLOW), tuple("todo_list", Decision.ALLOW),
                tuple("mcp__git__status", Decision.ALLOW),
                tuple("execute_bash", Decision.ALLOW), tuple("Bash(autoAllowReadonly)", Decision.ALLOW),
                tuple("use_aws(autoAllowReadonly)", Decision.ALLOW), tuple("fs_read", Decision.ALLOW));
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".amazonq/cli-agents/ops.json", """
                {"name": "ops", "allowedTools": ["@builtin"]}
                """).get(0).rules()).as("22 tools, and the 3 files each of fs_write and write reaches").hasSize(22 + 3 + 3);
        RuntimeConfiguration gemini = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", """
                {"tools": {"allowed": ["run_shell_command(aws)", "run_shell_command", "write_file"]},
                 "mcpServers": {"ops": {"command": "uvx", "trust": true, "includeTools": ["list_clusters"]}}}
                """).get(0);
        assertThat(gemini.rules()).extracting(RuntimeRule::written).containsExactly("mcp__ops__list_clusters", "Bash(aws:*)", "Bash", "write_file(.gemini/settings.json)");
    }

    /**
     * Gemini CLI's policy engine allows without the dialog what tools.core lists, every tool of a
     * server mcp.allowed names (of every server, wherever defined, under autoAllowInHeadless), and, under auto_edit,
     * the file writers, which reach the agent's own .gemini/settings.json; a remote server may be
     * given by httpUrl (Gemini) or serverUrl (Windsurf).
     */
    @Test
    void geminiCoreToolsAllowedServersAndAutoEditRunWithoutAsking() throws Exception {
        RuntimeConfiguration gemini = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", """
                {"general": {"defaultApprovalMode": "auto_edit"},
                 "tools": {"core": ["run_shell_command(terraform)", "read_file"]},
                 "mcp": {"allowed": ["aws"], "autoAllowInHeadless": true},
                 "mcpServers": {"aws": {"httpUrl": "https://aws.example/mcp"}, "docs": {"command": "uvx"}}}
                """).get(0);
        assertThat(gemini.rules()).extracting(RuntimeRule::written, RuntimeRule::position).containsExactly(
                tuple("Bash(terraform:*)", at(2, 21)), tuple("read_file", at(2, 53)), tuple("mcp__aws", at(3, 22)),
                tuple("mcp__*", at(3, 53)),
                tuple("write_file(.gemini/settings.json)", at(1, 37)), tuple("replace(.gemini/settings.json)", at(1, 37)));
        assertThat(gemini.servers()).extracting(McpServer::transport).containsExactly("https://aws.example/mcp", "uvx");
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", "{\"coreTools\": [\"run_shell_command\"], \"allowMCPServers\": [\"aws\"]}")
                .get(0).rules()).extracting(RuntimeRule::written).containsExactly("Bash", "mcp__aws");
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, "mcp_config.json", "{\"mcpServers\": {\"aws\": {\"serverUrl\": \"https://x.example/mcp\"}}}")
                .get(0).servers()).extracting(McpServer::transport).containsExactly("https://x.example/mcp");
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", "{\"general\": {\"defaultApprovalMode\": \"default\"}}")
                .get(0).rules()).isEmpty();
        // Red team: one tool by Gemini's own name, mcp_SERVER_TOOL, is that server's tool; a file writer allowed reaches the settings too.
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json",
                "{\"tools\": {\"allowed\": [\"mcp_github_delete_repository\", \"mcp_*_delete_file\", \"write_file\"]}}").get(0).rules())
                .extracting(RuntimeRule::written).containsExactly("mcp__github__delete_repository", "mcp__*__delete_file",
                        "write_file(.gemini/settings.json)");
    }

    /**
     * Gemini CLI refuses what tools.exclude and mcp.excluded name, and asks about what
     * tools.confirmationRequired names, whatever its settings allow: their rules outrank the allows.
     */
    @Test
    void geminiExcludedAndConfirmedToolsOutrankTheAllowedOnes() throws Exception {
        RuntimeConfiguration gemini = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", """
                {"tools": {"core": ["run_shell_command", "write_file", "web_fetch"], "allowed": ["run_shell_command(git)"],
                           "exclude": ["write_file"], "confirmationRequired": ["run_shell_command"]},
                 "mcp": {"allowed": ["aws", "docs"], "excluded": ["aws"]},
                 "mcpServers": {"aws": {"command": "uvx"}, "docs": {"command": "uvx", "trust": true}}}
                """).get(0);
        assertThat(gemini.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(
                tuple("mcp__docs", Decision.ALLOW), tuple("write_file(.gemini/settings.json)", Decision.ALLOW), tuple("web_fetch", Decision.ALLOW),
                tuple("write_file", Decision.DENY), tuple("mcp__aws", Decision.ALLOW), tuple("mcp__docs", Decision.ALLOW),
                tuple("mcp__aws", Decision.DENY), tuple("Bash", Decision.ASK));
        assertThat(AgentTools.of("ops", gemini)).extracting(t -> t.tool() + " " + t.setting()).containsExactly(
                "mcp__docs allow", "web_fetch allow", "write_file deny", "mcp__docs allow", "mcp__aws deny", "Bash ask", "* mode:ask");
    }

    /**
     * A Gemini CLI policy file's allow rules, for the modes a session runs in unasked: shell command
     * prefixes, a command expression by its first word (one that begins ^ matches nothing in Gemini),
     * an args pattern as the whole shell, a server's tools by mcpName or Gemini's mcp_SERVER_* name.
     * Deny and ask_user rules, and rules only for yolo or plan, are not read.
     */
    @Test
    void geminiPolicyFilesAllowWhatTheirAllowRulesName() throws Exception {
        RuntimeConfiguration policy = Fixtures.readText(RuntimeKind.MCP_CLIENT, "policies/ops.toml", """
                [[rule]]
                toolName = "run_shell_command"
                commandPrefix = ["aws", "git status"]
                decision = "allow"
                priority = 100
                [[rule]]
                toolName = "run_shell_command"
                commandRegex = "kubectl (get|describe) .*"
                decision = "allow"
                priority = 100
                [[rule]]
                toolName = "run_shell_command"
                commandRegex = "^terraform"
                decision = "allow"
                priority = 100
                [[rule]]
                toolName = ["write_file", "mcp_docs_*"]
                decision = "allow"
                priority = 100
                modes = ["autoEdit"]
                [[rule]]
                mcpName = "aws"
                toolName = "*"
                decision = "allow"
                priority = 200
                [[rule]]
                toolName = "run_shell_command"
                argsPattern = "rm"
                decision = "allow"
                priority = 1
                modes = ["yolo"]
                [[rule]]
                toolName = "run_shell_command"
                commandPrefix = "rm"
                decision = "deny"
                priority = 900
                """).get(0);
        assertThat(policy.rules()).extracting(RuntimeRule::written, RuntimeRule::position).containsExactly(
                tuple("Bash(aws:*)", at(3, 18)), tuple("Bash(git status:*)", at(3, 25)), tuple("Bash(kubectl:*)", at(8, 16)),
                tuple("write_file(.gemini/settings.json)", at(17, 13)), tuple("mcp__docs", at(17, 27)), tuple("mcp__aws", at(23, 12)));
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.toml", "[[rule]]\ntoolName = \"run_shell_command\"\npriority = 1\n"))
                .containsExactly("ops.toml:1:1: a policy rule needs a toolName, a decision (allow, deny or ask_user) and a priority");
        // Gemini refuses a file whose rule has no priority: its allow does not apply, and is not read as one.
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.toml", "[[rule]]\ntoolName = \"*\"\ndecision = \"allow\"\n"))
                .containsExactly("ops.toml:1:1: a policy rule needs a toolName, a decision (allow, deny or ask_user) and a priority");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.toml", "[[rule]]\ntoolName = \"*\"\ndecision = \"always\"\npriority = 1\n"))
                .containsExactly("ops.toml:3:12: 'decision' must be one of allow, deny, ask_user");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.toml", "[[rule]]\ntoolName = \"*\"\ndecision = \"allow\"\npriority = 1\nmodes = [\"auto\"]\n"))
                .containsExactly("ops.toml:5:10: a policy rule's modes are among default, autoEdit, plan, yolo");
        // A policy file with no rules, or an empty file beside the settings, allows nothing and is no error.
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, "policies/none.toml", "# nothing yet\n").get(0).rules()).isEmpty();
        assertThat(new RuntimeReaders(InputLimits.DEFAULT).readMcpClientBeside(".gemini/policies/empty.toml", "")).isEmpty();
    }

    /** A Kiro agent written in Markdown holds in its front matter what a JSON agent file holds. */
    @Test
    void aKiroMarkdownAgentIsReadFromItsFrontMatter() throws Exception {
        RuntimeConfiguration agent = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.md", """
                ---
                description: Operations agent
                tools: [read, write, shell]
                permissions:
                  - capability: shell
                    effect: allow
                    match: ["aws *", "terraform *"]
                ---
                You operate the AWS accounts.
                """).get(0);
        assertThat(agent.rules()).extracting(RuntimeRule::written, RuntimeRule::position).containsExactly(
                tuple("Bash(aws:*)", at(7, 13)), tuple("Bash(terraform:*)", at(7, 22)));
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.md", "You operate the AWS accounts.\n"))
                .containsExactly("ops.md:1:1: a Kiro agent in Markdown begins with its settings as YAML front matter between two '---' lines");
    }

    /**
     * Cursor's permissions.json (mcpAllowlist, terminalAllowlist) and the CLI's cli.json
     * (permissions.allow and deny of Shell, Mcp, Read, Write, WebFetch), each read beside an
     * mcp.json or named alone; a command with a wildcard is allowed by its fixed start.
     */
    @Test
    void cursorPermissionsSayWhatRunsUnasked() throws Exception {
        RuntimeReaders readers = new RuntimeReaders(InputLimits.DEFAULT);
        assertThat(readers.readMcpClientBeside(".cursor/permissions.json", """
                {
                  // JSON with comments
                  "mcpAllowlist": ["aws:*", "github:get_issue", "*:*"],
                  "terminalAllowlist": ["npm test", "git*", "*"]
                }
                """)).extracting(RuntimeRule::written, RuntimeRule::decision, RuntimeRule::file).containsExactly(
                tuple("mcp__aws", Decision.ALLOW, ".cursor/permissions.json"), tuple("mcp__github__get_issue", Decision.ALLOW, ".cursor/permissions.json"),
                tuple("mcp__*", Decision.ALLOW, ".cursor/permissions.json"), tuple("Bash(npm test:*)", Decision.ALLOW, ".cursor/permissions.json"),
                tuple("Bash", Decision.ALLOW, ".cursor/permissions.json"), tuple("Bash", Decision.ALLOW, ".cursor/permissions.json"));
        RuntimeConfiguration cli = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".cursor/cli.json", """
                {"permissions": {"allow": ["Shell(aws)", "Shell(curl:*)", "Shell(git:status)", "Mcp(aws, *)", "Mcp(gh:get_issue)", "Write(src/**)", "Read(**)"],
                                 "deny": ["Shell(rm)", "Shell(terraform*)"]}}
                """).get(0);
        assertThat(cli.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(
                tuple("Bash(aws:*)", Decision.ALLOW), tuple("Bash(curl:*)", Decision.ALLOW), tuple("Bash(git status:*)", Decision.ALLOW),
                tuple("mcp__aws", Decision.ALLOW), tuple("mcp__gh__get_issue", Decision.ALLOW), tuple("Write(src/**)", Decision.ALLOW),
                tuple("Read", Decision.ALLOW),
                tuple("Bash(rm:*)", Decision.DENY));
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "cli.json", "{\"permissions\": {\"allow\": [\"Run(x)\"]}}"))
                .containsExactly("cli.json:1:28: a permission must be Shell(...), Mcp(...), Read(...), Write(...) or WebFetch(...)");
        // A settings.json beside VS Code's mcp.json that says nothing of approvals is read as saying nothing.
        assertThat(readers.readMcpClientBeside(".vscode/settings.json", "{\"editor.formatOnSave\": true}")).isEmpty();
        assertThat(readers.readMcpClientBeside(".kiro/settings/permissions.yaml", "rules:\n  - capability: shell\n    effect: allow\n    match: [\"aws *\"]\n"))
                .containsExactly(new RuntimeRule("Bash", "aws:*", Decision.ALLOW, at(4, 13), ".kiro/settings/permissions.yaml"));
    }

    /**
     * What the re-check found: Gemini matches tools.exclude to tool names as written (an entry with
     * arguments refuses nothing); a command expression with an alternation outside a group matches
     * anywhere; a refusal of every tool or of every server's tools covers each allow beneath it; a
     * file of comments beside the configuration allows nothing.
     */
    @Test
    void refusalsCoverWhatTheRuntimeRefusesAndNoMore() throws Exception {
        RuntimeConfiguration gemini = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".gemini/settings.json",
                "{\"tools\": {\"allowed\": [\"run_shell_command(aws)\"], \"exclude\": [\"run_shell_command(aws)\"]}}").get(0);
        assertThat(gemini.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(tuple("Bash(aws:*)", Decision.ALLOW));
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, "p.toml", """
                [[rule]]
                toolName = "run_shell_command"
                commandRegex = "git |aws"
                decision = "allow"
                priority = 1
                """).get(0).rules()).extracting(RuntimeRule::written).containsExactly("Bash");
        RuntimeConfiguration cursor = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".cursor/cli.json",
                "{\"permissions\": {\"allow\": [\"Mcp(aws, *)\"], \"deny\": [\"Mcp(*, *)\"]}}").get(0);
        assertThat(AgentTools.of("ops", cursor)).extracting(t -> t.tool() + " " + t.setting()).doesNotContain("mcp__aws allow");
        RuntimeConfiguration kiro = Fixtures.readText(RuntimeKind.MCP_CLIENT, "permissions.yaml",
                "rules:\n  - {capability: shell, effect: allow}\n  - {capability: all, effect: deny}\n").get(0);
        assertThat(AgentTools.of("ops", kiro)).extracting(t -> t.tool() + " " + t.setting()).doesNotContain("Bash allow");
        RuntimeReaders readers = new RuntimeReaders(InputLimits.DEFAULT);
        assertThat(readers.readMcpClientBeside(".vscode/settings.json", "// nothing yet\n")).isEmpty();
        assertThat(readers.readMcpClientBeside(".kiro/settings/permissions.yaml", "# nothing yet\n")).isEmpty();
        assertThat(readers.readMcpClientBeside(".kiro/settings/permissions.yaml", "version: 1\n")).isEmpty();
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "permissions.yaml", "rules:\n  - <<: {capability: shell, effect: allow}\n"))
                .containsExactly("permissions.yaml:2:5: merge keys ('<<') are not read in Kiro permissions (permissions.yaml); write the keys out");
    }

    /**
     * A Kiro agent's permissions (Kiro CLI 3): capability rules, an allow read as broad as its fixed
     * start, an ask or deny only where it is exactly a prefix and excludes nothing.
     */
    @Test
    void kiroPermissionRulesAreRead() throws Exception {
        RuntimeConfiguration kiro = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json", """
                {"name": "ops", "mcpServers": {"aws": {"command": "uvx"}},
                 "permissions": [
                  {"capability": "shell", "effect": "allow", "match": ["aws *", "git status", "kubectl * get"]},
                  {"capability": "shell", "effect": "deny", "match": ["terraform destroy *", "rm * -rf"]},
                  {"capability": "shell", "effect": "ask", "match": ["helm *"], "exclude": ["helm list *"]},
                  {"capability": "mcp", "effect": "allow"},
                  {"capability": "fs_write", "effect": "allow", "match": ["src/**"]},
                  {"capability": "all", "effect": "allow"}]}
                """).get(0);
        assertThat(kiro.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(
                tuple("Bash(aws:*)", Decision.ALLOW), tuple("Bash(git status)", Decision.ALLOW), tuple("Bash(kubectl:*)", Decision.ALLOW),
                tuple("Bash(terraform destroy:*)", Decision.DENY), tuple("mcp__aws", Decision.ALLOW), tuple("fs_write(src/**)", Decision.ALLOW),
                tuple("*", Decision.ALLOW));
        // The strictest effect wins: an allow an ask covers whole asks, in any order (red team: allow all beside ask all was every tool).
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json", """
                {"permissions": [{"capability": "all", "effect": "allow"}, {"capability": "all", "effect": "ask"},
                                 {"capability": "shell", "effect": "allow", "match": ["kubectl *"]}, {"capability": "shell", "effect": "ask", "match": ["kubectl *"]},
                                 {"capability": "shell", "effect": "allow", "match": ["git status"]}]}
                """).get(0).rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(tuple("*", Decision.ASK),
                tuple("Bash(kubectl:*)", Decision.ASK));
        // An agent that takes the servers of mcp.json allows, without a match, every server wherever defined.
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json", """
                {"tools": ["read", "@mcp"], "includeMcpJson": true, "permissions": [{"capability": "mcp", "effect": "allow"}]}
                """).get(0).rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(tuple("mcp__*", Decision.ALLOW));
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.json", "{\"permissions\": [{\"capability\": \"shell\", \"effect\": \"maybe\"}]}"))
                .containsExactly("ops.json:1:52: 'effect' must be one of allow, ask, deny");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.json", "{\"permissions\": [{\"effect\": \"allow\"}]}"))
                .containsExactly("ops.json:1:18: a permission rule needs a capability and an effect (allow, ask or deny)");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.json", "{\"permissions\": [{\"capability\": null, \"effect\": \"deny\"}]}"))
                .containsExactly("ops.json:1:18: a permission rule needs a capability and an effect (allow, ask or deny)");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.json", "{\"permissions\": [{\"capability\": \" \", \"effect\": \"allow\"}]}"))
                .containsExactly("ops.json:1:18: a permission rule needs a capability and an effect (allow, ask or deny)");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "ops.json", "{\"permissions\": [{\"capability\": \"all\", \"effect\": \"\"}]}"))
                .containsExactly("ops.json:1:18: a permission rule needs a capability and an effect (allow, ask or deny)");
    }

    /**
     * VS Code's settings.json says what the agent runs without approval: every tool, a permission
     * level beyond default, terminal commands (plain words a prefix, a regular expression its fixed
     * start, a refusal only when plain; one matched against the whole command line approves
     * 'ls && terraform destroy' as it approves 'ls', so it is the whole shell, and its refusal misses
     * the commands chained after another); its older mcp.servers are servers.
     */
    @Test
    void vsCodeSettingsApprovalsAreRead() throws Exception {
        RuntimeConfiguration vscode = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".vscode/settings.json", """
                {
                  // JSON with comments, as VS Code writes it
                  "chat.tools.global.autoApprove": false,
                  "chat.permissions.default": "autopilot",
                  "chat.tools.terminal.autoApprove": {"npm test": true, "/^git (status|log)/": true, "rm": false, "/^kubectl .* delete/": false, "/^aws.*/": true,
                                                      "/^ls /": {"approve": true, "matchCommandLine": true}, "/pwd( |$)/": true,
                                                      "curl": {"approve": false, "matchCommandLine": true}},
                  "mcp": {"servers": {"aws": {"command": "uvx"}}},
                }
                """).get(0);
        assertThat(vscode.rules()).extracting(RuntimeRule::written, RuntimeRule::decision).containsExactly(
                tuple("*", Decision.ALLOW), tuple("Bash(npm test:*)", Decision.ALLOW), tuple("Bash(git:*)", Decision.ALLOW),
                tuple("Bash(rm:*)", Decision.DENY), tuple("Bash(aws:*)", Decision.ALLOW), tuple("Bash", Decision.ALLOW),
                // Unanchored, an expression matches anywhere in the command line: every command (red team).
                tuple("Bash", Decision.ALLOW));
        assertThat(vscode.servers()).extracting(McpServer::name).containsExactly("aws");
    }

    /** With the terminal's approvals switched off in the user's settings, every command asks; a workspace cannot switch them off for the user. */
    @Test
    void vsCodeTerminalApprovalsSwitchedOffApproveNothing() throws Exception {
        String settings = """
                {"chat.tools.terminal.enableAutoApprove": false, "chat.tools.terminal.autoApprove": {"terraform": true}}
                """;
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, "Code/User/settings.json", settings).get(0).rules()).isEmpty();
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".vscode/settings.json", settings).get(0).rules())
                .extracting(RuntimeRule::written).containsExactly("Bash(terraform:*)");
    }

    /** Cline's CLI writes a server's command or address in a 'transport' of its own; its approvals stay beside it. */
    @Test
    void clinesNestedTransportIsRead() throws Exception {
        RuntimeConfiguration read = Fixtures.readText(RuntimeKind.MCP_CLIENT, "cline_mcp_settings.json", "{\"mcpServers\": {\"github\": {"
                + "\"transport\": {\"type\": \"stdio\", \"command\": \"npx\", \"args\": [\"-y\", \"@modelcontextprotocol/server-github\"],"
                + " \"env\": {\"GITHUB_TOKEN\": \"${GITHUB_TOKEN}\"}}, \"autoApprove\": [\"delete_repository\"]}}}").get(0);
        assertThat(read.servers()).singleElement().satisfies(server -> {
            assertThat(server.transport()).isEqualTo("npx -y @modelcontextprotocol/server-github");
            assertThat(server.credentials()).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo(CredentialSource.ENVIRONMENT));
        });
        assertThat(read.rules()).extracting(RuntimeRule::written).containsExactly("mcp__github__delete_repository");
    }

    /** A Kiro agent's allowed tool written as a pattern of a server named whole matches tools whatever their names say: the whole server. */
    @Test
    void aKiroAllowedToolWrittenAsAPatternIsTheWholeServer() throws Exception {
        RuntimeConfiguration read = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".kiro/agents/ops.json",
                "{\"name\": \"ops\", \"includeMcpJson\": true, \"allowedTools\": [\"@platform/*get*\", \"@platform/list_stacks\", \"@git*/delete_*\"]}").get(0);
        assertThat(read.rules()).extracting(RuntimeRule::written).containsExactly("mcp__platform", "mcp__platform__list_stacks", "mcp__git*__delete_*");
    }

    /** A temporary AWS session written in a server's variables is someone's session, most often the operator's: not an identity of the agent's. */
    @Test
    void aTemporaryAwsSessionWrittenInTheFileIsTheOperatorsCredential() throws Exception {
        RuntimeConfiguration read = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".cursor/mcp.json", "{\"mcpServers\": {\"aws\": {\"command\": \"uvx\","
                + " \"env\": {\"AWS_ACCESS_KEY_ID\": \"ASIAIOSFODNN7EXAMPLE\"}}}}").get(0);
        assertThat(read.servers()).singleElement().satisfies(server -> assertThat(server.credentials()).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(CredentialSource.OPERATOR_PROFILE)));
    }

    /** Windsurf reads ${file:PATH} from a file of the operator's when it starts the server: the operator's credential, not one written. */
    @Test
    void aValueWindsurfReadsFromAFileIsTheOperatorsCredential() throws Exception {
        RuntimeConfiguration read = Fixtures.readText(RuntimeKind.MCP_CLIENT, "home/dana/.codeium/windsurf/mcp_config.json",
                "{\"mcpServers\": {\"github\": {\"serverUrl\": \"https://api.githubcopilot.com/mcp/\","
                + " \"headers\": {\"Authorization\": \"Bearer ${file:/home/dana/.config/gh/token}\"}}}}").get(0);
        assertThat(read.servers()).singleElement().satisfies(server -> assertThat(server.credentials()).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(CredentialSource.OPERATOR_PROFILE)));
    }

    /** Claude Code keeps servers added in local scope under each project of ~/.claude.json, where 'claude mcp add' writes by default. */
    @Test
    void everyProjectsServersOfTheUsersClaudeJsonAreRead() throws Exception {
        String json = "{\"mcpServers\": {},\n \"projects\": {\"/home/dana/platform\": {\"allowedTools\": [],\n"
                + "  \"mcpServers\": {\"aws-prod\": {\"command\": \"uvx\", \"env\": {\"AWS_PROFILE\": \"northwind-prod-admin\"}}}}}}";
        RuntimeConfiguration read = Fixtures.readText(RuntimeKind.MCP_CLIENT, "home/dana/.claude.json", json).get(0);
        assertThat(read.servers()).singleElement().satisfies(server -> {
            assertThat(server.name()).isEqualTo("aws-prod");
            assertThat(server.position()).isEqualTo(at(3, 18));
            assertThat(server.credentials()).hasSize(1);
        });
        // Without a top-level list, the projects' servers are the file's.
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, "home/dana/.claude.json", json.replace("{\"mcpServers\": {},\n ", "{"))
                .get(0).servers()).extracting(McpServer::name).containsExactly("aws-prod");
    }

    /**
     * Kiro, Cline, Roo Code and Windsurf switch a server off with 'disabled'; Claude Code, Cursor, VS
     * Code and Gemini CLI document no such key, so in their files the server counts.
     */
    @Test
    void disabledSwitchesAServerOffOnlyForTheClientsThatReadIt() throws Exception {
        String servers = "{\"mcpServers\": {\"aws\": {\"command\": \"uvx\", \"disabled\": true}}}";
        for (String file : List.of(".kiro/settings/mcp.json", "globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json", ".roo/mcp.json",
                "home/dana/.codeium/windsurf/mcp_config.json")) {
            assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, file, servers).get(0).servers()).as(file)
                    .singleElement().satisfies(server -> assertThat(server.isEnabled()).isFalse());
        }
        for (String file : List.of(".cursor/mcp.json", "home/dana/.cursor/mcp.json", ".vscode/mcp.json", "Code/User/mcp.json", ".mcp.json",
                "home/dana/.claude.json", ".gemini/settings.json")) {
            assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, file, servers).get(0).servers()).as(file)
                    .singleElement().satisfies(server -> assertThat(server.isEnabled()).isTrue());
        }
    }

    /** VS Code splits a settings key at the top of the file only: nested objects, or a dotted key holding them, are the same settings. */
    @Test
    void vsCodeSettingsWrittenNestedAreRead() throws Exception {
        // The user's settings: a workspace's .vscode/settings.json cannot hold global auto-approve (below).
        RuntimeConfiguration nested = Fixtures.readText(RuntimeKind.MCP_CLIENT, "Code/User/settings.json", """
                {"chat": {"tools": {"global": {"autoApprove": true}, "terminal": {"autoApprove": {"kubectl": true}}}},
                 "chat.tools": {"autoApprove": false},
                 "mcp.servers": {"aws": {"command": "uvx"}},
                 "chat.tools.terminal": {"autoApprove": {"helm": true}}}
                """).get(0);
        assertThat(nested.rules()).extracting(RuntimeRule::written, RuntimeRule::decision, r -> r.position().line(), r -> r.position().column())
                .containsExactly(tuple("*", Decision.ALLOW, 1, 47), tuple("Bash(helm:*)", Decision.ALLOW, 4, 42),
                        tuple("Bash(kubectl:*)", Decision.ALLOW, 1, 83));
        assertThat(nested.servers()).extracting(McpServer::name).containsExactly("aws");
        // VS Code registers global auto-approve for the application and machine, and drops it from a workspace's settings.
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".vscode/settings.json", """
                {"chat.tools.global.autoApprove": true, "chat.agent.terminal.autoApprove": {"kubectl": true}}
                """).get(0).rules()).extracting(RuntimeRule::written).containsExactly("Bash(kubectl:*)");
        // Below a nested object VS Code does not split keys: this one names no setting, and the file none at all.
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "settings.json", "{\"chat\": {\"tools.global.autoApprove\": true}}"))
                .hasSize(1);
    }

    @Test
    void vsCodeServersWithCommentsAndTrailingCommasKeepTheirPositions() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.MCP_CLIENT, "vscode-mcp.json")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.MCP_CLIENT, "runtime/vscode-mcp.json", null, at(2, 1), List.of(), null, null, null, List.of(),
                List.of(new McpServer("github", at(8, 5), null, "https://api.githubcopilot.com/mcp/", List.of(),
                        List.of(new Credential("Authorization", CredentialSource.PROMPTED, "pat", at(11, 20))))),
                List.of(), List.of(), null, List.of()));
    }

    /**
     * Claude Code, VS Code and Cursor expand ${VAR} in a server's args and url as in its env: a
     * credential there is handed over as one in env is, cited at the argument or the URL; flags and
     * names that hold none add nothing.
     */
    @Test
    void credentialsOnTheCommandLineOrInTheUrlAreReadAtTheirPlace() throws Exception {
        RuntimeConfiguration mcp = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "github": {"command": "npx", "args": ["-y", "github-mcp-server", "--token", "${GITHUB_TOKEN}", "--read-only"]},
                  "gitlab": {"command": "npx", "args": ["gitlab-mcp", "--api-key=glpat-ZZZZFixtureNotReal0000", "--verbose", "--password", "hunter2"]},
                  "remote": {"command": "npx", "args": ["mcp-remote", "https://mcp.example.com", "--header", "Authorization: Bearer ${API_TOKEN}"]},
                  "gh": {"type": "http", "url": "https://api.githubcopilot.com/mcp/?token=ghp_ZZZZZZZZZZZZFixture0000NotARealToken00"},
                  "docs": {"command": "docs-mcp", "args": ["--dir", "${HOME}/docs", "-e", "GITHUB_TOKEN"]}
                }}
                """).get(0);
        assertThat(mcp.servers().stream().flatMap(s -> s.credentials().stream()).toList()).containsExactly(
                new Credential("--token", CredentialSource.ENVIRONMENT, "GITHUB_TOKEN", at(2, 79)),
                new Credential("--api-key", CredentialSource.PERSONAL_TOKEN, null, at(3, 55)),
                new Credential("--password", CredentialSource.WRITTEN, null, at(3, 124)),
                new Credential("--header", CredentialSource.ENVIRONMENT, "API_TOKEN", at(4, 94)),
                new Credential("url", CredentialSource.PERSONAL_TOKEN, null, at(5, 33)));
        // Codex passes arguments as written: a reference there is text, while a written token is still handed over.
        RuntimeConfiguration codex = Fixtures.readText(RuntimeKind.CODEX, "config.toml", """
                [mcp_servers.github]
                command = "npx"
                args = ["github-mcp-server", "--token", "${GITHUB_TOKEN}", "--pat", "ghp_ZZZZZZZZZZZZFixture0000NotARealToken00"]
                """).get(0);
        assertThat(codex.servers().get(0).credentials()).containsExactly(new Credential("--pat", CredentialSource.PERSONAL_TOKEN, null, at(3, 69)));
    }

    /**
     * A flag naming the operator's credentials file is read as the variable naming it
     * ({@code --kubeconfig} as KUBECONFIG), a flag or variable naming a secret's file is one, and a
     * database's address taken from the environment is a credential; a written address with no
     * password and a public key's path are not.
     */
    @Test
    void credentialFilesAndDatabaseAddressesAreCredentials() throws Exception {
        RuntimeConfiguration mcp = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "k8s": {"command": "npx", "args": ["kubernetes-mcp-server", "--kubeconfig", "/etc/example/admin.kubeconfig"]},
                  "aws": {"command": "aws-mcp", "args": ["--aws-profile=prod-admin", "--token-file", "/run/secrets/api"]},
                  "pg": {"command": "postgres-mcp", "args": ["${PROD_DATABASE_URL}"], "env": {"DATABASE_URI": "${PROD_DATABASE_URI}"}},
                  "scratch": {"command": "postgres-mcp", "env": {"DATABASE_URL": "postgres://localhost:5432/scratch"}},
                  "signer": {"command": "signer-mcp", "args": ["--public-key-path", "/etc/example/release.pub"]},
                  "windows": {"command": "cmd", "args": ["/c", "npx -y kubernetes-mcp-server --kubeconfig C:/ops/admin.kubeconfig"]}
                }}
                """).get(0);
        assertThat(mcp.servers().stream().flatMap(s -> s.credentials().stream()).toList()).containsExactly(
                new Credential("--kubeconfig", CredentialSource.OPERATOR_PROFILE, "/etc/example/admin.kubeconfig", at(2, 79)),
                new Credential("--aws-profile", CredentialSource.OPERATOR_PROFILE, "prod-admin", at(3, 42)),
                new Credential("--token-file", CredentialSource.OPERATOR_PROFILE, "/run/secrets/api", at(3, 86)),
                new Credential("DATABASE_URI", CredentialSource.ENVIRONMENT, "PROD_DATABASE_URI", at(4, 79)),
                new Credential("args", CredentialSource.ENVIRONMENT, "PROD_DATABASE_URL", at(4, 46)),
                // Windows' cmd /c takes the command line as one string, as a shell's -c does.
                new Credential("--kubeconfig", CredentialSource.OPERATOR_PROFILE, "C:/ops/admin.kubeconfig", at(7, 48)));
        // From the second red team: other spellings of a kubeconfig, an AWS profile and a password; keys and tokens of other kinds are none.
        RuntimeConfiguration more = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "k8s": {"command": "k8s-mcp", "env": {"KUBECONFIG_PATH": "/etc/admin.conf", "K8S_CONTEXT": "prod"}},
                  "aws": {"command": "aws-mcp", "env": {"AWS_API_MCP_PROFILE_NAME": "admin", "MYSQL_PWD": "x", "TF_TOKEN_app_terraform_io": "y"}},
                  "mem": {"command": "mem-mcp", "env": {"JSON_KEY_PATH": "data.items", "CACHE_KEY_PATH": "./.cache", "PUBKEY_PATH": "./id.pub", "PAGE_TOKEN": "abc"}},
                  "null": {"command": "x-mcp", "args": ["--password-file", "/dev/null", "--private-key-path", "./jwt.pub.pem"]}
                }}
                """).get(0);
        assertThat(more.servers()).extracting(McpServer::name, s -> s.credentials().stream().map(Credential::name).toList()).containsExactly(
                tuple("k8s", List.of("KUBECONFIG_PATH", "K8S_CONTEXT")),
                tuple("aws", List.of("AWS_API_MCP_PROFILE_NAME", "MYSQL_PWD", "TF_TOKEN_app_terraform_io")),
                tuple("mem", List.of()),
                tuple("null", List.of()));
    }

    /**
     * What a launcher hands the server it starts: variables set before the command, by env or in a
     * shell's script, or passed to a container; a file of variables; a credential folder mounted
     * into a container; aws-vault's profile; secrets 1Password or sops inject; an AWS server's
     * --profile and a Kubernetes server's --context. A container given a variable no credential's
     * name names, or a folder of the project, is handed none.
     */
    @Test
    void credentialsALauncherHandsTheServerAreRead() throws Exception {
        RuntimeConfiguration mcp = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "a": {"command": "docker", "args": ["run", "-i", "-e", "KUBECONFIG=/k/admin.conf", "-e", "GITHUB_TOKEN", "-e", "LOG_LEVEL", "img"]},
                  "b": {"command": "docker", "args": ["run", "-v", "/home/dana/.kube:/root/.kube:ro", "-v", "./data:/data", "--env-file", "prod.env", "img"]},
                  "c": {"command": "bash", "args": ["-c", "KUBECONFIG=/k/admin.conf npx -y kubernetes-mcp-server --context prod"]},
                  "d": {"command": "aws-vault", "args": ["exec", "prod-admin", "--", "uvx", "awslabs.aws-api-mcp-server"]},
                  "e": {"command": "op", "args": ["run", "--", "npx", "pg-mcp"]},
                  "f": {"command": "uvx", "args": ["awslabs.postgres-mcp-server", "--profile", "prod-admin"]},
                  "g": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/dana/project"]},
                  "h": {"command": "uvx", "args": ["awslabs.aws-api-mcp-server", "--profile", "--read-only"]}
                }}
                """).get(0);
        assertThat(mcp.servers()).extracting(McpServer::name, s -> s.credentials().stream().map(c -> c.name() + " " + c.source()).toList())
                .containsExactly(
                        tuple("a", List.of("KUBECONFIG OPERATOR_PROFILE", "GITHUB_TOKEN ENVIRONMENT")),
                        tuple("b", List.of("-v OPERATOR_PROFILE", "--env-file OPERATOR_PROFILE")),
                        tuple("c", List.of("KUBECONFIG OPERATOR_PROFILE", "--context OPERATOR_PROFILE")),
                        tuple("d", List.of("aws-vault exec OPERATOR_PROFILE")),
                        tuple("e", List.of("op run SECRET_STORE")),
                        tuple("f", List.of("--profile OPERATOR_PROFILE")),
                        tuple("g", List.of()),
                        // A flag after --profile is no profile's name (it stopped the reading with an internal error).
                        tuple("h", List.of()));
    }

    /** VS Code reads 'servers' and the other clients 'mcpServers': a file with both has the servers of both read, none dropped. */
    @Test
    void aFileWithBothServerListsHasBothRead() throws Exception {
        RuntimeConfiguration mcp = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".vscode/mcp.json", """
                {
                  // left over from a Claude Code configuration
                  "mcpServers": {"github": {"command": "npx", "args": ["-y", "github-mcp-server"]}},
                  "servers": {"aws": {"type": "stdio", "command": "uvx", "env": {"AWS_PROFILE": "prod-admin"}}}
                }
                """).get(0);
        assertThat(mcp.servers().stream().map(McpServer::name)).containsExactly("github", "aws");
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".vscode/mcp.json", """
                {"mcpServers": {}, "servers": {"aws": {"command": "uvx"}}}
                """).get(0).servers().stream().map(McpServer::name)).containsExactly("aws");
    }

    /**
     * The switches known servers enforce themselves are read where they are written, as each
     * server's own parser reads them: Kubernetes' --read-only and --disable-destructive, GitHub's
     * --read-only, GITHUB_READ_ONLY=1 (given to a container or in env), the remote server's /readonly
     * address and X-MCP-Readonly header, the AWS API server's READ_OPERATIONS_ONLY, postgres-mcp's
     * --access-mode restricted, MongoDB's --readOnly (not followed by false) and MDB_MCP_READ_ONLY,
     * Supabase's --read-only. A switch set false, a reference, or the same flag on
     * another server limits nothing, and so does docker's own --read-only (the container's disk) or
     * an address that only names GitHub's in its path or query.
     */
    @Test
    void knownServersStartedWithSwitchesThatKeepToolsBackAreLimited() throws Exception {
        List<McpServer> servers = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "k8s": {"command": "npx", "args": ["-y", "kubernetes-mcp-server", "--read-only"]},
                  "k8s-safe": {"command": "npx", "args": ["kubernetes-mcp-server@latest", "--disable-destructive"]},
                  "k8s-open": {"command": "npx", "args": ["kubernetes-mcp-server", "--read-only=false"]},
                  "gh": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_READ_ONLY=1", "ghcr.io/github/github-mcp-server"]},
                  "gh-env": {"command": "github-mcp-server", "args": ["stdio"], "env": {"GITHUB_READ_ONLY": "true"}},
                  "gh-ref": {"command": "github-mcp-server", "args": ["stdio"], "env": {"GITHUB_READ_ONLY": "${READ_ONLY}"}},
                  "gh-remote": {"url": "https://api.githubcopilot.com/mcp/readonly"},
                  "gh-header": {"url": "https://api.githubcopilot.com/mcp/", "headers": {"X-MCP-Readonly": "true"}},
                  "aws": {"command": "uvx", "args": ["awslabs.aws-api-mcp-server@latest"], "env": {"READ_OPERATIONS_ONLY": "true"}},
                  "other": {"command": "npx", "args": ["mcp-shell", "--read-only"], "env": {"READ_OPERATIONS_ONLY": "true"}},
                  "docker-disk": {"command": "docker", "args": ["run", "--read-only", "ghcr.io/github/github-mcp-server", "GITHUB_READ_ONLY=1"]},
                  "elsewhere": {"url": "https://example.com/api.githubcopilot.com/mcp/readonly?x=readonly"},
                  "gh-query": {"url": "https://api.githubcopilot.com/mcp?readonly"},
                  "pg": {"command": "uvx", "args": ["postgres-mcp", "--access-mode", "restricted"]},
                  "pg-open": {"command": "uvx", "args": ["postgres-mcp", "--access-mode=unrestricted"]},
                  "mongo": {"command": "npx", "args": ["-y", "mongodb-mcp-server@latest", "--readOnly"]},
                  "mongo-off": {"command": "npx", "args": ["-y", "mongodb-mcp-server", "--readOnly", "false"]},
                  "mongo-env": {"command": "npx", "args": ["-y", "mongodb-mcp-server"], "env": {"MDB_MCP_READ_ONLY": "true"}},
                  "supabase": {"command": "npx", "args": ["-y", "@supabase/mcp-server-supabase@latest", "--read-only"]}
                }}
                """).get(0).servers();
        assertThat(servers).extracting(McpServer::name, McpServer::limit).containsExactly(
                tuple("k8s", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(2, 69))),
                tuple("k8s-safe", new Located<>(ServerLimit.NON_DESTRUCTIVE, at(3, 75))),
                tuple("k8s-open", null),
                tuple("gh", new Located<>(ServerLimit.READ_ONLY, at(5, 67))),
                tuple("gh-env", new Located<>(ServerLimit.READ_ONLY, at(6, 93))),
                tuple("gh-ref", null),
                tuple("gh-remote", new Located<>(ServerLimit.READ_ONLY, at(8, 24))),
                tuple("gh-header", new Located<>(ServerLimit.READ_ONLY, at(9, 92))),
                tuple("aws", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(10, 108))),
                tuple("other", null),
                tuple("docker-disk", null),
                tuple("elsewhere", null),
                tuple("gh-query", null),
                tuple("pg", new Located<>(ServerLimit.READ_ONLY, at(15, 53))),
                tuple("pg-open", null),
                tuple("mongo", new Located<>(ServerLimit.READ_ONLY, at(17, 75))),
                tuple("mongo-off", null),
                tuple("mongo-env", new Located<>(ServerLimit.READ_ONLY, at(19, 102))),
                tuple("supabase", new Located<>(ServerLimit.READ_ONLY, at(20, 89))));
    }

    /**
     * A switch counts only where it surely reaches the server, as its parser reads it: not after
     * {@code --}, not when a later flag turns it off or another option takes it as its value, not
     * behind a shell, {@code env}, another program or {@code uvx --from}, not from the client's env
     * for a container that is not given it with {@code -e} (the last {@code -e} of a name wins), not
     * when the server's flag says otherwise, not with a value the server does not read as true, and
     * for a remote server only its exact address or header.
     */
    @Test
    void aSwitchCountsOnlyWhereItReachesTheServer() throws Exception {
        List<McpServer> servers = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "after-dashes": {"command": "npx", "args": ["-y", "kubernetes-mcp-server", "--kubeconfig", "/etc/a", "--", "--read-only"]},
                  "off-later": {"command": "kubernetes-mcp-server", "args": ["--read-only", "--read-only=false"]},
                  "as-value": {"command": "kubernetes-mcp-server", "args": ["--sse-base-url", "--read-only"]},
                  "shell": {"command": "bash", "args": ["-c", "npx -y kubernetes-mcp-server", "--read-only"]},
                  "script": {"command": "node", "args": ["other.js", "kubernetes-mcp-server", "--read-only"]},
                  "from": {"command": "uvx", "args": ["--from", "other-package", "postgres-mcp", "--access-mode", "restricted"]},
                  "container-env": {"command": "docker", "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server"], "env": {"GITHUB_READ_ONLY": "1"}},
                  "container-given": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_READ_ONLY", "ghcr.io/github/github-mcp-server"], "env": {"GITHUB_READ_ONLY": "1"}},
                  "container-last": {"command": "docker", "args": ["run", "-e", "GITHUB_READ_ONLY=1", "-e", "GITHUB_READ_ONLY=0", "ghcr.io/github/github-mcp-server"]},
                  "container-spelt": {"command": "docker", "args": ["run", "--env=GITHUB_READ_ONLY=1", "ghcr.io/github/github-mcp-server"]},
                  "env-launcher": {"command": "env", "args": ["READ_OPERATIONS_ONLY=false", "uvx", "awslabs.aws-api-mcp-server"], "env": {"READ_OPERATIONS_ONLY": "true"}},
                  "flag-over-env": {"command": "github-mcp-server", "args": ["stdio", "--read-only=false"], "env": {"GITHUB_READ_ONLY": "1"}},
                  "untrimmed": {"command": "uvx", "args": ["awslabs.aws-api-mcp-server"], "env": {"READ_OPERATIONS_ONLY": " true"}},
                  "yes": {"command": "uvx", "args": ["awslabs.aws-api-mcp-server"], "env": {"READ_OPERATIONS_ONLY": "yes"}},
                  "remote-command": {"type": "http", "url": "http://k8s.internal/mcp", "command": "npx", "args": ["kubernetes-mcp-server", "--read-only"]},
                  "dot-segment": {"url": "https://api.githubcopilot.com/mcp/readonly/.."},
                  "abbreviated": {"command": "postgres-mcp", "args": ["--access", "restricted"]},
                  "negated": {"command": "mongodb-mcp-server", "args": ["--readOnly", "--no-readOnly"]}
                }}
                """).get(0).servers();
        assertThat(servers).extracting(McpServer::name, s -> s.limit() == null ? null : s.limit().value()).containsExactly(
                tuple("after-dashes", null), tuple("off-later", null), tuple("as-value", null), tuple("shell", null),
                tuple("script", null), tuple("from", null), tuple("container-env", null),
                tuple("container-given", ServerLimit.READ_ONLY), tuple("container-last", null), tuple("container-spelt", ServerLimit.READ_ONLY),
                tuple("env-launcher", null), tuple("flag-over-env", null), tuple("untrimmed", null), tuple("yes", ServerLimit.READ_ONLY_WITH_SECRETS),
                tuple("remote-command", null), tuple("dot-segment", null), tuple("abbreviated", ServerLimit.READ_ONLY), tuple("negated", null));
    }

    /**
     * A client that starts only local servers reaches GitHub's remote one through the mcp-remote
     * proxy: its address is the first argument left once every {@code --header} and the word after
     * it are taken out, as mcp-remote reads them; the read-only address or header limits the server
     * there as in the client's own url and headers. A read-only address given as a header's value,
     * a header that another spelling of it turns off, the proxy behind a shell and a proxied address
     * elsewhere limit nothing.
     */
    @Test
    void gitHubsRemoteServerReachedThroughMcpRemoteIsLimitedAsWhereTheClientCallsIt() throws Exception {
        List<McpServer> servers = Fixtures.readText(RuntimeKind.MCP_CLIENT, "claude_desktop_config.json", """
                {"mcpServers": {
                  "proxy": {"command": "npx", "args": ["-y", "mcp-remote@latest", "https://api.githubcopilot.com/mcp/readonly", "--header", "Authorization: Bearer ${GITHUB_PAT}"]},
                  "proxy-header": {"command": "npx", "args": ["mcp-remote", "--header", "X-MCP-Readonly: true", "https://api.githubcopilot.com/mcp/"]},
                  "installed": {"command": "/usr/local/bin/mcp-remote", "args": ["https://api.githubcopilot.com/mcp/x/repos/readonly"]},
                  "as-header": {"command": "npx", "args": ["mcp-remote", "--header", "https://api.githubcopilot.com/mcp/readonly", "https://api.githubcopilot.com/mcp/"]},
                  "two-spellings": {"command": "npx", "args": ["mcp-remote", "https://api.githubcopilot.com/mcp/", "--header", "X-MCP-Readonly:true", "--header", "x-mcp-readonly: false"]},
                  "shell": {"command": "sh", "args": ["-c", "npx mcp-remote https://api.githubcopilot.com/mcp/readonly"]},
                  "elsewhere": {"command": "npx", "args": ["mcp-remote", "https://mcp.example.com/readonly", "--header", "X-MCP-Readonly: true"]}
                }}
                """).get(0).servers();
        assertThat(servers).extracting(McpServer::name, McpServer::limit).containsExactly(
                tuple("proxy", new Located<>(ServerLimit.READ_ONLY, at(2, 67))),
                tuple("proxy-header", new Located<>(ServerLimit.READ_ONLY, at(3, 73))),
                tuple("installed", new Located<>(ServerLimit.READ_ONLY, at(4, 66))),
                tuple("as-header", null),
                tuple("two-spellings", null),
                tuple("shell", null),
                tuple("elsewhere", null));
    }

    /**
     * Flux159's mcp-server-kubernetes reads its read-only switch from its environment, on only as
     * exactly {@code true}; its non-destructive one keeps exec_in_pod, apply, patch and helm
     * upgrades, so it limits nothing here. A non-empty {@code ALLOWED_TOOLS} decides in their place,
     * so with it, or where it may come from the operator's environment or a file of variables, the
     * server counts whole; the server reads no flag. Only Flux159's own release is read: not PyPI's
     * namesake that uvx runs, a scoped package or another owner's image, a release before 2.5.0, or
     * its image told to run other words.
     */
    @Test
    void fluxsKubernetesServerIsLimitedByItsVariablesUnlessItsToolsAreListed() throws Exception {
        List<McpServer> servers = Fixtures.readText(RuntimeKind.MCP_CLIENT, ".mcp.json", """
                {"mcpServers": {
                  "ro": {"command": "npx", "args": ["-y", "mcp-server-kubernetes"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "safe": {"command": "npx", "args": ["mcp-server-kubernetes@latest"], "env": {"ALLOW_ONLY_NON_DESTRUCTIVE_TOOLS": "true"}},
                  "both": {"command": "mcp-server-kubernetes", "env": {"ALLOW_ONLY_NON_DESTRUCTIVE_TOOLS": "true", "ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "container": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "ALLOW_ONLY_READONLY_TOOLS=true", "flux159/mcp-server-kubernetes:latest"]},
                  "capital": {"command": "npx", "args": ["mcp-server-kubernetes"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "True"}},
                  "listed": {"command": "npx", "args": ["mcp-server-kubernetes"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "true", "ALLOWED_TOOLS": "kubectl_get,kubectl_delete"}},
                  "empty-list": {"command": "npx", "args": ["mcp-server-kubernetes"], "env": {"ALLOWED_TOOLS": "", "ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "flag": {"command": "npx", "args": ["mcp-server-kubernetes", "--read-only"]},
                  "pypi": {"command": "uvx", "args": ["mcp-server-kubernetes"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "scoped": {"command": "npx", "args": ["@acme/mcp-server-kubernetes"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "fork": {"command": "docker", "args": ["run", "-e", "ALLOW_ONLY_READONLY_TOOLS=true", "ghcr.io/acme/mcp-server-kubernetes"]},
                  "old": {"command": "npx", "args": ["mcp-server-kubernetes@2.4.7"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "new": {"command": "npx", "args": ["mcp-server-kubernetes@^2.5.0"], "env": {"ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "old-image": {"command": "docker", "args": ["run", "-e", "ALLOW_ONLY_READONLY_TOOLS=true", "docker.io/flux159/mcp-server-kubernetes:v2.4.0"]},
                  "command-after-image": {"command": "docker", "args": ["run", "-e", "ALLOW_ONLY_READONLY_TOOLS=true", "flux159/mcp-server-kubernetes", "node", "dist/index.js"]},
                  "passed-on-list": {"command": "docker", "args": ["run", "-e", "ALLOW_ONLY_READONLY_TOOLS=true", "-e", "ALLOWED_TOOLS", "flux159/mcp-server-kubernetes"]},
                  "env-file": {"command": "docker", "args": ["run", "--env-file", "/k/flux.env", "-e", "ALLOW_ONLY_READONLY_TOOLS=true", "flux159/mcp-server-kubernetes"]},
                  "client-env-file": {"command": "npx", "args": ["mcp-server-kubernetes"], "envFile": "/k/flux.env", "env": {"ALLOW_ONLY_READONLY_TOOLS": "true"}},
                  "blank-list": {"command": "npx", "args": ["mcp-server-kubernetes"], "env": {"ALLOWED_TOOLS": " , ", "ALLOW_ONLY_READONLY_TOOLS": "true"}}
                }}
                """).get(0).servers();
        assertThat(servers).extracting(McpServer::name, McpServer::limit).containsExactly(
                tuple("ro", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(2, 106))),
                tuple("safe", null),
                tuple("both", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(4, 129))),
                tuple("container", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(5, 74))),
                tuple("capital", null),
                tuple("listed", null),
                tuple("empty-list", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(8, 129))),
                tuple("flag", null),
                tuple("pypi", null),
                tuple("scoped", null),
                tuple("fork", null),
                tuple("old", null),
                tuple("new", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(14, 108))),
                tuple("old-image", null),
                tuple("command-after-image", null),
                tuple("passed-on-list", null),
                tuple("env-file", null),
                tuple("client-env-file", null),
                tuple("blank-list", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(20, 132))));
        // Codex passes on the variables env_vars names from the operator's environment.
        RuntimeConfiguration codex = Fixtures.readText(RuntimeKind.CODEX, "config.toml", """
                [mcp_servers.passed-on]
                command = "npx"
                args = ["mcp-server-kubernetes"]
                env = {ALLOW_ONLY_READONLY_TOOLS = "true"}
                env_vars = ["ALLOWED_TOOLS"]

                [mcp_servers.ro]
                command = "npx"
                args = ["mcp-server-kubernetes"]
                env = {ALLOW_ONLY_READONLY_TOOLS = "true"}
                env_vars = ["KUBECONFIG"]
                """).get(0);
        assertThat(codex.servers()).extracting(McpServer::name, McpServer::limit).containsExactly(
                tuple("passed-on", null), tuple("ro", new Located<>(ServerLimit.READ_ONLY_WITH_SECRETS, at(10, 36))));
    }

    /**
     * A client reads {@code {}} as no server and its defaults, and Gemini CLI its settings of only
     * display, sign-in and telemetry keys, in the flat form of its first releases too. The same keys
     * in a file of another name are no MCP configuration.
     */
    @Test
    void anEmptyFileAndGeminiSettingsOfOnlyDisplayKeysChangeNoDefault() throws Exception {
        assertThat(Fixtures.readText(RuntimeKind.MCP_CLIENT, ".cursor/mcp.json", "{}").get(0).servers()).isEmpty();
        String legacy = "{\"selectedAuthType\": \"gemini-api-key\", \"preferredEditor\": \"vscode\", \"theme\": \"Atom One\"}";
        RuntimeConfiguration gemini = Fixtures.readText(RuntimeKind.MCP_CLIENT, "home/.gemini/settings.json", legacy).get(0);
        assertThat(gemini.servers()).isEmpty();
        assertThat(gemini.rules()).isEmpty();
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, "home/client.json", legacy)).singleElement().asString()
                .startsWith("home/client.json:1:1: an MCP configuration lists its servers under 'mcpServers'");
        assertThat(Fixtures.problemsOf(RuntimeKind.MCP_CLIENT, ".gemini/settings.json", "{\"theme\": \"x\", \"toolCallCommand\": \"./call.sh\"}"))
                .as("a key that may bear on tools is not skipped").hasSize(1);
    }

    @Test
    void aServerWithoutTransportAndABooleanAutoApproveAreReportedWithoutTheToken() {
        List<String> problems = Fixtures.problems(RuntimeKind.MCP_CLIENT, "mcp-bad.json");
        assertThat(problems).containsExactly(
                "runtime/mcp-bad.json:3:15: server 'github' has neither 'command' nor 'url' (nor Gemini CLI's 'httpUrl', Windsurf's 'serverUrl')",
                "runtime/mcp-bad.json:5:22: 'autoApprove' must be a list of tool names, or \"*\" for every tool, but is a boolean");
        assertThat(String.join("\n", problems)).doesNotContain("ghp_");
    }

    @Test
    void commentsAndTrailingCommasBecomeSpaces() {
        assertThat(JsoncText.toJson("{\"a\": \"//x\", // note\n \"b\": [1, 2,], /* c */ }"))
                .isEqualTo("{\"a\": \"//x\", " + " ".repeat(7) + "\n \"b\": [1, 2 ]" + " ".repeat(10) + "}");
    }
}
