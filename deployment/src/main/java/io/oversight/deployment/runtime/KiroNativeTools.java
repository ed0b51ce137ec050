package io.oversight.deployment.runtime;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The built-in tools a Kiro CLI (or Amazon Q CLI) agent's {@code allowedTools} entry names. An
 * entry with {@code *} or {@code ?} is a glob (the globset crate's: {@code {a,b}} alternatives and
 * {@code [...]} classes too) matched against each built-in tool's name, so {@code fs_*} is
 * {@code fs_read} and {@code fs_write}, and {@code *{list,xecute_bas}*} is {@code execute_bash}:
 * read by the words it is written with, such a pattern had passed as a read.
 * {@code @builtin}, {@code @builtin/} and {@code @builtin/*} are every built-in tool, and
 * {@code @builtin/NAME} that tool (tool_permission_checker.rs, pattern_matching.rs).
 */
final class KiroNativeTools {

    /**
     * Amazon Q CLI's built-in tools (tools/mod.rs, NATIVE_TOOLS and the tools it always offers), Kiro CLI's names of them, and
     * the tools Kiro CLI added (its built-in tools reference: glob, grep, web search and fetch, code intelligence, subagents).
     */
    private static final List<String> NAMES = List.of("fs_read", "fs_write", "execute_bash", "execute_cmd", "use_aws", "gh_issue", "report_issue",
            "knowledge", "thinking", "todo_list", "introspect", "delegate", "read", "write", "shell", "aws", "glob", "grep", "web_search",
            "web_fetch", "code", "subagent");

    private static final String BUILT_IN = "@builtin";

    private KiroNativeTools() {
    }

    /** Whether {@code written} names built-in tools rather than an MCP server's: no '@', or {@code @builtin} (alone or with a '/'). */
    static boolean builtIn(String written) {
        return !written.startsWith("@") || written.equals(BUILT_IN) || written.startsWith(BUILT_IN + "/");
    }

    /**
     * The tools the built-in entry {@code written} allows: the built-in tools its glob matches, or
     * the entry itself when it is a name, {@code *}, or a glob that matches none of the tools known
     * here (read then by its words).
     */
    static List<String> named(String written) {
        String name = written;
        if (written.startsWith(BUILT_IN)) {
            name = written.substring(BUILT_IN.length()).replaceFirst("^/", "");
            if (name.isEmpty() || name.equals("*")) {
                return NAMES;
            }
        }
        if (name.equals("*") || name.indexOf('*') < 0 && name.indexOf('?') < 0) {
            return List.of(name);
        }
        Pattern glob = glob(name);
        List<String> matched = glob == null ? List.of() : NAMES.stream().filter(n -> glob.matcher(n).matches()).toList();
        return matched.isEmpty() ? List.of(name) : matched;
    }

    /** {@code pattern} as globset reads it ('*' crossing '/', which no tool name holds), or null when it is no valid glob. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        return null;
                    }
                    braces--;
                    regex.append(')');
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                case '[' -> {
                    int end = pattern.indexOf(']', i + 2);
                    if (end < 0) {
                        return null;
                    }
                    String members = pattern.substring(i + 1, end);
                    boolean negated = members.startsWith("!") || members.startsWith("^");
                    regex.append('[').append(negated ? "^" : "");
                    String listed = negated ? members.substring(1) : members;
                    for (int m = 0; m < listed.length(); m++) {
                        char member = listed.charAt(m);
                        boolean range = member == '-' && m > 0 && m < listed.length() - 1;
                        regex.append(range || Character.isLetterOrDigit(member) ? String.valueOf(member) : "\\" + member);
                    }
                    regex.append(']');
                    i = end;
                }
                case '\\' -> {
                    if (++i < pattern.length()) {
                        regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            return null;
        }
        try {
            return Pattern.compile(regex.toString());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
