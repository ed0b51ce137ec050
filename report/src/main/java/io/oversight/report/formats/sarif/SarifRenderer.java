package io.oversight.report.formats.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.deployment.InputFile;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlResult;
import io.oversight.engine.ControlStatus;
import io.oversight.report.InputsDigest;
import io.oversight.report.NotJudged;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.Tool;
import io.oversight.report.formats.JsonOutput;
import io.oversight.report.formats.UriReference;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * SARIF 2.1.0, for code-scanning dashboards: one run, a rule per control, the frameworks as
 * taxonomies, a result per finding. Nothing in it depends on the clock, so the same input,
 * catalog and as-of date give the same bytes. Streamed, as findings can number in the thousands.
 *
 * <p>GitHub code scanning refuses a file with more than 20 runs or a run with more than 25,000
 * results, and keeps one analysis per category: so each deployment is one run in a file of its own,
 * its {@code automationDetails.id} names the deployment, and a run keeps its most severe results up
 * to {@link #MAX_RESULTS_PER_RUN}, saying in a tool notification how many it left out. The tool has
 * no {@code informationUri}: {@link Tool#informationUri()} is empty while the project has no public
 * address, and SARIF wants an absolute URI there.
 */
public final class SarifRenderer implements Renderer {

    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** GitHub code scanning's limit on the results of one run. */
    public static final int MAX_RESULTS_PER_RUN = 25_000;

    private final int maxResults;

    public SarifRenderer() {
        this(MAX_RESULTS_PER_RUN);
    }

    /** With a lower cap on results, so that tests need not make 25,000 findings to see a run cut. */
    public SarifRenderer(int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("a run must be allowed at least one result");
        }
        this.maxResults = maxResults;
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        SarifTaxonomies taxonomies = new SarifTaxonomies(a.catalog().frameworks());
        SarifRules rules = new SarifRules(a.catalog(), taxonomies, a.findings());
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", Tool.name());
            g.writeStringField("version", Tool.version());
            if (Tool.informationUri().isPresent()) {
                g.writeStringField("informationUri", Tool.informationUri().get());
            }
            rules.write(g);
            taxonomies.writeSupported(g);
            g.writeEndObject();
            g.writeEndObject();
            automationDetails(g, a);
            SarifResultCap cap = SarifResultCap.of(a.findings(), maxResults);
            SarifInvocations.write(g, cap, NotJudged.of(a));
            taxonomies.write(g);
            artifacts(g, a);
            // Columns come from the YAML reader, which counts Unicode code points.
            g.writeStringField("columnKind", "unicodeCodePoints");
            new SarifResults(rules, a).write(g, cap.kept());
            g.writeObjectFieldStart("properties");
            g.writeStringField("asOf", a.asOf().toString());
            g.writeStringField("catalogVersion", a.catalog().version());
            g.writeStringField("verdict", a.verdict().label());
            g.writeStringField("failOn", a.failOn().label());
            g.writeStringField("inputsSha256", InputsDigest.of(a));
            if (a.scopedFramework().isPresent()) {
                // The rules of the controls left out stay listed (results index them), so the run says which were not run.
                g.writeStringField("framework", a.scopedFramework().get().framework().id());
                g.writeArrayFieldStart("controlsNotEvaluated");
                for (ControlResult control : a.controls()) {
                    if (control.status() == ControlStatus.NOT_EVALUATED) {
                        g.writeString(control.control().id());
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * The category code scanning keeps the deployment's alerts under ({@code oversight/<file>/}; the
     * trailing slash leaves the run's own id empty), so the runs of several deployments never
     * replace one another's alerts. The path is normalised as a baseline's deployments are matched
     * ({@code ./a.yaml} is {@code a.yaml}): a workflow that spells the path another way would
     * otherwise open every alert again under a new category and leave the old ones standing. A run
     * scoped to one framework ({@code --framework}) has a category of its own under it: it leaves
     * most controls out, and code scanning closes the alerts a new analysis of a category lacks.
     */
    private static void automationDetails(JsonGenerator g, Assessment a) throws IOException {
        g.writeObjectFieldStart("automationDetails");
        g.writeStringField("id", category(a.input().file()) + a.scopedFramework().map(f -> f.framework().id() + "/").orElse(""));
        g.writeEndObject();
    }

    static String category(String file) {
        return "oversight/" + UriReference.path(normalized(file)).replaceFirst("^/+", "") + "/";
    }

    /**
     * {@code file} without {@code .} segments, empty segments or a {@code ..} that follows a name, as
     * {@link java.nio.file.Path#normalize} has it; on strings, since a name such as {@code <stdin>}
     * is no path on every system.
     */
    static String normalized(String file) {
        String path = file.replace('\\', '/');
        boolean absolute = path.startsWith("/");
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") && absolute && segments.isEmpty()) {
                continue; // nothing stands above the root
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
                segments.removeLast();
            } else {
                segments.add(segment);
            }
        }
        return (absolute ? "/" : "") + String.join("/", segments);
    }

    /**
     * Every input file with its SHA-256 and role, so a reader can tell which version of each was
     * used: the files checked are analysis targets, the waivers and rules configuration the user
     * chose, the baseline a file named on the command line.
     */
    private static void artifacts(JsonGenerator g, Assessment a) throws IOException {
        g.writeArrayFieldStart("artifacts");
        for (InputFile input : a.inputs()) {
            g.writeStartObject();
            g.writeObjectFieldStart("location");
            g.writeStringField("uri", UriReference.of(input.file()));
            g.writeEndObject();
            g.writeArrayFieldStart("roles");
            g.writeString(switch (input.role()) {
                case DEPLOYMENT, IMPORT -> "analysisTarget";
                case WAIVERS, RULES, SETTINGS -> "userSpecifiedConfiguration";
                case BASELINE -> "referencedOnCommandLine";
            });
            g.writeEndArray();
            g.writeObjectFieldStart("hashes");
            g.writeStringField("sha-256", input.sha256());
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("role", input.role().label());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
