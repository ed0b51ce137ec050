package io.oversight.report.pdf;

import io.oversight.access.AgentWithoutPermissions;
import io.oversight.deployment.InputFile;
import io.oversight.engine.Assessment;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.ControlResult;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.FrameworkResult;
import io.oversight.engine.UnknownUseCase;
import io.oversight.engine.Verdict;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * What this check covered and what it did not: the frameworks and controls in scope, the clauses
 * no rule settled, the attestations still open and the files read. Said up front, so that a PASS
 * is read for what it is.
 */
record ReportScope(String framework, String notApplicable, String unnamedState, long failingInForce, long failing, List<String> frameworks, List<String> undetermined,
                   List<String> noClause, long evaluated,
                   List<String> notEvaluated, long nothingToCheck, List<String> withoutPermissions, List<String> unknownUseCases,
                   long clausesUnsettled,
                   long clausesToAttest, long openAttestations, long attestationsBeside, List<InputFile> inputs, List<String> unshown,
                   List<String> outside, List<String> jurisdictions) {

    /** Characters the fonts lack that are named in the scope; more are counted. */
    static final int UNSHOWN_NAMED = 8;

    /** Input files named with their digests; the method section lists every one. */
    static final int INPUTS_NAMED = 3;

    static ReportScope of(Assessment a) {
        // A run scoped to one framework reports that framework alone; an unscoped run reports every framework of the catalog.
        String framework = a.scopedFramework().map(f -> f.framework().title()).orElse(null);
        // Why the one framework of a scoped run does not bind the deployment ("applies only in EU"), or null.
        String notApplicable = framework != null && !a.frameworks().get(0).applicable() ? a.frameworks().get(0).elsewhere() : null;
        long failingInForce = a.failingGapsInForce();
        List<String> frameworks = a.frameworks().stream().filter(fr -> fr.applicable() && !fr.noClauseApplies() && !fr.whetherItBindsUndetermined())
                .map(fr -> fr.framework().title()).toList();
        List<String> undetermined = a.frameworks().stream().filter(FrameworkResult::whetherItBindsUndetermined).map(fr -> fr.framework().title()).toList();
        List<String> noClause = a.frameworks().stream().filter(FrameworkResult::noClauseApplies).map(fr -> fr.framework().title()).toList();
        List<String> notEvaluated = a.controls().stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED)
                .map(ControlResult::control).map(c -> c.id()).toList();
        long unsettled = 0;
        long toAttest = 0;
        long attestations = 0;
        long beside = 0;
        for (FrameworkResult fr : a.frameworks()) {
            if (!fr.applicable()) {
                continue;
            }
            unsettled += fr.count(ClauseStatus.NOT_ASSESSED) + fr.count(ClauseStatus.UNDETERMINED) + fr.count(ClauseStatus.NOT_EVALUATED);
            toAttest += fr.count(ClauseStatus.NEEDS_ATTESTATION);
            attestations += fr.attestations().size();
            // A statement of a clause that is a gap or undetermined besides: signing it does not settle the clause.
            beside += fr.attestations().stream().filter(at -> fr.clauses().stream()
                    .anyMatch(c -> c.clause().id().equals(at.clause()) && c.status() != ClauseStatus.NEEDS_ATTESTATION)).count();
        }
        List<String> withoutPermissions = a.agentsWithoutPermissions().stream().map(AgentWithoutPermissions::agentId).toList();
        // Why whether the one framework of a scoped run binds is undetermined (a state's law, US listed without the state), or null.
        String unnamedState = framework == null ? null : a.frameworks().get(0).unnamedState();
        return new ReportScope(framework, notApplicable, unnamedState, failingInForce, a.failingCount(), frameworks, undetermined, noClause, a.evaluatedControls(), notEvaluated, a.controlsWith(ControlStatus.NOTHING_TO_CHECK),
                withoutPermissions, a.unknownUseCases().stream().map(UnknownUseCase::named).toList(),
                unsettled, toAttest, attestations, beside, a.inputs(), unshown(a),
                a.frameworks().stream().filter(fr -> !fr.applicable()).map(fr -> fr.framework().title()).toList(),
                a.input().deployment().metadata().jurisdictions());
    }

    /**
     * The characters of the findings' text and of the files checked (the deployment and what it
     * imports, which the evidence quotes) that the report's fonts cannot show (Han, emoji), as
     * "U+65E5": the pages write each as its code point, so the scope says why.
     */
    private static List<String> unshown(Assessment a) {
        // Each character beyond ASCII once, then asked of the font: a file in one script repeats a few hundred.
        BitSet seen = new BitSet();
        IntConsumer note = c -> {
            if (c > 0x7E) {
                seen.set(c);
            }
        };
        var sources = a.input().sources();
        sources.codePoints().forEach(note);
        sources.importedFiles().forEach(file -> sources.forFile(file).codePoints().forEach(note));
        a.findings().forEach(f -> {
            f.message().codePoints().forEach(note);
            f.subject().id().codePoints().forEach(note);
        });
        return seen.stream().filter(DrawnText::unshown)
                .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c)).toList();
    }

    boolean filtered() {
        return framework != null;
    }

    /**
     * The scope of a run narrowed to one framework, said wherever the report is identified: "EU AI
     * Act (--framework; 18 of the catalog's 48 controls)"; empty for a run of every framework.
     */
    java.util.Optional<String> scopedTo() {
        return filtered() ? java.util.Optional.of(framework + " (--framework; " + evaluated + " of the catalog's " + (evaluated + notEvaluated.size())
                + " controls)") : java.util.Optional.empty();
    }

    /** "PASS for the EU AI Act scope; 19 controls not evaluated" for a scoped run, else the plain verdict word. */
    String verdictScope(String verdict) {
        if (!filtered()) {
            return verdict;
        }
        return verdict + " for the " + framework + " scope" + (notApplicable == null ? "" : ", outside the jurisdictions the file lists")
                + (notApplicable == null && verdict.equals("FAIL") ? inForce() : "")
                + "; " + Words.count(notEvaluated.size(), "control", "controls") + " not evaluated";
    }

    /**
     * How many of the findings a scoped FAIL rests on breach a clause of the framework that binds
     * the deployment today, when not all do: the others break clauses that bind later, or the
     * catalog's controls alone.
     */
    private String inForce() {
        if (failingInForce == failing) {
            return "";
        }
        return failingInForce == 0 ? ", though none of the findings it fails on is a gap in a clause of it that binds the deployment today"
                + " (see Framework coverage)"
                : ", though only " + failingInForce + " of the " + failing + " findings it fails on " + (failingInForce == 1 ? "is a gap" : "are gaps")
                        + " in a clause of it that binds the deployment today (see Framework coverage)";
    }

    /** Said beside an unscoped FAIL whose failing findings are a gap in no clause that binds the deployment today. */
    java.util.Optional<String> goodPracticeOnly(Verdict verdict) {
        return filtered() || failingInForce > 0 || verdict != Verdict.FAIL ? java.util.Optional.empty()
                : java.util.Optional.of("None of the findings it fails on is a gap in a clause that binds the deployment today: they"
                        + " fail the catalog's controls as good practice (see Framework coverage).");
    }

    /** The scope and its limits, one sentence each, for the cover. */
    List<String> sentences() {
        List<String> lines = new ArrayList<>();
        lines.add(scope());
        lines.addAll(limits());
        return lines;
    }

    /**
     * The sentences of the executive summary: the limits, and the scope only where it is a
     * framework that was not assessed. The frameworks that apply are the summary's chart and the
     * notes under it, and the verdict names a framework a run is scoped to: the summary keeps to one page.
     */
    List<String> summarySentences() {
        return notApplicable != null ? sentences() : limits();
    }

    /** Which frameworks apply, or the one the run is scoped to. */
    private String scope() {
        if (notApplicable != null) {
            return "Scoped to " + framework + ", which was not assessed: it " + notApplicable + ", and metadata.jurisdictions does "
                    + "not list that (a US state is listed by its own code, such as US-CO).";
        }
        if (filtered() && unnamedState != null) {
            return "Scoped to " + framework + ", which may apply: " + unnamedState + ", so whether it binds the deployment is undetermined.";
        }
        return filtered() ? "Scoped to " + framework + "." : "Frameworks that apply: "
                    + (frameworks.isEmpty() ? "none" : Words.list(frameworks, frameworks.size()))
                    + (undetermined.isEmpty() ? "" : "; " + Words.list(undetermined, undetermined.size()) + " may apply: whether "
                            + (undetermined.size() == 1 ? "it binds" : "they bind") + " the organization the file leaves undetermined")
                    + (noClause.isEmpty() ? "." : "; " + Words.list(noClause, noClause.size()) + " " + (noClause.size() == 1 ? "applies" : "apply")
                            + " where the deployment is, but no clause of " + (noClause.size() == 1 ? "it" : "them") + " binds it.")
                    + outsideTheJurisdictions();
    }

    /**
     * The frameworks left out because the file lists none of the jurisdictions they bind in, said
     * beside those that apply: a PASS without them must not read as a PASS against them.
     */
    private String outsideTheJurisdictions() {
        if (outside.isEmpty()) {
            return "";
        }
        String listed = jurisdictions.isEmpty() ? "lists no jurisdiction" : "lists only " + String.join(", ", jurisdictions);
        return " Not applicable, as the file " + listed + " (metadata.jurisdictions): " + Words.list(outside, outside.size())
                + "; a deployment that operates where one of them applies lists that jurisdiction (EU, or a US state by its code, such as US-CO;"
                + " US alone leaves the states' laws undetermined).";
    }

    /** What the verdict rests on and leaves out: the controls evaluated, what was not assessed, the inputs, what a PASS does not prove. */
    private List<String> limits() {
        List<String> lines = new ArrayList<>();
        lines.add(evaluated + " of " + (evaluated + notEvaluated.size()) + " controls evaluated"
                + (notEvaluated.isEmpty() ? "" : "; not evaluated: " + Words.list(notEvaluated, 12))
                + (nothingToCheck == 0 ? "." : "; " + Words.count(nothingToCheck, "control", "controls") + " had nothing in the deployment to check."));
        if (!withoutPermissions.isEmpty()) {
            lines.add("No permissions, written, imported or borrowed, or only entries that grant nothing, for "
                    + Words.count(withoutPermissions.size(), "agent", "agents") + " ("
                    + Words.list(withoutPermissions, 12) + "): no permission control had anything of theirs to examine.");
        }
        if (!unknownUseCases.isEmpty()) {
            lines.add("Use cases Oversight does not know (" + Words.list(unknownUseCases, 12) + "): kept as written, but no rule reads "
                    + "them, so a high-risk area they name is not seen.");
        }
        if (clausesUnsettled + clausesToAttest + openAttestations == 0) {
            lines.add("Not assessed: nothing; " + (frameworks.isEmpty() ? "no clause of a framework in scope binds the deployment."
                    : "a rule settled every clause that binds the deployment, and none waits for a person to confirm it."));
        } else {
            lines.add("Not assessed: " + Words.count(clausesUnsettled, "clause", "clauses") + " that no rule settled (for want of a rule, of"
                    + " anything the clause binds, of a fact the file leaves out, or of a control that was run; Framework coverage says"
                    + " which), and "
                    + Words.count(clausesToAttest, "clause", "clauses") + " that only a person can confirm; "
                    + (openAttestations == 0 ? "no statement waits for a person to attest it."
                    : Words.count(openAttestations, "statement to attest is", "statements to attest are")
                            + " open until signed (see Attestations" + (attestationsBeside == 0 ? ")." : "; " + attestationsBeside
                            + " of them for clauses that are gaps or undetermined besides, which a signature alone does not meet).")));
        }
        List<String> files = inputs.stream().limit(INPUTS_NAMED).map(i -> i.role().label() + " " + i.file() + " (SHA-256 " + i.sha256() + ")")
                .toList();
        lines.add("Inputs checked: " + String.join("; ", files) + (inputs.size() > INPUTS_NAMED ? "; and " + Words.count(inputs.size()
                - INPUTS_NAMED, "more file", "more files") + ", each with its SHA-256 under Method." : "."));
        if (!unshown.isEmpty()) {
            lines.add("The report's fonts have no glyph for " + Words.count(unshown.size(), "character", "characters") + " of the files checked ("
                    + Words.list(unshown, UNSHOWN_NAMED) + "), which the pages write as their code points (<" + unshown.get(0) + ">); the attached JSON holds "
                    + "the findings' text in full.");
        }
        lines.add("A PASS does not prove that the file matches the running systems, that controls not evaluated or clauses not assessed "
                + "are met, that the open attestations hold, or that the deployment is lawful.");
        return lines;
    }
}
