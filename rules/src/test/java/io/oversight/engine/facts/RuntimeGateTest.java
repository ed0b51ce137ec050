package io.oversight.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.catalog.runtime.RuntimeGates.Enforcer;
import io.oversight.catalog.runtime.RuntimeGates.Gate;
import io.oversight.deployment.model.RuntimeTool;
import io.oversight.deployment.runtime.ApprovalMode;
import io.oversight.deployment.runtime.Decision;
import io.oversight.deployment.runtime.RuntimeKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog's runtime-gates.yaml judges every setting the readers give, and reads tools' names as documented. */
class RuntimeGateTest {

    private static final RuntimeGates GATES = RuntimeGates.builtIn();
    private static final String CLAUDE_CODE = "claude-code";
    private static final String BEDROCK = "bedrock-agent";

    @Test
    void everyKindOfRuntimeAndEverySettingHasAJudgement() {
        for (RuntimeKind kind : RuntimeKind.values()) {
            assertThat(GATES.enforcement(kind.word())).as(kind.word()).isPresent();
        }
        for (Decision decision : Decision.values()) {
            assertThat(GATES.setting(decision.setting())).as(decision.name()).isPresent();
        }
        for (ApprovalMode mode : ApprovalMode.values()) {
            assertThat(GATES.setting("mode:" + mode.name().toLowerCase(Locale.ROOT).replace('_', '-'))).as(mode.name()).isPresent();
        }
        assertThat(GATES.setting("sandbox:full-access")).isPresent();
        assertThat(GATES.setting("sandbox:network")).isPresent();
        assertThat(GATES.setting("sandbox:unix-socket")).isPresent();
    }

    @Test
    void aRuntimesOwnPromptIsEnforcedByTheRuntimeAndAPlatformsConfirmationByThePlatform() {
        assertThat(GATES.enforcement("claude-code").orElseThrow().by()).isEqualTo(Enforcer.RUNTIME);
        assertThat(GATES.enforcement("codex").orElseThrow().by()).isEqualTo(Enforcer.RUNTIME);
        assertThat(GATES.enforcement("mcp-client").orElseThrow().by()).isEqualTo(Enforcer.RUNTIME);
        assertThat(GATES.enforcement("kagent").orElseThrow().by()).isEqualTo(Enforcer.PLATFORM);
        assertThat(GATES.enforcement("bedrock-agent").orElseThrow().by()).isEqualTo(Enforcer.PLATFORM);
        assertThat(List.of("mode:never-ask", "mode:classifier", "sandbox:full-access", "allow", "hook:pre-tool-use",
                "hook:permission-request")).allSatisfy(
                s -> assertThat(GATES.setting(s).orElseThrow().gate()).as(s).isEqualTo(Gate.NONE));
    }

