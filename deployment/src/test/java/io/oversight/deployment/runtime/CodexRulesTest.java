package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import org.junit.jupiter.api.Test;

class CodexRulesTest {

    /** Each prefix rule is a Bash rule per command its pattern stands for; allow is the default decision. */
    @Test
    void prefixRulesAreCommandRules() throws Exception {
        assertThat(CodexRules.read("rules/default.rules", """
                # kept from the TUI
                prefix_rule(pattern = ["gh", ["pr", "issue"], "view"], decision = "prompt", justification = \"""reads\""")
                prefix_rule(
                    pattern = ['terraform', "apply"],  # no decision: allow
                    match = ["terraform apply -auto-approve"],
                )
                host_executable(name = "gh", paths = ["/usr/bin/gh"])
                prefix_rule(pattern = ["rm"], decision = "forbidden")
                """)).containsExactly(
                new RuntimeRule("Bash", "gh pr view:*", Decision.ASK, at(2, 67), "rules/default.rules"),
                new RuntimeRule("Bash", "gh issue view:*", Decision.ASK, at(2, 67), "rules/default.rules"),
                new RuntimeRule("Bash", "terraform apply:*", Decision.ALLOW, at(4, 15), "rules/default.rules"),
                new RuntimeRule("Bash", "rm:*", Decision.DENY, at(8, 42), "rules/default.rules"));
    }

