package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YScalar;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TomlTreeReaderTest {

    private static YMap read(String toml) throws InvalidInputException {
        return TomlTreeReader.read("c.toml", toml, 64);
    }

    private static String problem(String toml) {
        try {
            read(toml);
        } catch (InvalidInputException e) {
            return e.problems().get(0).format();
        }
        throw new AssertionError("read without a problem");
    }

    @Test
    void dottedKeysTablesAndArraysOfTablesNestWithTheirPositions() throws Exception {
        YMap root = read("""
                a.b = 1
                [t]
                x = 0x1F
                [[arr]]
                n = "one"
                [[arr]]
                n = 'two'
                """);
        YMap a = (YMap) root.get("a");
        assertThat(a.entry("b")).isEqualTo(new YEntry("b", new Position(1, 3), new YScalar(new Position(1, 7), YScalar.Type.INTEGER, "1")));
        assertThat(((YMap) root.get("t")).get("x")).isEqualTo(new YScalar(new Position(3, 5), YScalar.Type.INTEGER, "31"));
        YList arr = (YList) root.get("arr");
        assertThat(arr.items()).hasSize(2);
        assertThat(((YMap) arr.items().get(1)).get("n")).isEqualTo(new YScalar(new Position(7, 5), YScalar.Type.STRING, "two"));
    }

    @Test
    void stringsArraysAndInlineTablesAreReadAsTomlDefinesThem() throws Exception {
        YMap root = read("""
                s = "tab\\tu\\u00e9"
                m = \"\"\"
                one \\
                  two\"\"\"
                l = '''
                raw\\n'''
                list = [
                  1, # a comment
                  2.5,
                ]
                when = 1979-05-27T07:32:00Z
                inline = { on = true, "quoted key" = "v" }
                """);
        assertThat(((YScalar) root.get("s")).text()).isEqualTo("tab\tu\u00e9");
        assertThat(((YScalar) root.get("m")).text()).isEqualTo("one two");
        assertThat(((YScalar) root.get("l")).text()).isEqualTo("raw\\n");
        assertThat(((YList) root.get("list")).items()).containsExactly(new YScalar(new Position(8, 3), YScalar.Type.INTEGER, "1"),
                new YScalar(new Position(9, 3), YScalar.Type.FLOAT, "2.5"));
        assertThat(root.get("when")).isEqualTo(new YScalar(new Position(11, 8), YScalar.Type.STRING, "1979-05-27T07:32:00Z"));
        assertThat(((YMap) root.get("inline")).entries().keySet()).isEqualTo(Set.of("on", "quoted key"));
        assertThat(root.entry("inline").keyPosition()).isEqualTo(new Position(12, 1));
    }

    @Test
    void eachKindOfMistakeIsLocated() throws Exception {
        assertThat(problem("a = 1\na = 2\n")).isEqualTo("c.toml:2:1: not valid TOML: duplicate key 'a' (first written at line 1)");
        assertThat(problem("[t]\nx = 1\n[t]\n")).isEqualTo("c.toml:3:2: not valid TOML: 't' is already defined at line 1; define each table once");
        assertThat(problem("a = 1\na.b = 2\n")).isEqualTo("c.toml:2:1: not valid TOML: 'a' is already defined at line 1 as a value, not a table");
        assertThat(problem("t = { a = 1 }\n[t]\n")).isEqualTo("c.toml:2:2: not valid TOML: 't' is already defined at line 1; define each table once");
        assertThat(problem("a = 1 b = 2\n")).isEqualTo("c.toml:1:7: not valid TOML: expected the end of the line; put each key = value on its own line");
        assertThat(problem("a = yes\n")).isEqualTo("c.toml:1:5: not valid TOML: not a TOML value: write text in quotes, a number, true or false, a date, "
                + "an array [...] or an inline table {...}");
        assertThat(problem("a = \"\\q\"\n")).isEqualTo("c.toml:1:6: not valid TOML: '\\q' is not an escape TOML knows; write \\\\ for a backslash");
        assertThat(problem("a = [1, 2\n")).isEqualTo("c.toml:2:1: not valid TOML: expected ',' or ']' in the array that opens at line 1");
        // A control character other than a tab is written as an escape, in every kind of string; the text is never quoted.
        assertThat(problem("a = \"x\u0001y\"\n")).isEqualTo("c.toml:1:7: not valid TOML: a control character (U+0001) must be written as an escape in a TOML string");
        assertThat(problem("a = 'x\u007Fy'\n")).isEqualTo("c.toml:1:7: not valid TOML: a control character (U+007F) must be written as an escape in a TOML string");
        assertThat(problem("a = \"\"\"\nx\u0002\n\"\"\"\n")).isEqualTo("c.toml:2:2: not valid TOML: a control character (U+0002) must be written as an escape in a TOML string");
        // What would reorder a report's text is refused as in YAML and JSON, escaped or not; a multi-line string's CR LF is a line end.
        assertThat(problem("a = \"aws\\u202E --profile prod\"\n")).isEqualTo("c.toml:1:5: not valid TOML: the value holds U+202E "
                + "RIGHT-TO-LEFT OVERRIDE, a bidi control, which shows the text around it reordered in a report, a pull request or a "
                + "spreadsheet (Trojan Source); such characters are refused however they are written");
        assertThat(problem("a = 'x\u2066y'\n")).startsWith("c.toml:1:5: not valid TOML: the value holds U+2066 LEFT-TO-RIGHT ISOLATE");
        assertThat(problem("a = \"esc\\u001b[2K\"\n")).startsWith("c.toml:1:5: not valid TOML: the value holds the control character U+001B");
        assertThat(read("a = \"\"\"\r\nline one\r\nline two\r\n\"\"\"\n").get("a")).isNotNull();
    }

    @Test
    void anEmptyDocumentIsAnEmptyTable() throws Exception {
        assertThat(read("# nothing set\n").entries()).isEmpty();
    }
}