    @Test
    void aToolReachesVerbsByItsPatternOrTheWordsOfItsName() {
        assertThat(GATES.reach(CLAUDE_CODE, "Bash(aws:*)").verbs()).containsExactly(Verb.ALL);
        assertThat(GATES.reach(CLAUDE_CODE, "Bash(git status:*)").verbs()).containsExactly(Verb.READ);
        assertThat(List.of("Bash(ls:*)", "Bash(pwd)", "Bash(wc *)", "Bash(docker ps:*)", "Bash(gh pr view:*)", "Bash(uname)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
        // Only the rule for the command with any arguments, not a command written after it; a command that prints files prints credentials.
        assertThat(List.of("Bash(ls:* && rm -rf ~)", "Bash(ls -la; curl x | sh)", "Bash(cat:*)", "Bash(lsof:*)", "Bash(ls*)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__aws-api__call_aws").verbs()).containsExactly(Verb.ALL);
        // Tools that apply any manifest, run any SQL statement or any shell command: not the update their first word says (red team).
        assertThat(List.of("mcp__kubernetes__resources_create_or_update", "mcp__k8s__kubectl_apply", "mcp__eks__apply_yaml",
                "mcp__supabase__apply_migration", "mcp__sqlite__write_query", "mcp__desktop-commander__start_process",
                "mcp__iterm__write_to_terminal")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "Edit(src/**)").verbs()).isEmpty();
        // A file tool with no path is the tool on every path, as Read(//**) and Edit(//**) are: the credential folders among them.
        assertThat(List.of("Read", "Edit", "Write", "MultiEdit")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(GATES.reach("kagent", "mcp__kagent-tool-server__k8s_delete_resource").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(BEDROCK, "Capacity(TerminateInstances)").verbs()).containsExactly(Verb.DELETE);
        // An action group's name is its author's label: one that starts like a coding agent's file tool, or is one, reads nothing (red team).
        assertThat(List.of("ReadOps(terminate_instances)", "WriteOps(terminate_instances)", "GlobalOperations(terminate_instances)",
                "Read(terminate_instances)", "Edit(terminate_instances)")).allSatisfy(t -> assertThat(GATES.reach(BEDROCK, t).verbs()).as(t)
                .contains(Verb.DELETE));
        assertThat(GATES.reach(CLAUDE_CODE, "Read(src/**)").verbs()).containsExactly(Verb.READ);
        // Kiro's, Amazon Q's and Cursor's paths from one '/' are the root's, where Claude Code's are its settings' folder's (red team).
        assertThat(List.of("fs_read(/var/run/secrets)", "fs_read(/etc/kubernetes)", "Read(/proc/self/environ)")).allSatisfy(t ->
                assertThat(GATES.reach("mcp-client", t).verbs()).as(t).contains(Verb.GRANT));
        assertThat(GATES.reach("mcp-client", "fs_read(/var/run/secrets)").reason()).startsWith("its path starts at the root, read as"
                + " fs_read(//var/run/secrets): ");
        assertThat(GATES.reach(CLAUDE_CODE, "Read(/src/**)").verbs()).containsExactly(Verb.READ);
        // An absolute folder added to the workspace, as the readers write it (from '//').
        assertThat(List.of("Read(//run/secrets/)", "Read(//var/run/secrets/)", "Read(//etc/kubernetes/)")).allSatisfy(t ->
                assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).contains(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "Write(//usr/local/bin/)").verbs()).containsExactly(Verb.ALL);
        // Cursor's own settings, written, let it allow itself the shell; read, its MCP servers' keys (red team).
        assertThat(List.of("Write(.cursor/**)", "Write(~/.cursor/**)", "Write(.cursor/cli.json)")).allSatisfy(t ->
                assertThat(GATES.reach("mcp-client", t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach("mcp-client", "Read(.cursor/mcp.json)").verbs()).containsExactly(Verb.GRANT);
        assertThat(List.of("Read(**/.env*)", "Read(config/.env*)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .containsExactly(Verb.GRANT));
        assertThat(GATES.reach("mcp-client", "Read(.cursor/rules/style.mdc)").verbs()).containsExactly(Verb.READ);
        assertThat(List.of("Read(~/.terraformrc)", "Read(~/.pulumi/credentials.json)", "Read(~/.oci/config)", "Read(~/.gem/credentials)",
                "Read(~/.composer/auth.json)", "Read(~/.circleci/cli.yml)", "Read(~/.cache/huggingface/token)",
                "Read(~/.local/share/keyrings/login.keyring)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .containsExactly(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "Read(~/.pulumi)").verbs()).as("a folder, read").containsExactlyInAnyOrder(Verb.READ, Verb.GRANT);
        // What a create makes may be access: a key, a login, a membership, a binding, or any object of a manifest (red team).
        assertThat(List.of("mcp__iam__create_access_key", "mcp__iam__add_user_to_group", "mcp__iam__create_login_profile",
                "mcp__github__add_collaborator", "mcp__k8s__create_role_binding", "mcp__gitlab__add_project_member", "CreateAccessKey"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).contains(Verb.GRANT));
        assertThat(List.of("mcp__iam__list_access_keys", "mcp__gitlab__list_project_members", "mcp__k8s__get_cluster_role_bindings",
                "mcp__iam__get_login_profile")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
        // Each word's verb counts: removing a member removes and changes access, so a checkpoint on deletes holds it too (review).
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__gitlab__remove_member").verbs()).containsExactlyInAnyOrder(Verb.DELETE, Verb.GRANT);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__iam__delete_access_key").verbs()).containsExactlyInAnyOrder(Verb.DELETE, Verb.GRANT);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__gcp__create_service_account_key").verbs()).containsExactlyInAnyOrder(Verb.CREATE, Verb.GRANT);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__chat__send_message_to_group").verbs()).containsExactly(Verb.SEND);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__github__list_ssh_keys").verbs()).containsExactly(Verb.READ);
        assertThat(List.of("mcp__redis__set_key", "mcp__azure__create_resource_group")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t)
                .verbs()).as(t).doesNotContain(Verb.GRANT));
        assertThat(List.of("mcp__kagent-tool-server__k8s_create_resource", "mcp__kagent-tool-server__k8s_apply_manifest"))
                .allSatisfy(t -> assertThat(GATES.reach("kagent", t).verbs()).as(t).containsExactly(Verb.ALL));
        // Named as checks, they change the cluster (red team): a curl pod made and removed; a plugin the controller loads.
        assertThat(GATES.reach("kagent", "mcp__kagent-tool-server__k8s_check_service_connectivity").verbs())
                .containsExactlyInAnyOrder(Verb.CREATE, Verb.EXECUTE, Verb.DELETE);
        assertThat(GATES.reach("kagent", "mcp__kagent-tool-server__argo_verify_gateway_plugin").verbs()).containsExactlyInAnyOrder(Verb.UPDATE, Verb.EXECUTE);
        assertThat(GATES.reach("kagent", "mcp__helm__helm_install").verbs()).containsExactly(Verb.DEPLOY);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__github__get_issue").verbs()).containsExactly(Verb.READ);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__things__frobnicate").verbs()).containsExactly(Verb.UNKNOWN);
        // A tool that reads or sets a secret hands out what to act with, as reading a token does.
        assertThat(List.of("mcp__vault__read_secret", "mcp__aws-secrets__get_secret_value", "mcp__aws__getSecretValue", "mcp__k8s__list_secrets",
                "mcp__db__reset_password", "mcp__vault__get_passwd", "mcp__keys__read_passphrase", "mcp__gw__get_apikey", "mcp__vault__read_token"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).contains(Verb.GRANT).doesNotContain(Verb.READ));
        assertThat(List.of("mcp__hid__get_keyboard_layout", "mcp__hr__get_secretary", "mcp__kv__get_key", "mcp__fs__get_pwd"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
    }

    /**
     * A word of change that names what a tool reads (a policy, a commit, a release, a block) beside a
     * word of reading, and no other word of change, is read: Kyverno's get_policy, GitHub's
     * get_commit. The same word beside another word of change, or alone, changes what it names; a
     * secret's name beside a word of reading still hands it out.
     */
    @Test
    void aNameThatReadsWhatAWordOfChangeNamesIsRead() {
        assertThat(List.of("mcp__kyverno__get_policy", "mcp__kyverno__list_policy_reports", "mcp__kyverno__explain_policy",
                "mcp__github__get_commit", "mcp__github__get_release_by_tag", "mcp__gitlab__get_merge_request", "mcp__btc__analyze_block",
                "mcp__btc__get_block_stats", "mcp__iam__list_role_permissions", "mcp__ratatosk__get_release", "mcp__stripe__get_payment"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__kyverno__get_policy").reason())
                .isEqualTo("its name says 'get', and 'policy' is what it reads: it reads what the word names and changes nothing");
        assertThat(List.of("mcp__iam__attach_policy", "mcp__iam__get_and_update_policy", "mcp__iam__policy", "mcp__kyverno__generate_policy"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).contains(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__github__merge_pull_request").verbs()).containsExactly(Verb.UPDATE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__github__create_release").verbs()).containsExactlyInAnyOrder(Verb.DEPLOY, Verb.CREATE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__github__get_commit_and_delete_branch").verbs()).contains(Verb.DELETE).doesNotContain(Verb.READ);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__vault__get_role_token").verbs()).containsExactly(Verb.GRANT);
        assertThat(List.of("mcp__git__fetch_and_merge", "mcp__git__fetchThenMerge", "mcp__social__validate_and_post"))
                .as("beside another verb a noun may be one").allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).doesNotContain(Verb.READ));
    }

    @Test
    void filesOfCredentialsAreGrantsAndWritingTheAgentsOwnSettingsEveryVerb() {
        assertThat(List.of("Write(~/.aws/)", "Edit(//home/dev/.kube/config)", "Read(~/.claude/.credentials.json)", "Read(.claude/settings.json)",
                "Write(~/.ssh/authorized_keys)", "Write(C:/Users/dev/.aws/)")).allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        // Writing the agent's own settings lets it allow itself a shell or stop asking: every verb (red team).
        assertThat(List.of("Edit(.claude/settings.json)", "MultiEdit(~/.codex/config.toml)", "Write(.mcp.json)", "Edit(.gemini/settings.json)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(List.of("Write(../shared-lib/)", "Write(~/.aws-sam/)", "Edit(src/.dockerignore)", "Write(/home/dev/other-repo/)",
                "Write(C:/Users/dev/src/)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).isEmpty());
        assertThat(GATES.reach(CLAUDE_CODE, "WebFetch(domain:docs.aws.amazon.com)").verbs()).containsExactly(Verb.READ);
        assertThat(List.of("Write(~/)", "Read(~/**)", "Edit(~/**)", "Read(//**)", "Write(/)", "Write(/home/dev/)", "Write(/Users/me/)",
                "Write(C:/Users/me/)", "Write(D:/)", "Write(/root/)", "Read(~/.config/**)", "Read(~/.*/**)", "Read(//home/**)", "Edit(//Users/**)"))
                .as("what holds the folders holds their credentials").allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(List.of("Write(/home/dana/.config/)", "Write(/Users/dana/.config/)", "Write(C:/Users/dana/.config/)", "Write(/root/.config/)",
                "Edit(//home/dana/.config/**)", "Read(//Users/*/**)", "Write(/home/dana/.docker/)"))
                .as("a home folder written from the root is ~").allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "Write(/home/dana/.config/)").reason()).startsWith("it names a path in a home folder, read as Write(~/.config/): ");
        assertThat(List.of("Write(/home/dana/src/)", "Write(/rootfs/.config/)", "Write(/homes/dana/.config/)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).isEmpty());
        assertThat(List.of("Write(~/.bashrc/)", "Write(~/.gitconfig/)", "Write(~/.npmrc/)", "Write(~/.config/git/)", "Write(/home/dana/.zshrc/)"))
                .as("an added folder's path may name a file that names commands others run").allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "Write(~/.netrc/)").verbs()).containsExactly(Verb.GRANT);
        assertThat(GATES.reach(CLAUDE_CODE, "Write(~/.bashrc/)").reason()).startsWith("an added folder's path may name a file, read as Write(~/.bashrc): ");
        assertThat(List.of("Write(~/src/)", "Write(./)", "Write(../shared-lib/)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).isEmpty());
        assertThat(List.of("Write(~/../dana/)", "Write(~/../)", "Read(~/../dana/.aws/config)", "Write(../)", "Write(../../)", "Write(../../../)"))
                .as("above the home folder, or above the project: a home folder, or the folder of them all").allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(List.of("Write(../shared-lib/)", "Write(../../other/app/)", "Write(~/work/app/)")).allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).isEmpty());
        assertThat(List.of("Edit(.mcp.json)", "Write(/srv/app/.mcp.json)", "Edit(~/.claude.json)", "Edit(.claude/settings.local.json)"))
                .as("the agent's own MCP servers and settings").allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        // A path rule covers the folder of that name and what is in it (Claude Code's gitignore-style paths, Kiro's allowedPaths): red team.
        assertThat(List.of("Read(~/.aws)", "fs_read(~/.kube)", "fs_write(~/.ssh)", "Read(//home/dana/.aws)", "fs_read(/Users/dana/.docker)"))
                .as("a credential folder named without its '/'").allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).contains(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "Read(~/.aws)").reason()).startsWith("its path may name a folder, and a rule on a folder covers what is in it, "
                + "read as Read(~/.aws/): ");
        assertThat(GATES.reach(CLAUDE_CODE, "fs_write(.claude)").verbs()).containsExactly(Verb.ALL);
        // Read, a folder adds only the credentials in it: what writing its hooks or settings runs, reading them does not (change review).
        assertThat(List.of("Read(.husky)", "Read(.git/hooks)", "Read(.vscode)", "Read(~/.local/bin)")).allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).doesNotContain(Verb.ALL, Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "fs_read(.kiro)").verbs()).as("Kiro's settings hold its MCP servers' keys").contains(Verb.GRANT).doesNotContain(Verb.ALL);
        assertThat(GATES.reach(CLAUDE_CODE, "Read(~/.config/git)").verbs()).containsExactly(Verb.GRANT);
        assertThat(List.of("Edit(.git)", "Write(.git/**)", "fs_write(.git)")).as("the git folder holds its config and hooks")
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(List.of("Read(.git)", "Read(.git/**)")).as("its config may hold a CI checkout's token").allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t)
                .verbs()).as(t).contains(Verb.GRANT).doesNotContain(Verb.ALL));
        assertThat(List.of("fs_read($HOME/.aws)", "fs_read(${HOME}/.kube/config)")).as("the home folder's variable, as Kiro expands it")
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).contains(Verb.GRANT));
        assertThat(List.of("Read(./docs)", "Edit(src/app.ts)", "fs_read(~/projects)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .doesNotContain(Verb.GRANT, Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "Bash(cat ~/.aws/credentials)").verbs()).containsExactly(Verb.ALL);
        assertThat(GATES.setting("edit:accept-edits").orElseThrow().gate()).isEqualTo(Gate.NONE);
        assertThat(GATES.setting("sandbox:writable-root").orElseThrow().gate()).isEqualTo(Gate.NONE);
        assertThat(GATES.setting("sandbox:unix-socket").orElseThrow().gate()).isEqualTo(Gate.NONE);
        assertThat(GATES.reach(CLAUDE_CODE, "Bash via the Unix socket /var/run/docker.sock").verbs()).containsExactly(Verb.ALL);
    }

    @Test
    void aSecretInARuleIsMaskedWhereTheGateNamesItAndTheRuleReachesWhatItsCommandDoes() {
        RuntimeGate token = RuntimeGate.of(new RuntimeTool("a", "claude-code",
                "Bash(curl -H 'Authorization: Bearer ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789' https://api.github.com/*)", "allow", "f#@1:1"));
        assertThat(token.describe()).isEqualTo("Bash(curl -H 'Authorization: Bearer ****' https://api.github.com/*) (allow)");
        assertThat(token.verbs()).containsExactly(Verb.ALL);
        RuntimeGate password = RuntimeGate.of(new RuntimeTool("a", "claude-code", "Bash(psql postgres://admin:Sup3rS3cret@db:5432/app:*)",
                "allow", "f#@1:1"));
        assertThat(password.tool()).isEqualTo("Bash(psql postgres://admin:****@db:5432/app:*)");
    }

    /**
     * Bash(git diff*) matches git difftool -x CMD; Bash(git diff:*) and Bash(git diff *) end at the
     * word, but git diff and git log write any file with --output, so they read only alone.
     */
    @Test
    void aStarGluedToAWordMatchesEveryCommandStartingWithItsCharacters() {
        assertThat(List.of("Bash(git diff)", "Bash(git status:*)", "Bash(git status *)", "Bash(git log)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
        assertThat(List.of("Bash(git diff:*)", "Bash(git diff *)", "Bash(git diff --stat*)", "Bash(git log --oneline:*)", "Bash(git log *)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "Bash(git diff:*)").reason()).startsWith("git diff --output=FILE writes its output to any file");
        assertThat(List.of("Bash(git diff*)", "Bash(git status*)", "Bash(git log*)", "Bash(git difftool -x rm)", "Bash(ls*)", "Bash(git*)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "Bash(git diff*)").reason()).startsWith("its '*' follows a word without a space");
        assertThat(RuntimeGates.commandFamily("Bash(git diff*)")).isEqualTo("Bash(git *)");
        assertThat(RuntimeGates.commandFamily("Bash(ls*)")).isEqualTo("Bash(*)");
        assertThat(RuntimeGates.commandFamily("Bash(git diff:*)")).isNull();
        assertThat(RuntimeGates.commandFamily("Read(src*)")).isNull();
    }

    @Test
    void aWordThatChangesSomethingOutweighsAWordThatReads() {
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__k8s__get_and_wipe").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__ops__clear_logs").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(CLAUDE_CODE, "get_status_and_wipe_disk").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__ops__disable_health_check").verbs()).containsExactly(Verb.UPDATE);
        // The words of tearing an environment down, from the red team: a read word beside them must not decide.
        assertThat(GATES.reach(CLAUDE_CODE, "list_and_teardown_stale_envs").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(CLAUDE_CODE, "get_or_deprovision_cluster").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__infra__recreate_environment").verbs()).containsExactly(Verb.DELETE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__db__check_and_failover").verbs()).containsExactly(Verb.UPDATE);
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__k8s__list_pods").verbs()).containsExactly(Verb.READ);
        // SQL servers run any statement through their query tool: the word says nothing of what it does.
        assertThat(List.of("mcp__db__query", "mcp__mysql__mysql_query")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .containsExactly(Verb.UNKNOWN));
        // A Prometheus server's queries are PromQL, which only reads, though "execute" names every verb elsewhere.
        assertThat(List.of("mcp__prometheus__execute_query", "mcp__prometheus-prod__execute_range_query", "mcp__kagent__prometheus_query_tool"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
        assertThat(GATES.reach(CLAUDE_CODE, "mcp__warehouse__execute_query").verbs()).containsExactly(Verb.ALL);
    }

    /** From the red team: credential files named one by one, and shell startup files other than the four best known. */
    @Test
    void aNamedCredentialFileIsAGrantAndEveryShellStartupFileRunsAnything() {
        assertThat(List.of("Read(~/.config/gh/hosts.yml)", "Read(~/.config/gh/**)", "Read(//var/run/secrets/kubernetes.io/serviceaccount/token)",
                "Read(//etc/kubernetes/admin.conf)", "Read(~/.vault-token)", "Read(~/.terraform.d/credentials.tfrc.json)", "Read(~/.pgpass)",
                "Read(~/.pypirc)", "Read(.env)", "Read(./.env)", "Read(.env.production)", "Read(/home/dana/.config/gh/hosts.yml)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(List.of("Edit(~/.zshenv)", "Edit(~/.zprofile)", "Edit(~/.bash_login)", "Write(~/.config/fish/config.fish)",
                "Write(~/.config/systemd/user/backdoor.service)", "Edit(//etc/profile.d/agent.sh)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(List.of("Read(.env.example)", "Edit(src/env.ts)", "Read(./config/app.yml)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .doesNotContain(Verb.GRANT, Verb.ALL));
        // The second round: Windows and WSL homes, secrets mounted into a container, Terraform state, keys, processes' environments.
        assertThat(List.of("Read(//c/Users/dana/.config/gh/hosts.yml)", "Read(//C:/Users/dana/.aws/credentials)", "Read(//mnt/c/Users/dana/.kube/config)",
                "Read(//c/Users/dana/AppData/Roaming/gcloud/**)", "Read(//c/**)", "Read(//c/Users/**)", "Read(//var/run/secrets/**)",
                "Read(./terraform.tfstate)", "Read(**/*.pem)", "Read(//proc/self/environ)", "Read(.env*)", "Read(.env.staging)", "Read(~/.npmrc)",
                "Read(~/.boto)", "Read(~/.m2/settings.xml)", "Read(//etc/kubernetes/admin.conf)", "Read(~/.*)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(List.of("Edit(~/.bash_aliases)", "Edit(~/.bashrc.d/agent.sh)", "Edit(~/.local/bin/git)", "Edit(~/Library/LaunchAgents/x.plist)",
                "Edit(.husky/pre-commit)", "Edit(~/.local/lib/python3.12/site-packages/x.pth)", "Edit(//c/Users/dana/.bashrc)", "Edit(~/.xprofile)",
                "Edit(~/.pam_environment)", "Edit(~/.tmux.conf)", "Edit(~/.vimrc)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        // Reading what runs commands reads it: writing it is what runs them.
        assertThat(List.of("Read(~/.zshrc)", "Read(~/.gitconfig)", "Read(//etc/os-release)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .containsExactly(Verb.READ));
        // One file of them too, whatever the table says of writing it (Read(.git/config) had reached every verb).
        assertThat(List.of("Read(.git/hooks/pre-commit)", "Read(.husky/pre-commit)", "Read(~/.bash_aliases)", "Read(~/.vimrc)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.READ));
        // But those that hold keys as well are read as the credentials they hold (change review: the skip had let them through).
        assertThat(List.of("Read(.git/config)", "Read(.git)", "Read(.kiro/settings/mcp.json)", "Read(.vscode/mcp.json)", "Read(app/.yarnrc.yml)",
                "Read(~/.claude.json)", "Read(.claude/settings.local.json)", "fs_read(.kiro/settings/mcp.json)", "fs_read(.git/config)",
                "read(.vscode/settings.json)")).allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t)
                .contains(Verb.GRANT).doesNotContain(Verb.ALL));
        assertThat(List.of("Edit(.git/config)", "Write(.git/hooks/pre-commit)", "fs_write(.kiro/agents/a.json)")).allSatisfy(
                t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
    }

    /** A path written with Windows' backslashes names what it names with slashes; a command's backslashes are escapes. */
    @Test
    void aWindowsPathWrittenWithBackslashesIsReadWithSlashes() {
        assertThat(List.of("Read(C:\\Users\\dana\\.config\\gh\\hosts.yml)", "Read(C:\\Users\\dana\\.aws\\**)", "Read(c:\\**)",
                "Read(~\\.ssh\\id_ed25519)", "Read(.\\.env)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "Edit(C:\\Users\\dana\\.bashrc)").verbs()).containsExactly(Verb.ALL);
        assertThat(GATES.reach(CLAUDE_CODE, "Read(C:\\Users\\dana\\.aws\\credentials)").reason())
                .startsWith("it names a Windows path, read as Read(C:/Users/dana/.aws/credentials): it names a path in a home folder");
        assertThat(GATES.reach(CLAUDE_CODE, "Edit(.\\src\\app.ts)").verbs()).doesNotContain(Verb.GRANT, Verb.ALL);
        assertThat(GATES.reach(CLAUDE_CODE, "Bash(type C:\\Users\\dana\\notes.txt)").reason()).doesNotContain("Windows path");
        // From the red team: a project's path with backslashes, a folder written without a glob, and PowerShell's profiles.
        assertThat(GATES.reach(CLAUDE_CODE, "Edit(.claude\\settings.json)").verbs()).containsExactly(Verb.ALL);
        assertThat(List.of("Read(config\\.env)", "Read(//home/dana)", "Read(//home/*)", "Read(//Users/*)",
                "Read(//*)", "Read(//)", "Read(~)", "Read(C:/)", "Read(C:/*)", "Read(C:\\Users\\)", "Read(C:/Users/dana)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.GRANT));
        assertThat(GATES.reach(CLAUDE_CODE, "Edit(.git\\config)").verbs()).containsExactly(Verb.ALL);
        assertThat(List.of("Edit(~/Documents/PowerShell/Microsoft.PowerShell_profile.ps1)",
                "Edit(C:\\Users\\dana\\Documents\\WindowsPowerShell\\Microsoft.PowerShell_profile.ps1)"))
                .allSatisfy(t -> assertThat(GATES.reach(CLAUDE_CODE, t).verbs()).as(t).containsExactly(Verb.ALL));
        assertThat(GATES.reach(CLAUDE_CODE, "Read(~/Documents/PowerShell/Microsoft.PowerShell_profile.ps1)").verbs()).containsExactly(Verb.READ);
    }

    @Test
    void anUnknownToolReachesEveryVerbButReadAndAWorkspaceToolNone() {
        RuntimeGate unknown = RuntimeGate.of(new RuntimeTool("a", "mcp-client", "mcp__things__frobnicate", "allow", "f#@1:1"));
        assertThat(unknown.reaches(Verb.DELETE)).isTrue();
        assertThat(unknown.reaches(Verb.READ)).isFalse();
        assertThat(unknown.reachesAny(List.of("*"))).isTrue();
        RuntimeGate edit = RuntimeGate.of(new RuntimeTool("a", "claude-code", "Edit(src/**)", "allow", "f#@1:1"));
        assertThat(Set.of(Verb.values())).noneMatch(edit::reaches);
        RuntimeGate read = RuntimeGate.of(new RuntimeTool("a", "claude-code", "Read(./**)", "allow", "f#@1:1"));
        assertThat(read.reachesAny(List.of("*", "delete"))).isFalse();
        assertThat(read.reachesAny(List.of("read"))).isTrue();
    }
}