    /** What the rules language does not use, or a rule Oversight cannot read whole, is a located problem that quotes nothing. */
    @Test
    void whatCannotBeReadWholeIsAProblem() {
        assertThatThrownBy(() -> CodexRules.read("r.rules", "load(\"x.star\", \"y\")\n")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "r.rules:1:1: only prefix_rule(...), network_rule(...) and host_executable(...) are read in a Codex rules file"
                                + " (with texts alone and ';'), not variables, loops or other Starlark (a Codex rules file; nothing of it is quoted)"));
        assertThatThrownBy(() -> CodexRules.read("r.rules", "prefix_rule(pattern = [\"aws\"], decision = \"yes ghp_secret\")\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format).containsExactly(
                        "r.rules:1:43: the decision must be allow, prompt or forbidden (a Codex rules file; nothing of it is quoted)"));
        assertThat(problem("prefix_rule(pattern = [\"aws\"]\n")).isEqualTo("r.rules:2:1: expected ',' or ')' after an argument");
        assertThat(problem("prefix_rule(pattern = [\"aws]\n")).isEqualTo("r.rules:1:24: a text is not closed");
        assertThat(problem("prefix_rule(pattern = [])\n")).isEqualTo("r.rules:1:23: prefix_rule needs a pattern: a list of the command's first words");
        assertThat(problem("prefix_rule(pattern = [\"aws\"], decison = \"prompt\")\n")).as("a misspelt decision is not the default")
                .isEqualTo("r.rules:1:32: prefix_rule takes no argument 'decison'; it takes pattern, decision, match, not_match, justification");
        assertThat(problem("prefix_rule(pattern = [\"aws\"], \"prompt\")\n")).isEqualTo("r.rules:1:32: an argument without a name after one with a name");
        assertThat(problem("prefix_rule([\"\\UFFFFFFFF\"])\n")).isEqualTo("r.rules:1:14: a text holds an escape that is not one");
        assertThat(problem("prefix_rule([\"\\777\"])\n")).isEqualTo("r.rules:1:14: a text holds an escape that is not one");
        String wide = "prefix_rule([" + "[\"a\", \"b\", \"c\", \"d\"], ".repeat(5) + "])\n";
        assertThat(problem(wide)).isEqualTo("r.rules:1:13: the pattern stands for more than 256 commands");
        String deep = "prefix_rule(pattern = " + "[".repeat(20_000) + "\"a\"" + "]".repeat(20_000) + ")\n";
        assertThatThrownBy(() -> CodexRules.read("r.rules", deep)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(Problem::format).singleElement().asString().startsWith("r.rules:1:").contains("nested more than 8 deep"));
    }

    /**
     * A network rule only adds a host to the lists of the proxy that filters a sandbox whose network
     * is on, which counts as reaching the network whatever its lists: it makes no rule, but one Codex
     * would refuse is a problem.
     */
    @Test
    void networkRulesAreCheckedAndMakeNoRule() throws Exception {
        assertThat(CodexRules.read("r.rules", """
                network_rule(host = "api.github.com", protocol = "https", decision = "allow", justification = "releases")
                network_rule("blocked.example.com:443", "socks5_tcp", "deny")
                prefix_rule(["gh"], "prompt")
                """)).containsExactly(new RuntimeRule("Bash", "gh:*", Decision.ASK, at(3, 21), "r.rules"));
        assertThat(problem("network_rule(host = \"*\", protocol = \"http\", decision = \"allow\")\n"))
                .isEqualTo("r.rules:1:21: a network rule's host must be one host name or address, without scheme, path, blank or wildcard");
        assertThat(problem("network_rule(host = \"https://x.example\", protocol = \"http\", decision = \"allow\")\n"))
                .isEqualTo("r.rules:1:21: a network rule's host must be one host name or address, without scheme, path, blank or wildcard");
        assertThat(problem("network_rule(\"x.example\", \"ftp\", \"allow\")\n"))
                .isEqualTo("r.rules:1:27: a network rule's protocol must be http, https, socks5_tcp or socks5_udp");
        assertThat(problem("network_rule(\"x.example\", \"https\", \"block\")\n"))
                .isEqualTo("r.rules:1:36: a network rule's decision must be allow, prompt, forbidden or deny");
        assertThat(problem("network_rule(host = \"x.example\", decision = \"allow\")\n"))
                .isEqualTo("r.rules:1:1: network_rule needs a host, a protocol and a decision, each a text");
        assertThat(problem("network_rule(\"x.example\", \"https\", \"allow\", justification = \" \")\n"))
                .isEqualTo("r.rules:1:61: a justification must be a text that is not blank");
    }

    /**
     * Codex compares a command word by word: a pattern word with a blank matches only a quoted
     * argument. A guard so written would be read as guarding the words apart, and is refused; an
     * allow (the TUI writes them from approved commands) is read as the broader prefix.
     */
    @Test
    void aPatternWordWithABlankGuardsNothingAndIsRefused() throws Exception {
        assertThat(problem("prefix_rule([\"aws ec2\"], \"forbidden\")\n")).isEqualTo("r.rules:1:14: a word of the pattern is empty or holds a"
                + " blank, so this rule guards only a command with that quoted argument, not the words apart (Codex compares a command word"
                + " by word); write each word apart");
        assertThat(problem("prefix_rule([\"git\", [\"push\", \"\"]], \"prompt\")\n")).startsWith("r.rules:1:21: a word of the pattern is empty");
        assertThat(CodexRules.read("r.rules", "prefix_rule([\"python3\", \"-c\", \"print(1)\"])\nprefix_rule([\"bash\", \"-lc\", \"npm test\"])\n"))
                .extracting(RuntimeRule::written).containsExactly("Bash(python3 -c print(1):*)", "Bash(bash -lc npm test:*)");
    }

    /** The one problem reading {@code text} gives, without its closing words. */
    private static String problem(String text) {
        try {
            CodexRules.read("r.rules", text);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0).format().replace(" (a Codex rules file; nothing of it is quoted)", "");
        }
        throw new AssertionError("read without a problem: " + text);
    }

    /** A text alone (a docstring) does nothing, and ';' ends a statement, as in Starlark. */
    @Test
    void docstringsAndSemicolonsAreRead() throws Exception {
        assertThat(CodexRules.read("r.rules", """
                \"""Team rules: the cloud CLIs ask.\"""
                prefix_rule(["aws"], "prompt"); prefix_rule(["gcloud"], "prompt");
                'a note'
                """)).extracting(RuntimeRule::written).containsExactly("Bash(aws:*)", "Bash(gcloud:*)");
        assertThat(problem("CLOUD = [\"aws\"]\n")).startsWith("r.rules:1:1: only prefix_rule(...)");
    }

    /** Arguments without names, and Starlark's escapes, are read as Codex reads them. */
    @Test
    void positionalArgumentsAndEscapesAreRead() throws Exception {
        assertThat(CodexRules.read("r.rules", "prefix_rule([\"\\x61ws\", \"s3\"], \"forbidden\")\n")).containsExactly(
                new RuntimeRule("Bash", "aws s3:*", Decision.DENY, at(1, 31), "r.rules"));
        assertThat(CodexRules.read("r.rules", "prefix_rule([r\"aws\", r'a\\b'])\n")).extracting(RuntimeRule::specifier)
                .containsExactly("aws a\\b:*");
    }
}
