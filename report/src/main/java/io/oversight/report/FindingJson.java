package io.oversight.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.oversight.catalog.Reference;
import io.oversight.engine.Baseline;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes findings as the JSON contract has them, on several threads at once. What repeats from
 * finding to finding is encoded once and copied after: the field names, each control's title and
 * remediation, the files cited, and each control's references, whose indented array is the same
 * bytes wherever it stands. 95,000 findings of 10,000 agents repeat these about a million times.
 */
final class FindingJson {

    private static final SerializedString FINGERPRINT = new SerializedString("fingerprint");
    private static final SerializedString CONTROL = new SerializedString("control");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString SUBJECT = new SerializedString("subject");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString REMEDIATION = new SerializedString("remediation");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");
    private static final SerializedString FILE = new SerializedString("file");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString COLUMN = new SerializedString("column");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString REFERENCES = new SerializedString("references");
    private static final SerializedString FRAMEWORK = new SerializedString("framework");
    private static final SerializedString CLAUSE = new SerializedString("clause");
    private static final SerializedString BASELINE_STATE = new SerializedString("baselineState");
    private static final SerializedString WAIVED = new SerializedString("waived");
    private static final SerializedString WAIVER = new SerializedString("waiver");

    /** How many objects deep the findings stand in the document. */
    private final int depth;
    private final Baseline baseline;
    /** Values that recur (a control's id and words, a file, a severity), each encoded once. */
    private final Map<String, SerializedString> recurring = new ConcurrentHashMap<>();
    /** The references arrays met so far, as written {@code depth + 1} objects deep. */
    private final Map<List<Reference>, SerializedString> references = new ConcurrentHashMap<>();

    FindingJson(int depth, Baseline baseline) {
        this.depth = depth;
        this.baseline = baseline;
    }

    void write(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        string(g, FINGERPRINT, f.fingerprint());
        recurring(g, CONTROL, f.control());
        recurring(g, TITLE, f.title());
        recurring(g, SEVERITY, f.severity().label());
        g.writeFieldName(SUBJECT);
        g.writeStartObject();
        recurring(g, KIND, f.subject().kind());
        string(g, ID, f.subject().id());
        g.writeEndObject();
        string(g, MESSAGE, f.message());
        items(g, f);
        recurring(g, REMEDIATION, f.remediation());
        g.writeFieldName(EVIDENCE);
        g.writeStartArray();
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            recurring(g, FILE, e.file());
            number(g, LINE, e.line());
            number(g, COLUMN, e.column());
            string(g, PATH, e.path());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(REFERENCES);
        g.writeRawValue(references.computeIfAbsent(f.references(), this::referencesArray));
        if (baseline != null) {
            string(g, BASELINE_STATE, baseline.state(f));
        }
        g.writeFieldName(WAIVED);
        g.writeBoolean(f.waived());
        g.writeFieldName(WAIVER);
        if (f.waiver() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("index", f.waiver().index());
            g.writeStringField("justification", f.waiver().justification());
            g.writeStringField("approvedBy", f.waiver().approvedBy());
            g.writeStringField("expires", f.waiver().expires().toString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Every item the finding is about, which its message lists at most eight of: what a later run's baseline pairs edited findings by. */
    private static void items(JsonGenerator g, Finding f) throws IOException {
        g.writeFieldName(ITEMS);
        g.writeStartArray();
        for (String item : f.items()) {
            g.writeString(item);
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void number(JsonGenerator g, SerializedString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    /** Writes the field {@code name} with {@code value}, a string that recurs, or null. */
    private void recurring(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(recurring.computeIfAbsent(value, SerializedString::new));
        }
    }

    private SerializedString referencesArray(List<Reference> list) {
        return JsonOutput.rendered(depth + 1, g -> {
            g.writeStartArray();
            for (Reference r : list) {
                g.writeStartObject();
                recurring(g, FRAMEWORK, r.framework());
                recurring(g, CLAUSE, r.clause());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }
}
