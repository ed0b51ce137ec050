package io.oversight.report;

import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What decides a report's content besides its layout: the {@link InputsDigest} of every input with
 * the tool and catalog versions, the as-of date, the fail-on threshold, the scope (the frameworks
 * reported and the controls run, as --framework narrows them) and whether only new findings fail
 * the check. A report that names itself (the PDF's id, the OSCAL documents' UUIDs) is a new record
 * when any of these change.
 */
public final class ReportContent {

    private ReportContent() {
    }

    public static List<String> decidedBy(Assessment a) {
        String frameworks = a.frameworks().stream().map(f -> f.framework().id()).collect(Collectors.joining(","));
        String controls = a.controls().stream().filter(c -> c.status() != ControlStatus.NOT_EVALUATED).map(c -> c.control().id())
                .collect(Collectors.joining(","));
        String gate = a.failsOnNewOnly() ? "fail-on-new" : "fail-on-any";
        return List.of(InputsDigest.of(a), a.asOf().toString(), a.failOn().label(), frameworks, controls, gate);
    }
}
