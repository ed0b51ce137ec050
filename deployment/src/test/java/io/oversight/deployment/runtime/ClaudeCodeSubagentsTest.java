package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.RuntimeTool;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaudeCodeSubagentsTest {

    private static final String FILE = ".claude/agents/release-manager.md";

    /** What Claude Code needs to load a subagent at all, written last so that the lines before keep their numbers. */
    private static final String NAMED = "name: release-manager\ndescription: Ships the stacks.\n";

    private static java.util.Optional<RuntimeProfile> profile(String file, String text, InputLimits limits) throws InvalidInputException {
        return ClaudeCodeSubagents.read(file, text, limits).subagents().stream().findFirst();
    }

    /** A subagent's mode applies to the tools it lists, less those it disallows and those that would start another subagent. */
    @Test
    void theModeAppliesToTheListedToolsLessTheDisallowed() throws Exception {
        assertThat(profile(FILE, """
                ---
                name: release-manager
                description: Ships the stacks.
                tools: Read, Bash(terraform *), Write, Agent(reviewer), Read
                disallowedTools: [Write]
                permissionMode: bypassPermissions
                ---
                Ship it.
                """, InputLimits.DEFAULT)).contains(new RuntimeProfile("release-manager", at(2, 1),
                new Located<>(ApprovalMode.NEVER_ASK, at(6, 17), FILE), null, false, List.of("Read", "Bash(terraform *)"), FILE));
    }

    /**
     * Servers a subagent defines inline are started for it with the credentials their configuration
     * hands them; a name alone refers to a server defined elsewhere and adds none.
     */
    @Test
    void serversDefinedInlineAreReadWithTheirCredentials() throws Exception {
        ClaudeCodeMarkdown read = ClaudeCodeSubagents.read(FILE, "---\nmcpServers:\n  - github\n  - aws-prod:\n      command: uvx\n"
                + "      args: [awslabs.aws-api-mcp-server]\n      env: {AWS_PROFILE: northwind-prod-admin}\n" + NAMED + "---\n", InputLimits.DEFAULT);
        assertThat(read.servers()).singleElement().satisfies(server -> {
            assertThat(server.name()).isEqualTo("aws-prod");
            assertThat(server.position()).isEqualTo(at(4, 5));
            assertThat(server.transport()).isEqualTo("uvx awslabs.aws-api-mcp-server");
            assertThat(server.credentials()).singleElement().satisfies(c -> {
                assertThat(c.source()).isEqualTo(CredentialSource.OPERATOR_PROFILE);
                assertThat(c.file()).isEqualTo(FILE);
            });
        });
        assertThatThrownBy(() -> ClaudeCodeSubagents.read(FILE, "---\nmcpServers: 5\n" + NAMED + "---\n", InputLimits.DEFAULT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(FILE + ":2:13: 'mcpServers' must be a list of server names or of"
                        + " servers defined inline, but is");
    }

    /** Without a list of tools the subagent inherits every tool, and a few disallowed still leave any of them. */
    @Test
    void withoutToolsTheModeAppliesToEveryTool() throws Exception {
        assertThat(profile(FILE, "---\npermissionMode: auto\ndisallowedTools: Bash\n" + NAMED + "---\n", InputLimits.DEFAULT))
                .hasValueSatisfying(p -> {
                    assertThat(p.tools()).containsExactly(RuntimeProfile.EVERY_TOOL);
                    assertThat(p.name()).isEqualTo("release-manager");
                    assertThat(p.mode().value()).isEqualTo(ApprovalMode.CLASSIFIER);
                });
        for (String empty : List.of("tools:", "tools: ~", "tools: ''")) {
            assertThat(profile(FILE, "---\npermissionMode: bypassPermissions\n" + empty + "\n" + NAMED + "---\n", InputLimits.DEFAULT)).as(empty)
                    .hasValueSatisfying(p -> assertThat(p.tools()).containsExactly(RuntimeProfile.EVERY_TOOL));
        }
        assertThat(profile(FILE, "---\npermissionMode: bypassPermissions\ntools: Bash, mcp__aws__delete_stack, Read\n"
                + "disallowedTools: Bash(*), mcp__aws\n" + NAMED + "---\n", InputLimits.DEFAULT)).as("disallowed as a deny rule would be")
                .hasValueSatisfying(p -> assertThat(p.tools()).containsExactly("Read"));
        assertThat(profile(FILE, "---\npermissionMode: acceptEdits\ntools: []\n" + NAMED + "---\n", InputLimits.DEFAULT))
                .hasValueSatisfying(p -> assertThat(p.tools()).isEmpty());
    }

    /** A subagent that sets no mode runs with the session's, and markdown without front matter is no subagent's settings. */
    @Test
    void withoutAModeThereIsNoProfile() throws Exception {
        assertThat(profile(FILE, "---\nname: helper\ntools: Bash\n---\nbody\n", InputLimits.DEFAULT)).isEmpty();
        assertThat(profile(FILE, "# Notes\npermissionMode: bypassPermissions\n", InputLimits.DEFAULT)).isEmpty();
    }

    /** Claude Code refuses a subagent without a name and a description, so other markdown in the folder (a README) adds nothing. */
    @Test
    void aFileWithoutANameAndADescriptionIsNoSubagent() throws Exception {
        assertThat(ClaudeCodeSubagents.read(FILE, "---\npermissionMode: bypassPermissions\nname: x\n---\n", InputLimits.DEFAULT))
                .isEqualTo(ClaudeCodeMarkdown.NONE);
        assertThat(ClaudeCodeSubagents.read(FILE, "---\npermissionMode: bypassPermissions\ndescription: y\n---\n", InputLimits.DEFAULT))
                .isEqualTo(ClaudeCodeMarkdown.NONE);
        assertThat(profile(FILE, "---\npermissionMode: bypassPermissions\n" + NAMED + "---\n", InputLimits.DEFAULT)).isPresent();
        assertThat(ClaudeCodeSubagents.read(FILE, "---\ntitle: Notes\ntools: {not: a list}\n---\n", InputLimits.DEFAULT))
                .as("other markdown's front matter is not a subagent's to judge").isEqualTo(ClaudeCodeMarkdown.NONE);
    }

    /**
     * Hooks in a subagent's front matter run before calls of its own tools: one matching every tool
     * matches each of them, and one naming a tool it lacks never runs.
     */
    @Test
    void aSubagentsHooksApproveItsOwnTools() throws Exception {
        ClaudeCodeMarkdown read = ClaudeCodeSubagents.read(FILE, """
                ---
                tools: Read, Bash(git *)
                hooks:
                  PreToolUse:
                    - matcher: "*"
                      hooks: [{type: command, command: ./approve.sh}]
                    - matcher: Edit
                      hooks: [{type: command, command: ./approve.sh}]
                """ + NAMED + "---\n", InputLimits.DEFAULT);
        assertThat(read.subagents()).singleElement().satisfies(p -> assertThat(p.mode()).as("no mode of its own").isNull());
        assertThat(read.hooks()).containsExactly(new RuntimeRule("Read", "", Decision.PRE_TOOL_USE_HOOK, at(5, 16), FILE),
                new RuntimeRule("Bash", "git *", Decision.PRE_TOOL_USE_HOOK, at(5, 16), FILE));
        assertThat(ClaudeCodeSubagents.read(FILE, "---\nhooks:\n  PreToolUse:\n    - matcher: Edit\n      hooks: [{type: command, command: x}]\n" + NAMED + "---\n",
                InputLimits.DEFAULT).hooks()).as("every tool inherited").containsExactly(new RuntimeRule("Edit", "", Decision.PRE_TOOL_USE_HOOK, at(4, 16), FILE));
    }

    /** A hook of one tool of an MCP server the subagent has whole runs; one of a tool it has disallowed never does. */
    @Test
    void aSubagentsHookReachesWhatItsToolsReach() throws Exception {
        String hook = "hooks:\n  PreToolUse:\n    - matcher: %s\n      hooks: [{type: command, command: x}]\n";
        assertThat(ClaudeCodeSubagents.read(FILE, "---\ntools: Read, mcp__github\n" + hook.formatted("mcp__github__delete_repo") + NAMED + "---\n",
                InputLimits.DEFAULT).hooks()).extracting(RuntimeRule::written).containsExactly("mcp__github__delete_repo");
        assertThat(ClaudeCodeSubagents.read(FILE, "---\ndisallowedTools: Bash\n" + hook.formatted("Bash") + NAMED + "---\n",
                InputLimits.DEFAULT).hooks()).isEmpty();
    }

    /**
     * A PermissionRequest hook answers prompts: under a session that refuses whatever would ask, it
     * still answers those of a subagent whose own mode asks, and one in the front matter of a subagent
     * that refuses has nothing to answer.
     */
    @Test
    void aPermissionRequestHookAnswersWhereAModeAsks() throws Exception {
        String hook = "hooks:\n  PermissionRequest:\n    - matcher: Bash\n      hooks: [{type: command, command: x}]\n";
        RuntimeConfiguration refusing = new ClaudeCodeSettingsReader(InputLimits.DEFAULT).read(".claude/settings.json",
                "{\"permissions\": {\"defaultMode\": \"dontAsk\"}, \"" + "hooks\": {\"PermissionRequest\": [{\"matcher\": \"Bash\", \"hooks\": "
                        + "[{\"type\": \"command\", \"command\": \"x\"}]}]}}", List.of());
        assertThat(settingsOf(AgentTools.of("coder", refusing))).doesNotContain("Bash hook:permission-request");
        ClaudeCodeMarkdown asking = ClaudeCodeSubagents.read(FILE, "---\ntools: Read, Bash\npermissionMode: default\n" + NAMED + "---\n",
                InputLimits.DEFAULT);
        assertThat(settingsOf(AgentTools.of("coder", asking.appliedTo(refusing, ClaudeCodeModeLocks.NONE)))).contains("Bash hook:permission-request");
        ClaudeCodeMarkdown refusingSubagent = ClaudeCodeSubagents.read(FILE, "---\ntools: Bash\npermissionMode: dontAsk\n" + hook + NAMED
                + "---\n", InputLimits.DEFAULT);
        RuntimeConfiguration both = refusingSubagent.appliedTo(new ClaudeCodeSettingsReader(InputLimits.DEFAULT).read(".claude/settings.json",
                "{\"permissions\": {\"defaultMode\": \"default\"}}", refusingSubagent.hooks()), ClaudeCodeModeLocks.NONE);
        assertThat(settingsOf(AgentTools.of("coder", both))).doesNotContain("Bash hook:permission-request");
        // A subagent with no mode of its own runs its hooks under the session's, which refuses: nothing to answer there either.
        ClaudeCodeMarkdown inheriting = ClaudeCodeSubagents.read(FILE, "---\ntools: Bash\n" + hook + NAMED + "---\n", InputLimits.DEFAULT);
        RuntimeConfiguration underDontAsk = inheriting.appliedTo(new ClaudeCodeSettingsReader(InputLimits.DEFAULT).read(".claude/settings.json",
                "{\"permissions\": {\"defaultMode\": \"dontAsk\"}}", inheriting.hooks()), ClaudeCodeModeLocks.NONE);
        assertThat(settingsOf(AgentTools.of("coder", underDontAsk.plusProfiles(asking.subagents().stream()
                .map(p -> new RuntimeProfile("other", p.position(), p.mode(), null, false, p.tools(), ".claude/agents/other.md")).toList()))))
                .as("another subagent's asking mode is not this one's").doesNotContain("Bash hook:permission-request");
        // A settings hook of one tool of an MCP server that an asking subagent has whole answers its prompts.
        RuntimeConfiguration mcpHook = new ClaudeCodeSettingsReader(InputLimits.DEFAULT).read(".claude/settings.json",
                "{\"permissions\": {\"defaultMode\": \"dontAsk\"}, \"hooks\": {\"PermissionRequest\": [{\"matcher\": \"mcp__github__delete_repo\","
                        + " \"hooks\": [{\"type\": \"command\", \"command\": \"x\"}]}]}}", List.of());
        ClaudeCodeMarkdown server = ClaudeCodeSubagents.read(FILE, "---\ntools: Read, mcp__github\npermissionMode: default\n" + NAMED + "---\n",
                InputLimits.DEFAULT);
        assertThat(settingsOf(AgentTools.of("coder", server.appliedTo(mcpHook, ClaudeCodeModeLocks.NONE)))).contains("mcp__github__delete_repo hook:permission-request");
    }

    private static List<String> settingsOf(List<RuntimeTool> tools) {
        return tools.stream().map(t -> t.tool() + " " + t.setting()).toList();
    }

    /**
     * A subagent's mode that the settings take away (disableBypassPermissionsMode, disableAutoMode) is ignored: it runs with the
     * session's mode, which asks; a lock in the other file of the project's pair holds as well.
     */
    @Test
    void aSubagentsModeIsIgnoredWhereItIsTakenAway() throws Exception {
        RuntimeReaders readers = new RuntimeReaders(InputLimits.DEFAULT);
        for (String mode : List.of("bypassPermissions", "auto")) {
            ClaudeCodeMarkdown subagent = ClaudeCodeSubagents.read(FILE, "---\ntools: Bash\npermissionMode: " + mode + "\n" + NAMED + "---\n",
                    InputLimits.DEFAULT);
            String lock = mode.equals("auto") ? "disableAutoMode" : "disableBypassPermissionsMode";
            String setting = mode.equals("auto") ? "mode:classifier" : "mode:never-ask";
            assertThat(settingsOf(AgentTools.of("coder", readers.readClaudeCode(".claude/settings.json",
                    "{\"permissions\": {\"defaultMode\": \"default\"}}", subagent)))).containsExactly("* mode:ask", "Bash " + setting);
            assertThat(settingsOf(AgentTools.of("coder", readers.readClaudeCode(".claude/settings.json",
                    "{\"permissions\": {\"defaultMode\": \"default\", \"" + lock + "\": \"disable\"}}", subagent)))).containsExactly("* mode:ask");
            assertThat(settingsOf(AgentTools.of("coder", readers.readClaudeCodePair(".claude/settings.json",
                    "{\"permissions\": {\"defaultMode\": \"default\"}}", ".claude/settings.local.json",
                    "{\"permissions\": {\"" + lock + "\": \"disable\"}}", subagent)))).as(mode + " locked in the sibling").containsExactly("* mode:ask");
        }
    }

    /** A mode Claude Code does not know, or tools of another shape, are located in the markdown file. */
    @Test
    void anUnknownModeIsLocated() {
        assertThatThrownBy(() -> profile(FILE, "---\npermissionMode: yolo\ntools: {Bash: yes}\n" + NAMED + "---\n", InputLimits.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().stream().map(Problem::format)).containsExactly(
                        FILE + ":2:17: 'permissionMode' must be one of default, manual, acceptEdits, plan, dontAsk, auto, bypassPermissions",
                        FILE + ":3:8: 'tools' must be a text of tools or a list of them, but holds a mapping"));
    }

    /** A merge key is refused, located: kept as a key, the mode it merged in was never read. */
    @Test
    void aMergeKeyIsRefused() {
        assertThatThrownBy(() -> profile(FILE, "---\n<<: {permissionMode: bypassPermissions}\n" + NAMED + "---\n", InputLimits.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().stream().map(Problem::format)).containsExactly(
                        FILE + ":2:1: merge keys ('<<') are not read in the front matter of a subagent; write the keys out"));
    }

    /** The session's tools then hold each tool of the subagent under its mode, cited at the mode's line in the subagent's file. */
    @Test
    void theSubagentsToolsRunUnderItsMode() throws Exception {
        RuntimeConfiguration settings = new ClaudeCodeSettingsReader(InputLimits.DEFAULT).read(".claude/settings.json",
                "{\"permissions\": {\"defaultMode\": \"default\"}}").get(0);
        RuntimeProfile subagent = profile(FILE, "---\ntools: Bash, Read\npermissionMode: bypassPermissions\n" + NAMED + "---\n",
                InputLimits.DEFAULT).orElseThrow();
        List<RuntimeTool> tools = AgentTools.of("coder", settings.plusProfiles(List.of(subagent)));
        assertThat(tools).extracting(t -> t.tool() + " " + t.setting()).containsExactly("* mode:ask", "Bash mode:never-ask", "Read mode:never-ask");
        assertThat(tools.subList(1, 3)).extracting(RuntimeTool::evidencePath).containsOnly(SourceMap.pathAt(FILE, at(3, 17)));
    }
}
