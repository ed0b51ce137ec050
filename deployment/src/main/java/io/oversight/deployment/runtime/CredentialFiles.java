package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.deployment.model.RuntimeTool;
import java.util.List;
import java.util.Set;

/**
 * The credential files of the user's home folder, as a Claude Code rule of a file tool whose path
 * is a pattern reaches them: {@code Read(~/.a*}{@code /**)} reads {@code ~/.aws/credentials} as
 * {@code Read(~/.aws/**)} does, while the tools table names the credential folders as written
 * ({@code *(*}{@code /.aws/*)}). Such a rule, when what it reaches as written hands out nothing, is
 * also a {@code TOOL(FILE)} tool for the first of these files it matches that no deny or ask rule of
 * the tool keeps, cited at the rule's line, and the tools table says what that file reaches.
 */
final class CredentialFiles {

    /** One file of each credential folder or file the tools table names in the home folder. */
    private static final List<String> FILES = List.of("~/.aws/credentials", "~/.kube/config", "~/.ssh/id_rsa", "~/.ssh/id_ed25519",
            "~/.config/gcloud/application_default_credentials.json", "~/.config/gh/hosts.yml", "~/.azure/msal_token_cache.json",
            "~/.docker/config.json", "~/.netrc", "~/.git-credentials", "~/.vault-token", "~/.npmrc", "~/.claude.json", "~/.codex/auth.json",
            "~/.terraform.d/credentials.tfrc.json", "~/.terraformrc", "~/.pulumi/credentials.json", "~/.oci/config", "~/.pypirc",
            "~/.pgpass", "~/.gnupg/private-keys-v1.d/key", "~/.cache/huggingface/token", "~/.local/share/keyrings/login.keyring",
            "~/Library/Keychains/login.keychain-db");

    /** Claude Code's tools on files, whose rules take gitignore-style path patterns. */
    private static final Set<String> FILE_TOOLS = Set.of("Read", "Edit", "Write", "MultiEdit");

    private CredentialFiles() {
    }

    /** The tool for the first credential file {@code rule} (one the runtime lets run unasked) reaches by a pattern; none else. */
    static List<RuntimeTool> reached(String agentId, RuntimeConfiguration configuration, RuntimeRule rule) {
        String specifier = rule.specifier();
        if (configuration.kind() != RuntimeKind.CLAUDE_CODE || !FILE_TOOLS.contains(rule.tool()) || !pattern(specifier)
                || rule.decision() == Decision.DENY || rule.decision() == Decision.ASK || handsOut(configuration, rule.written())) {
            return List.of();
        }
        String keeper = rule.tool().equals(AddedFolders.READ) ? AddedFolders.READ : AddedFolders.EDIT;
        // A class of characters ([a]) stands for one of them: taken as any one, the pattern matches at least what it does.
        String widened = specifier.replaceAll("\\[[^]]*]", "?");
        return FILES.stream()
                .filter(file -> OwnFiles.matches(widened, file) && configuration.rules().stream()
                        .noneMatch(r -> AddedFolders.decides(r, keeper) && OwnFiles.matches(r.specifier(), file)))
                .limit(1)
                .map(file -> new RuntimeTool(agentId, configuration.kind().word(), rule.tool() + "(" + file + ")", rule.decision().setting(),
                        configuration.pathAt(rule.file(), rule.position())))
                .toList();
    }

    /** Whether a path holds a wildcard: one written as a path is judged as written. */
    private static boolean pattern(String specifier) {
        return specifier.indexOf('*') >= 0 || specifier.indexOf('?') >= 0 || specifier.indexOf('[') >= 0;
    }

    /** Whether the rule as written already reaches a grant (Read(~/**)): the file would only repeat it. */
    private static boolean handsOut(RuntimeConfiguration configuration, String written) {
        Set<Verb> verbs = RuntimeGates.builtIn().reach(configuration.kind().word(), written).verbs();
        return verbs.contains(Verb.GRANT) || verbs.contains(Verb.ALL);
    }
}
