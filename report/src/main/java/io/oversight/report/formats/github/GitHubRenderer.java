package io.oversight.report.formats.github;

import io.oversight.catalog.Severity;
import io.oversight.deployment.OneLine;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.engine.Assessment;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.InvalidInput;
import io.oversight.report.InvalidInputRenderer;
import io.oversight.report.NotJudged;
import io.oversight.report.RenderOptions;
import io.oversight.report.EvaluatedControls;
import io.oversight.report.TextRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands: one annotation per open finding, on the line of the file that
 * causes it ({@code ::error} for critical and high, {@code ::warning} for medium, {@code ::notice}
 * for low), then the summary as a plain log line. With {@code --fail-on-new}, a finding the baseline
 * already had is at most a warning: the job passes on it, and an error beside a green job misleads. Waived findings are accepted risks and annotate
 * nothing. Values are escaped as the Actions runner unescapes them, so no text from a deployment
 * can end a command early or start another.
 */
public final class GitHubRenderer implements InvalidInputRenderer {

    @Override
    public String name() {
        return "github";
    }

    @Override
    public String extension() {
        return "log";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // What was not judged, as warnings on where it is written, before the findings (a pull request shows a step's first few of
        // each kind): a PASS alone had read as if it had been checked (red team).
        for (NotJudged note : NotJudged.of(a)) {
            w.print(command("warning", note.at().file(), note.at().position(), "Oversight: not judged: " + note.title(), note.message()));
            w.print('\n');
        }
        for (Finding f : a.findings()) {
            if (!f.waived()) {
                w.print(annotation(f, level(a, f), a.outgrownWaiver(f).map(o -> "\nnot waived: the waiver until " + o.waiver().expires()
                        + " by " + o.waiver().approvedBy() + " was in force in the baseline's run, and this grew since").orElse("")));
                w.print('\n');
            }
        }
        Map<Severity, Integer> open = a.openBySeverity();
        // Plain text, no workflow command: only what would break the line or start a command is escaped, so the file reads as it is named.
        w.print(OneLine.safe("oversight: " + a.verdict().name() + "  " + a.input().file() + "  "
                + open.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))
                + " · " + a.waivedCount() + " waived" + a.scopedFramework().map(f -> " · " + EvaluatedControls.of(a)).orElse("")
                + " · fails on " + a.failOn().label() + " or above" + TextRenderer.gateNote(a) + TextRenderer.bindingNote(a)));
        w.print('\n');
        w.flush();
    }

    /** A finding's annotation at {@code level}, {@code note} (empty for none) after its message. */
    static String annotation(Finding f, String level, String note) {
        Evidence e = f.primaryEvidence();
        StringBuilder command = new StringBuilder("::").append(level).append(" file=").append(property(e.file()));
        if (e.line() >= 1) {
            command.append(",line=").append(e.line());
            if (e.column() >= 1) {
                command.append(",col=").append(e.column());
            }
        }
        command.append(",title=").append(property(f.control() + " " + f.title()));
        return command.append("::").append(data(f.message() + note + "\nfix: " + f.remediation())).toString();
    }

    /**
     * The annotation's level: an error for every finding the exit code follows, whatever its
     * severity; else the severity's, but no error: a finding below --fail-on, or one the baseline
     * had under --fail-on-new, is at most a warning, as it fails no job.
     */
    static String level(Assessment a, Finding f) {
        if (a.gates(f)) {
            return "error";
        }
        String level = command(f.severity());
        return level.equals("error") ? "warning" : level;
    }

    static String command(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "notice";
        };
    }

    /**
     * A command's message: '%', CR and LF are percent-encoded, as the runner decodes them; any other
     * control is written as an escape: a bidi control would show the message reordered in the pull
     * request, and an escape sequence would act in the job's log, which shows colours (ESC [8m hides
     * what follows).
     */
    static String data(String text) {
        return OneLine.of(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** An error annotation at each problem, then the outcome as the plain log line a report ends with. */
    @Override
    public void renderInvalid(InvalidInput input, OutputStream out) throws IOException {
        StringBuilder log = new StringBuilder();
        input.problems().forEach(p -> log.append(annotation(p)).append('\n'));
        log.append(OneLine.safe("oversight: INVALID  " + input.file() + "  " + input.outcome())).append('\n');
        out.write(log.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * An input problem as an annotation on the line it names, so that a broken deployment shows in
     * the pull request as its findings would; the exit code (2) fails the job either way.
     */
    public static String annotation(Problem problem) {
        return command("error", problem.file(), problem.position(), "Oversight: invalid input", problem.message());
    }

    /** A workflow command of Oversight's own ({@code level} error or warning) on {@code file}, at {@code position} when there is one. */
    private static String command(String level, String file, Position position, String title, String message) {
        StringBuilder command = new StringBuilder("::").append(level).append(" file=").append(property(file));
        if (position != null) {
            command.append(",line=").append(position.line()).append(",col=").append(position.column());
        }
        return command.append(",title=").append(property(title)).append("::").append(data(message)).toString();
    }

    /**
     * A file a directory check passed over, as a warning on the file: a skip is said in the text
     * output only, and a deployment skipped for its header would otherwise leave the pull request
     * without a word.
     */
    public static String skipped(String file, String reason) {
        return "::warning file=" + property(file) + ",title=" + property("Oversight: file skipped") + "::" + data("not checked: " + reason);
    }

    /** A property value, where ':' and ',' would also end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
