package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static io.oversight.deployment.runtime.Fixtures.located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodexConfigReaderTest {

    @Test
    void theActiveProfileDecidesModeAndSandbox() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.CODEX, "codex-config.toml")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.CODEX, "runtime/codex-config.toml", null, at(1, 1),
                List.of(new RuntimeRule("mcp__github__delete_repository", "", Decision.DENY, at(23, 19)),
                        new RuntimeRule("mcp__github", "", Decision.ALLOW, at(19, 14)),
                        new RuntimeRule("mcp__docs__search", "", Decision.ALLOW, at(29, 18))),
                located(ApprovalMode.SANDBOX_ONLY, 12, 19), located(Sandbox.FULL_ACCESS, 13, 16), located(true, 8, 18),
                List.of(located("/home/ops/.aws", 9, 19)),
                List.of(new McpServer("github", at(19, 14), null, "npx -y @modelcontextprotocol/server-github", List.of(),
                                List.of(new Credential("GITHUB_PERSONAL_ACCESS_TOKEN", CredentialSource.PERSONAL_TOKEN, null, at(22, 9)))),
                        new McpServer("docs", at(25, 14), located(false, 28, 11), "https://docs.example.com/mcp", List.of(located("search", 29, 18)),
                                List.of(new Credential("bearer_token_env_var", CredentialSource.ENVIRONMENT, "DOCS_TOKEN", at(27, 24))))),
                List.of(), List.of(), null,
                List.of(new RuntimeProfile(RuntimeProfile.TOP_LEVEL, at(1, 1), located(ApprovalMode.ASK_ON_REQUEST, 3, 19),
                                located(Sandbox.WORKSPACE_WRITE, 4, 16), false),
                        new RuntimeProfile("unattended", at(11, 11), located(ApprovalMode.SANDBOX_ONLY, 12, 19), located(Sandbox.FULL_ACCESS, 13, 16), true),
                        new RuntimeProfile("review", at(15, 11), located(ApprovalMode.ASK, 16, 19), located(Sandbox.READ_ONLY, 17, 16), false))));
    }

    @Test
    void withoutAProfileTheTopLevelSettingsApply() throws Exception {
        RuntimeConfiguration codex = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml",
                "approval_policy = \"on-failure\"\nsandbox_mode = \"read-only\"\n").get(0);
        assertThat(codex.mode()).isEqualTo(located(ApprovalMode.ASK_ON_FAILURE, 1, 19));
        assertThat(codex.sandbox()).isEqualTo(located(Sandbox.READ_ONLY, 2, 16));
        assertThat(codex.network()).isNull();
    }

    private static RuntimeConfiguration codex(String toml) throws Exception {
        return new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", toml).get(0);
    }

    /** approvals_reviewer = "auto_review" sends requests to a reviewer agent under on-request and granular; untrusted still asks a person. */
    @Test
    void anAutomatedReviewerApprovesInThePersonsPlace() throws Exception {
        assertThat(codex("approval_policy = \"on-request\"\napprovals_reviewer = \"auto_review\"\n").mode())
                .isEqualTo(located(ApprovalMode.CLASSIFIER, 2, 22));
        assertThat(codex("approvals_reviewer = \"guardian_subagent\"\napproval_policy = { granular = { sandbox_approval = true, rules = true,"
                + " mcp_elicitations = true } }\n").mode()).isEqualTo(located(ApprovalMode.CLASSIFIER, 1, 22));
        assertThat(codex("approval_policy = \"untrusted\"\napprovals_reviewer = \"auto_review\"\n").mode()).isEqualTo(located(ApprovalMode.ASK, 1, 19));
        assertThat(codex("approval_policy = \"on-request\"\napprovals_reviewer = \"user\"\n").mode())
                .isEqualTo(located(ApprovalMode.ASK_ON_REQUEST, 1, 19));
        RuntimeConfiguration profiles = codex("""
                approval_policy = "on-request"
                [profiles.reviewed]
                approvals_reviewer = "auto_review"
                [profiles.asking]
                approval_policy = "untrusted"
                """);
        assertThat(profiles.profiles()).extracting(RuntimeProfile::name, RuntimeProfile::mode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reviewed", located(ApprovalMode.CLASSIFIER, 3, 22)),
                org.assertj.core.groups.Tuple.tuple("asking", located(ApprovalMode.ASK, 5, 19)));
        assertThatThrownBy(() -> codex("approval_policy = { reject = { rules = true } }\n")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::format).containsExactly("config.toml:1:19: 'approval_policy' must be one of"
                        + " untrusted, on-request, on-failure, never, or a table { granular = { ... } }"));
    }

    /**
     * Where no sandbox_mode is written, the permission profile default_permissions names is the
     * sandbox: a built-in one, or one of [permissions.NAME] with what it extends, the folders it
     * lets commands write and its network.
     */
    @Test
    void aPermissionProfileIsTheSandboxWhereNoSandboxModeIsWritten() throws Exception {
        assertThat(codex("default_permissions = \":danger-full-access\"\n").sandbox()).isEqualTo(located(Sandbox.FULL_ACCESS, 1, 23));
        assertThat(codex("sandbox_mode = \"read-only\"\ndefault_permissions = \":danger-full-access\"\n").sandbox())
                .as("sandbox_mode wins").isEqualTo(located(Sandbox.READ_ONLY, 1, 16));
        RuntimeConfiguration custom = codex("""
                default_permissions = "ops"
                [permissions.ops]
                extends = "base"
                [permissions.ops.filesystem]
                "~/.aws" = "write"
                "/etc" = "read"
                [permissions.ops.network]
                enabled = true
                [permissions.base]
                extends = ":read-only"
                """);
        assertThat(custom.sandbox()).isEqualTo(located(Sandbox.WORKSPACE_WRITE, 5, 1));
        assertThat(custom.directories()).containsExactly(located("~/.aws", 5, 1));
        assertThat(custom.network()).isEqualTo(located(true, 8, 11));
        RuntimeConfiguration scoped = codex("""
                default_permissions = "dev"
                [permissions.dev.filesystem.":workspace_roots"]
                "." = "write"
                [permissions.dev.filesystem]
                ":root" = "read"
                "/home/dana" = { ".aws" = "write" }
                [permissions.dev.network]
                enabled = true
                """);
        assertThat(scoped.sandbox()).isEqualTo(located(Sandbox.WORKSPACE_WRITE, 6, 18));
        assertThat(scoped.directories()).containsExactly(located("/home/dana/.aws", 6, 18));
        assertThat(codex("default_permissions = \"x\"\n[permissions.x]\nextends = \":read-only\"\nnetwork = { enabled = true }\n").sandbox())
                .as("the network is open though files are read only").isEqualTo(located(Sandbox.WORKSPACE_WRITE, 4, 23));
        assertThat(codex("default_permissions = \"x\"\n[permissions.x.filesystem]\n\":root\" = \"write\"\n").directories())
                .containsExactly(located("/", 3, 1));
        assertThat(codex("approvals_reviewer = \"auto_review\"\n").mode()).as("no policy is on-request")
                .isEqualTo(located(ApprovalMode.CLASSIFIER, 1, 22));
        assertThat(codex("approval_policy = \"untrusted\"\napprovals_reviewer = \"auto_review\"\n[profiles.p]\nsandbox_mode = \"read-only\"\n")
                .profiles()).extracting(RuntimeProfile::mode).as("a profile that sets neither inherits").containsOnlyNulls();
        assertThatThrownBy(() -> codex("default_permissions = \"a\"\n[permissions.a]\nextends = \"b\"\n[permissions.b]\nextends = \"a\"\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "config.toml:5:11: the permission profile 'a' extends itself, through the profiles it extends"));
        assertThatThrownBy(() -> codex("default_permissions = \"a\"\n[permissions.a]\nextends = \"typo\"\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "config.toml:3:11: 'typo' is no built-in permission profile (:danger-full-access, :read-only, :workspace) and no"
                                + " [permissions.typo] the file defines"));
        RuntimeConfiguration roots = codex("""
                approval_policy = "on-request"
                default_permissions = "dev"
                [permissions.dev.workspace_roots]
                "~/.aws" = true
                [permissions.dev.filesystem]
                ":minimal" = "read"
                ":tmpdir" = "write"
                [permissions.dev.filesystem.":workspace_roots"]
                "." = "write"
                """);
        assertThat(roots.directories()).as("a root added to a writable workspace").containsExactly(located("~/.aws", 4, 1));
        RuntimeConfiguration legacyBeside = codex("""
                default_permissions = ":workspace"
                [sandbox_workspace_write]
                network_access = true
                writable_roots = ["/home/dana/.aws"]
                """);
        assertThat(legacyBeside.network()).as("the older table does not compose with a permission profile").isNull();
        assertThat(legacyBeside.directories()).isEmpty();
        assertThat(codex("""
                default_permissions = ":workspace"
                [sandbox_workspace_write]
                network_access = true
                [profiles.old]
                sandbox_mode = "workspace-write"
                """).network()).as("kept for a profile that goes back to it").isEqualTo(located(true, 3, 18));
        RuntimeConfiguration user = codex("approvals_reviewer = \"auto_review\"\n[profiles.careful]\napprovals_reviewer = \"user\"\n");
        assertThat(user.profiles()).extracting(RuntimeProfile::mode).as("a profile whose person answers")
                .containsExactly(located(ApprovalMode.ASK_ON_REQUEST, 3, 22));
    }

    @Test
    void aServerOrToolThatApprovesItselfRunsUnaskedWhateverThePolicy() throws Exception {
        RuntimeConfiguration codex = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                approval_policy = "on-request"
                [mcp_servers.aws]
                command = "uvx"
                [mcp_servers.aws.tools.call_aws]
                approval_mode = "approve"
                [mcp_servers.github]
                command = "npx"
                default_tools_approval_mode = "approve"
                [mcp_servers.github.tools.delete_repository]
                approval_mode = "prompt"
                [mcp_servers.docs]
                command = "npx"
                default_tools_approval_mode = "auto"
                """).get(0);
        assertThat(codex.rules()).containsExactly(
                new RuntimeRule("mcp__aws", "", Decision.ALLOW, at(2, 14)),
                new RuntimeRule("mcp__aws__call_aws", "", Decision.ALLOW, at(5, 17)),
                new RuntimeRule("mcp__github", "", Decision.ALLOW, at(8, 31)),
                new RuntimeRule("mcp__github__delete_repository", "", Decision.ASK, at(10, 17)),
                new RuntimeRule("mcp__docs", "", Decision.ALLOW, at(13, 31)));
    }

    /**
     * Codex asks before a tool of a server of the file only when its approval mode prompts: under
     * auto (the default) and writes the server's own annotations decide, which the file does not
     * show, so its tools run unasked whatever approval_policy says, cited at the server or the mode.
     */
    @Test
    void aServersToolsRunUnaskedUnlessTheyPrompt() throws Exception {
        RuntimeConfiguration codex = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                approval_policy = "untrusted"
                [mcp_servers.aws]
                command = "uvx"
                [mcp_servers.github]
                url = "https://api.githubcopilot.com/mcp/"
                default_tools_approval_mode = "prompt"
                [mcp_servers.docs]
                command = "docs-mcp"
                default_tools_approval_mode = "writes"
                enabled_tools = ["search", "publish"]
                [mcp_servers.docs.tools.publish]
                approval_mode = "prompt"
                """).get(0);
        assertThat(codex.rules()).containsExactly(
                new RuntimeRule("mcp__aws", "", Decision.ALLOW, at(2, 14)),
                new RuntimeRule("mcp__github", "", Decision.ASK, at(6, 31)),
                new RuntimeRule("mcp__docs__search", "", Decision.ALLOW, at(9, 31)),
                new RuntimeRule("mcp__docs__publish", "", Decision.ASK, at(12, 17)));
        assertThat(AgentTools.of("coder", codex).stream().map(t -> t.tool() + " " + t.setting() + " " + t.evidencePath()))
                .startsWith("mcp__aws allow config.toml#@2:14", "mcp__github ask config.toml#@6:31");
    }

    /**
     * An app (connector) of {@code [apps.ID]} is read as a server of its name: its tools run by its
     * default mode (auto when none is written), a tool by its own, a disabled tool is refused, an
     * app Codex does not surface makes no rule, and a prompt the reviewer agent answers asks no person.
     */
    @Test
    void anAppsToolsAreReadAsAServersAre() throws Exception {
        RuntimeConfiguration codex = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                approval_policy = "untrusted"
                [apps._default]
                enabled = false
                [apps.github]
                enabled = true
                default_tools_approval_mode = "approve"
                [apps.github.tools.delete_repository]
                enabled = false
                [apps.drive]
                [apps.slack]
                enabled = true
                default_tools_approval_mode = "prompt"
                approvals_reviewer = "auto_review"
                [apps.linear]
                enabled = true
                default_tools_enabled = false
                [apps.linear.tools.list_issues]
                enabled = true
                [apps.linear.tools.delete_issue]
                approval_mode = "prompt"
                """).get(0);
        assertThat(codex.rules()).containsExactly(
                new RuntimeRule("mcp__github", "", Decision.ALLOW, at(6, 31)),
                new RuntimeRule("mcp__github__delete_repository", "", Decision.DENY, at(8, 11)),
                new RuntimeRule("mcp__slack", "", Decision.ALLOW, at(13, 22)),
                new RuntimeRule("mcp__linear__list_issues", "", Decision.ALLOW, at(18, 11)),
                new RuntimeRule("mcp__linear__delete_issue", "", Decision.ASK, at(20, 17)));
        assertThat(Fixtures.problemsOf(RuntimeKind.CODEX, "config.toml", "[apps.github]\ndefault_tools_approval_mode = \"writes\"\n"))
                .containsExactly("config.toml:2:31: 'default_tools_approval_mode' must be one of auto, prompt, approve");
    }

    /**
     * A PermissionRequest hook answers Codex's prompts in the person's place, read as Claude Code's
     * is; a PreToolUse hook can only block in Codex; {@code [features] hooks = false} turns them off.
     */
    @Test
    void aPermissionRequestHookAnswersPromptsUnlessHooksAreOff() throws Exception {
        String hooks = """
                [[hooks.PreToolUse]]
                matcher = "Bash"
                [[hooks.PreToolUse.hooks]]
                type = "command"
                command = "./log.sh"
                [[hooks.PermissionRequest]]
                matcher = "Bash|apply_patch"
                [[hooks.PermissionRequest.hooks]]
                type = "command"
                command = "./approve.sh"
                """;
        RuntimeReaders readers = new RuntimeReaders(InputLimits.DEFAULT);
        assertThat(readers.read(RuntimeKind.CODEX, "config.toml", hooks).get(0).rules()).containsExactly(
                new RuntimeRule("Bash", "", Decision.PERMISSION_REQUEST_HOOK, at(7, 11)),
                new RuntimeRule("apply_patch", "", Decision.PERMISSION_REQUEST_HOOK, at(7, 11)));
        assertThat(readers.read(RuntimeKind.CODEX, "config.toml", "[features]\ncodex_hooks = false\n" + hooks).get(0).rules()).isEmpty();
        // A profile's own features are laid over the top level's, and any profile the file defines can be started with.
        assertThat(readers.read(RuntimeKind.CODEX, "config.toml", "[features]\nhooks = false\n[profiles.ops.features]\nhooks = true\n"
                + hooks).get(0).rules()).extracting(RuntimeRule::tool).containsExactly("Bash", "apply_patch");
        assertThat(readers.read(RuntimeKind.CODEX, "config.toml", "[features]\nhooks = false\n[profiles.ops.features]\nhooks = false\n"
                + "codex_hooks = true\n" + hooks).get(0).rules()).as("in a profile too, hooks wins over codex_hooks").isEmpty();
        assertThat(readers.readCodexHooks("hooks.json", "{\"hooks\": {\"PermissionRequest\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"x\"}]}]}}"))
                .containsExactly(new RuntimeRule("*", "", Decision.PERMISSION_REQUEST_HOOK, at(1, 34), "hooks.json"));
        assertThatThrownBy(() -> readers.readCodexHooks("hooks.json", "{\"hooks\": {")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::format).singleElement().asString()
                        .startsWith("hooks.json:").contains("so not Codex hooks (hooks.json)"));
        assertThatThrownBy(() -> readers.readCodexHooks("hooks.json", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::format).containsExactly("hooks.json:1:1: the file is empty: expected Codex hooks (hooks.json)"));
    }

    /**
     * A profile file is laid over config.toml key by key: a server it names with only its approvals
     * is the base's server, and hooks the base turned off and the profile turns on answer prompts
     * under that profile (the base's cited in it, the hooks.json's in that file).
     */
    @Test
    void aProfileFileIsLaidOverTheBaseKeyByKey() throws Exception {
        RuntimeReaders readers = new RuntimeReaders(InputLimits.DEFAULT);
        String base = """
                approval_policy = "on-request"
                [features]
                hooks = false
                [mcp_servers.aws]
                command = "uvx"
                default_tools_approval_mode = "prompt"
                [[hooks.PermissionRequest]]
                matcher = "Bash"
                [[hooks.PermissionRequest.hooks]]
                type = "command"
                command = "./approve.sh"
                """;
        List<RuntimeRule> besideHooks = List.of(new RuntimeRule("*", "", Decision.PERMISSION_REQUEST_HOOK, at(1, 34), "hooks.json"));
        assertThat(readers.readCodexProfile("ops.config.toml", "[mcp_servers.aws]\ndefault_tools_approval_mode = \"approve\"\n",
                "config.toml", base, besideHooks).rules()).containsExactly(new RuntimeRule("mcp__aws", "", Decision.ALLOW, at(2, 31)));
        assertThat(readers.readCodexProfile("hooked.config.toml", "[features]\nhooks = true\n", "config.toml", base, besideHooks).rules())
                .containsExactly(new RuntimeRule("Bash", "", Decision.PERMISSION_REQUEST_HOOK, at(8, 11), "config.toml"), besideHooks.get(0));
        // Left off by the base and not turned on, the profile's own hooks do not run.
        assertThat(readers.readCodexProfile("quiet.config.toml", """
                [[hooks.PermissionRequest]]
                [[hooks.PermissionRequest.hooks]]
                type = "command"
                command = "./approve.sh"
                """, "config.toml", base, besideHooks).rules()).isEmpty();
        // Keys the profile leaves are the base's: narrowing the tools keeps the base's prompt, cited where the base writes it.
        assertThat(readers.readCodexProfile("narrow.config.toml", "[mcp_servers.aws]\nenabled_tools = [\"call_aws\"]\n",
                "config.toml", base, besideHooks).rules()).containsExactly(new RuntimeRule("mcp__aws__call_aws", "", Decision.ASK, at(6, 31), "config.toml"));
        assertThat(readers.readCodexProfile("tool.config.toml", "[mcp_servers.aws.tools.call_aws]\napproval_mode = \"approve\"\n",
                "config.toml", base, besideHooks).rules()).containsExactly(new RuntimeRule("mcp__aws__call_aws", "", Decision.ALLOW, at(2, 17)));
        // A server the base turns off and the profile turns on starts under it: its rules, the base's, stand.
        String off = "[mcp_servers.aws]\ncommand = \"uvx\"\nenabled = false\n";
        RuntimeConfiguration laid = readers.readCodex("config.toml", off, List.of(), List.of()).get(0)
                .plusProfileFile("ops", "ops.config.toml", readers.readCodexProfile("ops.config.toml", "[mcp_servers.aws]\nenabled = true\n",
                        "config.toml", off, List.of()));
        assertThat(laid.servers()).singleElement().satisfies(s -> assertThat(s.enabled()).isEqualTo(new Located<>(true, at(2, 11), "ops.config.toml")));
        assertThat(AgentTools.of("coder", laid)).extracting(t -> t.tool() + " " + t.setting() + " " + t.evidencePath())
                .contains("mcp__aws allow config.toml#@1:14");
        // A server the base does not have still needs a way to reach it.
        assertThatThrownBy(() -> readers.readCodexProfile("ops.config.toml", "[mcp_servers.gh]\nenabled = true\n", "config.toml", base, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly("ops.config.toml:1:1: [mcp_servers.gh] has neither 'command' nor 'url' (nor Gemini CLI's 'httpUrl', Windsurf's 'serverUrl')"));
    }

    /**
     * A plugin's servers take their approvals from the file, as [mcp_servers] do; a plugin or server
     * turned off starts none. A plugin switched on packages hooks too, read as one that may answer
     * every approval; with hooks turned off, none.
     */
    @Test
    void aPluginsServersAreApprovedAsTheFileSays() throws Exception {
        RuntimeConfiguration codex = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                approval_policy = "untrusted"
                [plugins."aws-toolkit@openai-curated"]
                enabled = true
                [plugins."aws-toolkit@openai-curated".mcp_servers.aws]
                default_tools_approval_mode = "approve"
                [plugins."aws-toolkit@openai-curated".mcp_servers.docs.tools.search]
                approval_mode = "prompt"
                [plugins."aws-toolkit@openai-curated".mcp_servers.off]
                enabled = false
                [plugins."gh@openai-curated"]
                enabled = false
                [plugins."gh@openai-curated".mcp_servers.github]
                default_tools_approval_mode = "approve"
                """).get(0);
        assertThat(codex.rules()).containsExactly(new RuntimeRule("*", "", Decision.PERMISSION_REQUEST_HOOK, at(3, 11)),
                new RuntimeRule("mcp__aws", "", Decision.ALLOW, at(5, 31)),
                new RuntimeRule("mcp__docs", "", Decision.ALLOW, at(6, 51)), new RuntimeRule("mcp__docs__search", "", Decision.ASK, at(7, 17)));
        assertThat(codex.servers()).isEmpty();
        RuntimeConfiguration hooksOff = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                [features]
                hooks = false
                [plugins."ops@team"]
                """).get(0);
        assertThat(hooksOff.rules()).isEmpty();
        RuntimeConfiguration pluginsOff = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                [features]
                plugins = false
                [plugins."ops@team"]
                [plugins."ops@team".mcp_servers.ops]
                default_tools_approval_mode = "approve"
                """).get(0);
        assertThat(pluginsOff.rules()).isEmpty();
        RuntimeConfiguration pluginsOnInAProfile = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                [features]
                plugins = false
                [profiles.ops.features]
                plugins = true
                [plugins."ops@team"]
                [plugins."ops@team".mcp_servers.ops]
                default_tools_approval_mode = "approve"
                """).get(0);
        assertThat(pluginsOnInAProfile.rules()).extracting(RuntimeRule::tool, RuntimeRule::decision)
                .containsExactly(tuple("*", Decision.PERMISSION_REQUEST_HOOK), tuple("mcp__ops", Decision.ALLOW));
        RuntimeConfiguration unsaid = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                [plugins."ops@team"]
                """).get(0);
        assertThat(unsaid.rules()).containsExactly(new RuntimeRule("*", "", Decision.PERMISSION_REQUEST_HOOK, at(1, 10)));
    }

    @Test
    void anUnknownToolApprovalModeIsReportedWithoutQuotingIt() {
        assertThat(Fixtures.problemsOf(RuntimeKind.CODEX, "config.toml", """
                [mcp_servers.aws]
                command = "uvx"
                default_tools_approval_mode = "ghp_EXAMPLEexampleEXAMPLEexample000000"
                """)).containsExactly("config.toml:3:31: 'default_tools_approval_mode' must be one of auto, prompt, writes, approve");
    }

    @Test
    void theVariablesSetForEveryCommandAreItsCredentials() throws Exception {
        RuntimeConfiguration codex = new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.CODEX, "config.toml", """
                approval_policy = "untrusted"
                [shell_environment_policy]
                inherit = "core"
                [shell_environment_policy.set]
                AWS_PROFILE = "northwind-prod-admin"
                NODE_ENV = "production"
                GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
                """).get(0);
        assertThat(codex.credentials()).containsExactly(
                new Credential("AWS_PROFILE", CredentialSource.OPERATOR_PROFILE, "northwind-prod-admin", at(5, 1)),
                new Credential("GITHUB_TOKEN", CredentialSource.PERSONAL_TOKEN, null, at(7, 1)));
    }

    @Test
    void anUnclosedStringIsLocatedAndNotQuoted() {
        List<String> problems = Fixtures.problems(RuntimeKind.CODEX, "codex-config-bad.toml");
        assertThat(problems).containsExactly("runtime/codex-config-bad.toml:5:24: not valid TOML, so not a Codex config.toml; nothing of the file is quoted, "
                + "since it may be another file, such as one of secrets");
    }

    @Test
    void anUnknownPolicyAndAMissingProfileAreReported() {
        // The word written is not quoted: a value the reader did not understand may be a secret the masker does not know.
        assertThat(Fixtures.problemsOf(RuntimeKind.CODEX, "config.toml", "approval_policy = \"hunter2-mode-secret\"\nprofile = \"ci\"\n")).containsExactly(
                "config.toml:1:19: 'approval_policy' must be one of untrusted, on-request, on-failure, never",
                "config.toml:2:11: 'profile' names 'ci', but no [profiles.ci] is defined");
    }
}
