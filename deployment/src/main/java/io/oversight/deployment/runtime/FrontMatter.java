package io.oversight.deployment.runtime;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.yaml.MergeKeys;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.List;

/**
 * The YAML front matter of a Claude Code markdown file (a skill, a custom command, a subagent):
 * the lines between a first line {@code ---} and the next. Claude Code reads a file with no closing
 * fence as all prompt, with no front matter, and so does Oversight; a front matter of blanks and
 * comments only is none either.
 */
final class FrontMatter {

    private static final String FENCE = "---";

    private FrontMatter() {
    }

    /**
     * The front matter of {@code text} as a mapping, its positions the file's; null when the file has
     * none, and null with a problem in {@code reading} when it is not a mapping. {@code what} names
     * it in messages. A front matter that is not YAML is thrown, the parser's words left out: they
     * may quote a secret.
     */
    static YMap of(Reading reading, String text, InputLimits limits, String what) throws InvalidInputException {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return null;
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
            end++;
        }
        if (end == lines.size()) {
            return null;
        }
        // The fence's line is left blank, so that positions in the front matter are the file's.
        String matter = "\n" + String.join("\n", lines.subList(1, end)) + "\n";
        if (YamlTreeReader.onlyComments(matter)) {
            return null; // YAML of comments only is null, as no front matter
        }
        YNode root;
        try {
            root = MergeKeys.refused(new YamlTreeReader(limits).read(reading.file(), matter, false), reading.file(), what);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> p.unquoted("YAML", what)).toList());
        }
        return reading.map(root, what);
    }
}
