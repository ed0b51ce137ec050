package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static io.oversight.deployment.runtime.Fixtures.located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.deployment.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaudeCodeSettingsReaderTest {

    @Test
    void readsRulesModeDirectoriesServersAndCredentialsAtTheirLines() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.CLAUDE_CODE, "claude-settings.json")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.CLAUDE_CODE, "runtime/claude-settings.json", null, at(1, 1),
                List.of(new RuntimeRule("Bash", "aws:*", Decision.ALLOW, at(5, 7)),
                        new RuntimeRule("Bash", "kubectl apply:*", Decision.ALLOW, at(6, 7)),
                        new RuntimeRule("Read", "./**", Decision.ALLOW, at(7, 7)),
                        new RuntimeRule("mcp__github__create_pull_request", "", Decision.ALLOW, at(8, 7)),
                        new RuntimeRule("Bash", "git push:*", Decision.ASK, at(10, 13)),
                        new RuntimeRule("Read", "./.env", Decision.DENY, at(11, 14)),
                        new RuntimeRule("WebFetch", "", Decision.DENY, at(11, 30))),
                located(ApprovalMode.NEVER_ASK, 12, 20), null, null,
                List.of(located("../infrastructure", 13, 31)),
                List.of(new McpServer("github", at(20, 29), located(true, 20, 29), ".mcp.json", List.of(), List.of()),
                        new McpServer("filesystem", at(21, 30), located(false, 21, 30), ".mcp.json", List.of(), List.of())),
                List.of(new Credential("AWS_PROFILE", CredentialSource.OPERATOR_PROFILE, "prod-admin", at(16, 5)),
                        new Credential("GITHUB_TOKEN", CredentialSource.PERSONAL_TOKEN, null, at(17, 5))),
                List.of(), null, List.of(), List.of(), List.of(located("../infrastructure", 13, 31))));
    }

    @Test
    void writtenRulesReadBackAsWritten() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.CLAUDE_CODE, "claude-settings.json").get(0).rules().stream().map(RuntimeRule::written))
                .containsExactly("Bash(aws:*)", "Bash(kubectl apply:*)", "Read(./**)", "mcp__github__create_pull_request", "Bash(git push:*)",
                        "Read(./.env)", "WebFetch");
    }

    /**
     * A PreToolUse hook may approve a tool call and a PermissionRequest hook answers for the person
     * asked: what they decide is not in the file, so each reads as approving what its matcher names.
     */
    @Test
    void readsTheHooksThatMayApproveAToolCallAsRulesOfTheToolsTheyMatch() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.CLAUDE_CODE, "claude-hooks.json").get(0).rules()).containsExactly(
                new RuntimeRule("Bash", "git push:*", Decision.ASK, at(3, 13)),
                new RuntimeRule("Write", "", Decision.ASK, at(3, 33)),
                new RuntimeRule("Bash", "", Decision.PRE_TOOL_USE_HOOK, at(7, 19)),
                new RuntimeRule("Edit", "", Decision.PRE_TOOL_USE_HOOK, at(8, 19)),
                new RuntimeRule("Write", "", Decision.PRE_TOOL_USE_HOOK, at(8, 19)),
                new RuntimeRule("*", "", Decision.PRE_TOOL_USE_HOOK, at(9, 19)),
                new RuntimeRule("*", "", Decision.PERMISSION_REQUEST_HOOK, at(13, 7)));
    }

    /**
     * An ask rule still asks whatever a PreToolUse hook answers; only a deny rule holds against a
     * PermissionRequest hook. The ask of Write is that tool's alone: the hook's Edit still reaches
     * the agent's own settings and git's.
     */
    @Test
    void anAskRuleOfTheWholeToolHoldsAgainstAPreToolUseHook() throws Exception {
        RuntimeConfiguration settings = Fixtures.read(RuntimeKind.CLAUDE_CODE, "claude-hooks.json").get(0);
        assertThat(AgentTools.of("coder", settings).stream().map(t -> t.tool() + " " + t.setting())).containsExactly(
                "Bash(git push:*) ask", "Write ask", "Bash hook:pre-tool-use", "Edit hook:pre-tool-use",
                "Edit(.claude/settings.json) hook:pre-tool-use", "Edit(.git/config) hook:pre-tool-use",
                "* hook:pre-tool-use", "* hook:permission-request", "* mode:built-in-auto");
    }

    /** A PermissionRequest hook answers prompts that dontAsk never shows; a hook run in the background decides nothing. */
    @Test
    void hooksThatCannotDecideAddNothing() throws Exception {
        RuntimeConfiguration dontAsk = Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"permissions": {"defaultMode": "dontAsk"},
                 "hooks": {"PermissionRequest": [{"hooks": [{"type": "command", "command": "./approve.sh"}]}],
                           "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "./log.sh", "async": true}]}]}}
                """).get(0);
        assertThat(AgentTools.of("coder", dontAsk).stream().map(t -> t.tool() + " " + t.setting())).containsExactly("* mode:deny-unlisted");
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"permissions": {"ask": ["Bash(*)"]}, "hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "x"}]}]}}
                """).stream().flatMap(c -> AgentTools.of("coder", c).stream()).map(t -> t.tool() + " " + t.setting()))
                .containsExactly("Bash(*) ask", "* mode:built-in-auto");
    }

    /** The Unix sockets a sandbox that runs commands unasked lets them reach are ways out of it, each named; none when commands ask. */
    @Test
    void aSandboxThatRunsCommandsUnaskedReachesTheUnixSocketsItAllows() throws Exception {
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"sandbox": {"enabled": true, "network": {"allowUnixSockets": ["/var/run/docker.sock", "/run/podman/podman.sock"]}}}
                """).stream().flatMap(c -> AgentTools.of("coder", c).stream()).map(t -> t.tool() + " " + t.setting() + " " + t.evidencePath()))
                .containsExactly("* mode:built-in-auto settings.json#@1:1", "Read sandbox:read settings.json#@1:25",
                        "Bash via the Unix socket /var/run/docker.sock sandbox:unix-socket settings.json#@1:64",
                        "Bash via the Unix socket /run/podman/podman.sock sandbox:unix-socket settings.json#@1:88");
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"sandbox": {"enabled": true, "network": {"allowAllUnixSockets": true, "allowUnixSockets": ["/tmp/x.sock"]}}}
                """).stream().flatMap(c -> AgentTools.of("coder", c).stream()).map(t -> t.tool() + " " + t.setting()))
                .containsExactly("* mode:built-in-auto", "Read sandbox:read", "Bash via every Unix socket sandbox:unix-socket");
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"sandbox": {"enabled": true, "autoAllowBashIfSandboxed": false, "network": {"allowAllUnixSockets": true}}}
                """).stream().flatMap(c -> AgentTools.of("coder", c).stream()).map(t -> t.tool() + " " + t.setting()))
                .containsExactly("* mode:built-in-auto");
    }

    /**
     * Claude Code skips an ask rule of the whole shell ({@code Bash}, or its equivalent {@code Bash(*)})
     * for the commands its sandbox runs unasked, so they still reach the sandbox's hosts and sockets;
     * only a deny rule of the whole shell takes it away.
     */
    @Test
    void anAskRuleOfTheWholeShellLeavesTheSandboxRunningCommandsUnasked() throws Exception {
        String sandbox = """
                {"permissions": {"%s": ["%s"]},
                 "sandbox": {"enabled": true, "network": {"allowedDomains": ["*.amazonaws.com"], "allowUnixSockets": ["/var/run/docker.sock"]}}}
                """;
        for (String shell : List.of("Bash", "Bash(*)")) {
            assertThat(tools(sandbox.formatted("ask", shell))).containsExactly(shell + " ask settings.json#@1:26", "* mode:built-in-auto settings.json#@1:1",
                    "Bash sandbox:network settings.json#@2:62", "Read sandbox:read settings.json#@2:25",
                    "Bash via the Unix socket /var/run/docker.sock sandbox:unix-socket settings.json#@2:103");
            assertThat(tools(sandbox.formatted("deny", shell))).containsExactly(shell + " deny settings.json#@1:27",
                    "* mode:built-in-auto settings.json#@1:1");
        }
    }

    /**
     * Claude Code reads a command prefix written with a space before its final {@code *} as one
     * written with {@code :*}: a deny or ask of either form covers the allow of the other, and only
     * at a word's end.
     */
    @Test
    void aCommandPrefixWrittenWithASpaceCoversAsOneWrittenWithAColon() throws Exception {
        assertThat(settingTools("""
                {"permissions": {"allow": ["Bash(terraform:*)", "Bash(terraform plan)", "Bash(kubectl get *)", "Bash(terraformer:*)"],
                                 "ask": ["Bash(kubectl:*)"], "deny": ["Bash(terraform *)"]}}
                """)).containsExactly("Bash(terraformer:*) allow", "Bash(kubectl:*) ask", "Bash(terraform *) deny", "* mode:built-in-auto");
        // A '*' inside the pattern is no prefix of the rest.
        assertThat(settingTools("""
                {"permissions": {"allow": ["Bash(git:*)"], "deny": ["Bash(git * main)"]}}
                """)).containsExactly("Bash(git:*) allow", "Bash(git * main) deny", "* mode:built-in-auto");
    }

    /**
     * Claude Code merges its settings files key by key: the sandbox one file enables reaches the
     * hosts the other allows, each cited in the file that wrote it; a key of the local file wins.
     */
    @Test
    void theSandboxIsMergedKeyByKeyAcrossTheSharedAndLocalSettings() throws Exception {
        String shared = """
                {"permissions": {"allow": ["Read"]},
                 "sandbox": {"network": {"allowedDomains": ["*.amazonaws.com"], "allowUnixSockets": ["/var/run/docker.sock"]}}}
                """;
        assertThat(pairTools(shared, """
                {"sandbox": {"enabled": true, "autoAllowBashIfSandboxed": true}}
                """)).containsExactly("Read allow .claude/settings.json#@1:28", "* mode:built-in-auto .claude/settings.json#@1:1",
                "Bash sandbox:network .claude/settings.json#@2:45", "Read sandbox:read .claude/settings.local.json#@1:59",
                "Bash via the Unix socket /var/run/docker.sock sandbox:unix-socket .claude/settings.json#@2:86");
        // The local file's autoAllowBashIfSandboxed wins over the shared file's and its default: commands ask.
        assertThat(pairTools("""
                {"sandbox": {"enabled": true, "autoAllowBashIfSandboxed": true, "network": {"allowedDomains": ["*.amazonaws.com"]}}}
                """, """
                {"sandbox": {"autoAllowBashIfSandboxed": false}}
                """)).containsExactly("* mode:built-in-auto .claude/settings.json#@1:1");
        // Lists add up: the local file's host counts beside the shared file's, which is cited first.
        assertThat(pairTools("""
                {"sandbox": {"enabled": true}}
                """, """
                {"sandbox": {"network": {"allowedDomains": ["registry.npmjs.org"]}}}
                """)).containsExactly("* mode:built-in-auto .claude/settings.json#@1:1", "Bash sandbox:network .claude/settings.local.json#@1:45",
                "Read sandbox:read .claude/settings.json#@1:25");
    }

    /**
     * With filesystem.disabled the sandbox keeps no filesystem apart: commands it runs unasked write
     * anywhere, read as a writable root cited at the key; not when they ask, nor when a file of
     * higher precedence turns the isolation back on.
     */
    @Test
    void aSandboxWithoutFilesystemIsolationWritesTheRoot() throws Exception {
        assertThat(tools("""
                {"sandbox": {"enabled": true, "filesystem": {"allowWrite": ["~/.kube"], "disabled": true}}, "permissions": {"defaultMode": "default"}}
                """)).containsExactly("* mode:ask settings.json#@1:124", "Read sandbox:read settings.json#@1:25",
                "Write(~/.kube/) sandbox:writable-root settings.json#@1:61",
                "Write(//) sandbox:writable-root settings.json#@1:85");
        assertThat(tools("""
                {"sandbox": {"enabled": true, "autoAllowBashIfSandboxed": false, "filesystem": {"disabled": true}}}
                """)).containsExactly("* mode:built-in-auto settings.json#@1:1");
        assertThat(pairTools("""
                {"sandbox": {"enabled": true, "filesystem": {"disabled": true}}}
                """, """
                {"sandbox": {"filesystem": {"disabled": false}}}
                """)).containsExactly("* mode:built-in-auto .claude/settings.json#@1:1", "Read sandbox:read .claude/settings.json#@1:25");
    }

    /** What the shared and local settings of one project let the agent do, each way cited where it was written. */
    private static List<String> pairTools(String shared, String local) throws Exception {
        RuntimeConfiguration both = new RuntimeReaders(io.oversight.deployment.InputLimits.DEFAULT)
                .readClaudeCodePair(".claude/settings.json", shared, ".claude/settings.local.json", local, ClaudeCodeMarkdown.NONE);
        return AgentTools.of("coder", both).stream().map(t -> t.tool() + " " + t.setting() + " " + t.evidencePath()).toList();
    }

    /**
     * Claude Code adds the host of every WebFetch(domain:…) allow rule to its Bash sandbox's network,
     * so with a sandbox that runs commands unasked the shell reaches it, cited at the rule.
     */
    @Test
    void aWebFetchDomainRuleOpensTheSandboxsNetworkToItsHost() throws Exception {
        assertThat(tools("""
                {"permissions": {"allow": ["WebFetch(domain:*.amazonaws.com)"]}, "sandbox": {"enabled": true}}
                """)).containsExactly("WebFetch(domain:*.amazonaws.com) allow settings.json#@1:28", "* mode:built-in-auto settings.json#@1:1",
                "Bash sandbox:network settings.json#@1:28", "Read sandbox:read settings.json#@1:89");
        // A proxy of the operator's decides where sandboxed commands go, not the sandbox: every host, cited at the port (red team).
        assertThat(tools("""
                {"sandbox": {"enabled": true, "network": {"httpProxyPort": 3128}}}
                """)).containsExactly("* mode:built-in-auto settings.json#@1:1", "Bash sandbox:network settings.json#@1:60",
                "Read sandbox:read settings.json#@1:25");
        // Without a sandbox, or one whose commands ask, the rule fetches pages and nothing more.
        assertThat(tools("""
                {"permissions": {"allow": ["WebFetch(domain:*.amazonaws.com)"]}}
                """)).containsExactly("WebFetch(domain:*.amazonaws.com) allow settings.json#@1:28", "* mode:built-in-auto settings.json#@1:1");
        assertThat(tools("""
                {"permissions": {"allow": ["WebFetch(domain:*.amazonaws.com)", "WebFetch"]},
                 "sandbox": {"enabled": true, "autoAllowBashIfSandboxed": false}}
                """)).containsExactly("WebFetch(domain:*.amazonaws.com) allow settings.json#@1:28", "WebFetch allow settings.json#@1:64",
                "* mode:built-in-auto settings.json#@1:1");
    }

    private static List<String> tools(String settings) throws Exception {
        return Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", settings).stream().flatMap(c -> AgentTools.of("coder", c).stream())
                .map(t -> t.tool() + " " + t.setting() + " " + t.evidencePath()).toList();
    }

    /**
     * An edit rule whose pattern reaches the agent's own settings is also the edit of the first such file no deny or ask rule keeps,
     * and one that reaches git's configuration the edit of that.
     */
    @Test
    void anEditThatReachesTheAgentsOwnSettingsIsAlsoTheirEdit() throws Exception {
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"permissions": {"allow": ["Edit(**/settings.local.json)", "Edit(src/**)", "Write", "Edit(.mcp.json)"],
                                 "ask": ["Edit(.claude/settings.json)"]}}
                """).stream().flatMap(c -> AgentTools.of("coder", c).stream()).map(t -> t.tool() + " " + t.setting()))
                .containsExactly("Edit(**/settings.local.json) allow", "Edit(.claude/settings.local.json) allow", "Edit(src/**) allow",
                        "Write allow", "Write(.claude/settings.local.json) allow", "Write(.git/config) allow", "Edit(.mcp.json) allow", "Edit(.claude/settings.json) ask",
                        "* mode:built-in-auto");
    }

    /**
     * Claude Code checks every edit against Edit(path) rules only: a deny or ask rule of Write,
     * MultiEdit or NotebookEdit, by path or for the whole tool, keeps no file or folder from Edit.
     */
    @Test
    void onlyEditRulesKeepAFileOrFolderFromEditing() throws Exception {
        assertThat(settingTools("""
                {"permissions": {"allow": ["Edit"], "deny": ["Write(.claude/**)", "MultiEdit(.mcp.json)", "NotebookEdit(.git/**)"]}}
                """)).containsExactly("Edit allow", "Edit(.claude/settings.json) allow", "Edit(.git/config) allow", "Write(.claude/**) deny",
                "MultiEdit(.mcp.json) deny", "NotebookEdit(.git/**) deny", "* mode:built-in-auto");
        assertThat(settingTools("""
                {"permissions": {"defaultMode": "acceptEdits", "additionalDirectories": ["~/.aws"],
                                 "deny": ["Write(~/.aws/**)", "NotebookEdit"], "ask": ["Write", "MultiEdit(//**)"]}}
                """)).containsExactly("Write ask", "MultiEdit(//**) ask", "Write(~/.aws/**) deny", "NotebookEdit deny", "* mode:accept-edits",
                "Write(~/.aws/) edit:accept-edits", "Read(~/.aws/) read:added-directory");
        // Edit's own rules keep them, by path or for the whole tool.
        assertThat(settingTools("""
                {"permissions": {"allow": ["Write"], "deny": ["Edit(.claude/**)", "Edit(.git/**)"]}}
                """)).containsExactly("Write allow", "Write(.mcp.json) allow", "Write(~/.gitconfig) allow", "Edit(.claude/**) deny", "Edit(.git/**) deny",
                "* mode:built-in-auto");
        assertThat(settingTools("""
                {"permissions": {"defaultMode": "acceptEdits", "additionalDirectories": ["~/.aws", "~/.kube"], "ask": ["Edit(~/.aws/**)"]}}
                """)).containsExactly("Edit(~/.aws/**) ask", "* mode:accept-edits", "Write(~/.kube/) edit:accept-edits",
                "Read(~/.aws/) read:added-directory", "Read(~/.kube/) read:added-directory");
        assertThat(settingTools("""
                {"permissions": {"defaultMode": "acceptEdits", "additionalDirectories": ["~/.aws"], "deny": ["Edit"]}}
                """)).containsExactly("Edit deny", "* mode:accept-edits", "Read(~/.aws/) read:added-directory");
        // Claude Code reads an added folder unasked whatever it may write there, unless Read's own rules keep it.
        assertThat(settingTools("""
                {"permissions": {"defaultMode": "default", "additionalDirectories": ["~/.aws", "~/.kube", "~/.ssh"],
                                 "deny": ["Read(~/.aws/**)", "Edit(~/.kube/**)"], "ask": ["Read(//**)"]}}
                """)).containsExactly("Read(//**) ask", "Read(~/.aws/**) deny", "Edit(~/.kube/**) deny", "* mode:ask");
        assertThat(settingTools("""
                {"permissions": {"defaultMode": "default", "additionalDirectories": ["~/.aws", "~/.kube"], "deny": ["Read(~/.aws/**)", "Write(~/.kube/**)"]}}
                """)).containsExactly("Read(~/.aws/**) deny", "Write(~/.kube/**) deny", "* mode:ask", "Read(~/.kube/) read:added-directory");
        // An absolute folder is written as Claude Code's rules write one, from '//': the tools table's rows for mounted secrets
        // and the cluster's kubeconfig are so (written '/run/secrets/', an added folder had reached nothing; red team).
        assertThat(settingTools("""
                {"permissions": {"defaultMode": "acceptEdits", "additionalDirectories": ["/run/secrets", "/etc/kubernetes/"]}}
                """)).containsExactly("* mode:accept-edits", "Write(//run/secrets/) edit:accept-edits", "Write(//etc/kubernetes/) edit:accept-edits",
                "Read(//run/secrets/) read:added-directory", "Read(//etc/kubernetes/) read:added-directory");
    }

    /**
     * A deny or ask rule of {@code *} matches every tool: it refuses, or asks before, every allow,
     * edit, added folder and sandboxed command. Recent releases of Claude Code skip an allow rule
     * whose name is a glob not after a whole {@code mcp__SERVER__}; which release runs the file does
     * not say, so such a rule is read as allowing what it names.
     */
    @Test
    void aRuleOfEveryToolDecidesEveryToolAndAnAllowGlobAllowsWhatItNames() throws Exception {
        String settings = """
                {"permissions": {"allow": ["Edit", "Bash(aws:*)"], "%s": ["*"], "defaultMode": "acceptEdits", "additionalDirectories": ["~/.aws"]},
                 "sandbox": {"enabled": true, "network": {"allowedDomains": ["*.amazonaws.com"]}}}
                """;
        assertThat(settingTools(settings.formatted("deny"))).containsExactly("* deny", "* mode:accept-edits");
        assertThat(settingTools(settings.formatted("ask"))).containsExactly("* ask", "* mode:accept-edits", "Bash sandbox:network");
        assertThat(settingTools("""
                {"permissions": {"allow": ["*", "B*", "mcp__*", "mcp__github__get_*"]}}
                """)).containsExactly("* allow", "B* allow", "mcp__* allow", "mcp__github__get_* allow", "* mode:built-in-auto");
    }

    private static List<String> settingTools(String settings) throws Exception {
        return Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", settings).stream().flatMap(c -> AgentTools.of("coder", c).stream())
                .map(t -> t.tool() + " " + t.setting()).toList();
    }

    /**
     * Without a defaultMode, a session starts in Claude Code's built-in mode, auto (v2.1.283 and later), where a model approves;
     * disableAutoMode in any file, at the top level or under permissions, takes it away and the session starts in Manual, cited
     * at the lock; disableBypassPermissionsMode does the same for a bypassPermissions defaultMode.
     */
    @Test
    void aModeTakenAwayStartsTheSessionInManual() throws Exception {
        assertThat(tools("{\"permissions\": {\"allow\": [\"Read\"]}}")).containsExactly("Read allow settings.json#@1:28",
                "* mode:built-in-auto settings.json#@1:1");
        assertThat(tools("{\"disableAutoMode\": \"disable\"}")).containsExactly("* mode:ask settings.json#@1:21");
        assertThat(tools("{\"permissions\": {\"defaultMode\": \"auto\", \"disableAutoMode\": \"disable\"}}"))
                .containsExactly("* mode:ask settings.json#@1:60");
        assertThat(tools("{\"permissions\": {\"defaultMode\": \"bypassPermissions\", \"disableBypassPermissionsMode\": \"disable\"}}"))
                .containsExactly("* mode:ask settings.json#@1:86");
        // Each lock takes one mode away: bypass stays where only auto is locked, and the reverse.
        assertThat(tools("{\"disableAutoMode\": \"disable\", \"permissions\": {\"defaultMode\": \"bypassPermissions\"}}"))
                .containsExactly("* mode:never-ask settings.json#@1:63");
        assertThat(tools("{\"permissions\": {\"disableBypassPermissionsMode\": \"disable\"}}"))
                .containsExactly("* mode:built-in-auto settings.json#@1:1");
        // A lock in the other file of the project's pair takes the mode away from the session too.
        assertThat(pairTools("{\"permissions\": {\"defaultMode\": \"auto\"}}", "{\"disableAutoMode\": \"disable\"}"))
                .containsExactly("* mode:ask .claude/settings.local.json#@1:21");
        assertThatThrownBy(() -> tools("{\"disableAutoMode\": true}")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("settings.json:1:21: 'disableAutoMode' must be \"disable\", but is a boolean");
        // A drop-in of managed settings locks the mode its base sets, cited in the drop-in.
        RuntimeConfiguration managed = new RuntimeReaders(io.oversight.deployment.InputLimits.DEFAULT).readClaudeCodeManaged(
                new RuntimeReaders.SettingsText("managed-settings.json", "{\"permissions\": {\"defaultMode\": \"bypassPermissions\"}}"),
                List.of(new RuntimeReaders.SettingsText("managed-settings.d/10-lock.json", "{\"permissions\": {\"disableBypassPermissionsMode\": \"disable\"}}")));
        assertThat(AgentTools.of("coder", managed).stream().map(t -> t.tool() + " " + t.setting() + " " + t.evidencePath()))
                .containsExactly("* mode:ask managed-settings.d/10-lock.json#@1:50");
    }

    @Test
    void disableAllHooksTurnsEveryHookOff() throws Exception {
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"disableAllHooks": true, "hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "x"}]}]}}
                """).get(0).rules()).isEmpty();
    }

    /** An enabled plugin's hooks, servers and skills are in no file read: each is a hook that may approve every tool, a disabled one nothing. */
    @Test
    void anEnabledPluginMayApproveEveryTool() throws Exception {
        assertThat(Fixtures.readText(RuntimeKind.CLAUDE_CODE, "settings.json", """
                {"enabledPlugins": {"aws-ops@northwind-tools": true, "formatter@acme": false},
                 "disableAllHooks": true}
                """).get(0).rules()).containsExactly(new RuntimeRule("*", "", Decision.PRE_TOOL_USE_HOOK, Fixtures.at(1, 21)));
    }

    /** A plugin is on or off as the file of highest precedence that names it says: the local file switches off what the shared one enables. */
    @Test
    void aPluginSwitchedOffInTheLocalFileIsOff() throws Exception {
        String on = """
                {"enabledPlugins": {"aws-ops@northwind-tools": true}}
                """;
        String off = """
                {"enabledPlugins": {"aws-ops@northwind-tools": false}}
                """;
        assertThat(pairRules(on, off)).isEmpty();
        assertThat(pairRules(off, on)).containsExactly("* PRE_TOOL_USE_HOOK .claude/settings.local.json");
        assertThat(pairRules(on, "{}")).containsExactly("* PRE_TOOL_USE_HOOK .claude/settings.json");
    }

    /**
     * disableAllHooks is one value of the merged settings: set in the local file it switches off the
     * shared file's hooks too, and a local false keeps hooks the shared file switched off.
     */
    @Test
    void disableAllHooksInOneFileOfThePairDecidesForBoth() throws Exception {
        String hook = """
                {"hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "x"}]}]}}
                """;
        assertThat(pairRules(hook, """
                {"disableAllHooks": true}
                """)).isEmpty();
        assertThat(pairRules(hook, """
                {"disableAllHooks": false}
                """)).containsExactly("Bash PRE_TOOL_USE_HOOK .claude/settings.json");
        assertThat(pairRules("""
                {"disableAllHooks": true}
                """, hook)).isEmpty();
        assertThat(pairRules("""
                {"disableAllHooks": true}
                """, hook.replace("{\"hooks\"", "{\"disableAllHooks\": false, \"hooks\""))).containsExactly("Bash PRE_TOOL_USE_HOOK .claude/settings.local.json");
    }

    private static List<String> pairRules(String shared, String local) throws Exception {
        RuntimeConfiguration both = new RuntimeReaders(io.oversight.deployment.InputLimits.DEFAULT)
                .readClaudeCodePair(".claude/settings.json", shared, ".claude/settings.local.json", local, ClaudeCodeMarkdown.NONE);
        return both.rules().stream().map(r -> r.tool() + " " + r.decision() + " " + (r.file() == null ? both.file() : r.file())).toList();
    }

    @Test
    void aMatcherOfToolNamesNamesThoseToolsAndAnyOtherExpressionEveryTool() {
        assertThat(ClaudeCodeSettingsReader.matchedTools("Bash")).containsExactly("Bash");
        assertThat(ClaudeCodeSettingsReader.matchedTools("Edit|MultiEdit")).containsExactly("Edit", "MultiEdit");
        // Names separated by ',' or '|', with spaces around: each exactly; a name with a space inside is none.
        assertThat(ClaudeCodeSettingsReader.matchedTools("Edit, Write")).containsExactly("Edit", "Write");
        assertThat(ClaudeCodeSettingsReader.matchedTools(" Edit ,Write , Bash ")).containsExactly("Edit", "Write", "Bash");
        assertThat(ClaudeCodeSettingsReader.matchedTools("Edit Write")).isEmpty();
        // Before 2.1.191 such a matcher was a regular expression: "Write" between '|' matched every name that holds it.
        assertThat(ClaudeCodeSettingsReader.matchedTools("Edit, Bash|Write")).containsExactly("*");
        assertThat(ClaudeCodeSettingsReader.matchedTools("Edit, Write|")).containsExactly("*");
        assertThat(ClaudeCodeSettingsReader.matchedTools("mcp__github__create_issue|mcp__github")).containsExactly("mcp__github__create_issue");
        // A regular expression is tested anywhere in a name: "get.*" matches mcp__k8s__delete_target, so any tool.
        assertThat(ClaudeCodeSettingsReader.matchedTools("get.*")).containsExactly("*");
        assertThat(ClaudeCodeSettingsReader.matchedTools("mcp__github__.*")).containsExactly("*");
        assertThat(ClaudeCodeSettingsReader.matchedTools("")).containsExactly("*");
        assertThat(ClaudeCodeSettingsReader.matchedTools("*")).containsExactly("*");
        assertThat(ClaudeCodeSettingsReader.matchedTools("^(Bash|Edit)$")).containsExactly("*");
    }

    @Test
    void reportsEveryBadValueLocatedWithoutQuotingTheToken() {
        List<String> problems = Fixtures.problems(RuntimeKind.CLAUDE_CODE, "claude-settings-bad.json");
        assertThat(problems).containsExactly(
                "runtime/claude-settings-bad.json:3:15: each item of 'allow' must be a permission rule: a tool, such as Bash, a tool with a "
                        + "specifier in parentheses, such as Bash(npm run test:*), or an MCP tool, such as mcp__github__get_issue",
                "runtime/claude-settings-bad.json:3:26: each item of 'allow' must be a text, but one is a number",
                "runtime/claude-settings-bad.json:4:20: 'defaultMode' must be one of default, manual, acceptEdits, plan, dontAsk, auto, "
                        + "bypassPermissions",
                "runtime/claude-settings-bad.json:7:21: the value of 'GITHUB_TOKEN' under 'env' must be a text, but is a list");
        assertThat(String.join("\n", problems)).doesNotContain("ghp_").doesNotContain("yolo").doesNotContain("Bash(ls");
    }

    @Test
    void anEmptyFileIsNamedAsWhatItShouldHold() {
        assertThat(Fixtures.problemsOf(RuntimeKind.CLAUDE_CODE, "settings.json", "  \n"))
                .containsExactly("settings.json:1:1: the file is empty: expected Claude Code settings (JSON)");
    }
}
