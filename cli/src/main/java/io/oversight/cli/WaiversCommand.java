package io.oversight.cli;

import io.oversight.deployment.OneLine;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Control;
import io.oversight.catalog.Severity;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Waiver;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.deployment.read.WaiverFileReader;
import io.oversight.deployment.DeploymentFile;
import io.oversight.engine.Assessment;
import io.oversight.engine.ComplianceEngine;
import io.oversight.engine.WaiverState;
import io.oversight.engine.WaiverStatus;
import io.oversight.engine.WaiverValidity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import io.oversight.deployment.model.People;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "waivers", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Works with waiver files kept apart from the deployment (see check --waivers).",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"2:no subcommand, or a usage error ('oversight waivers lint --help' lists the exit codes of lint)"},
        subcommands = WaiversCommand.Lint.class)
final class WaiversCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: lint");
    }

    @Command(name = "lint", mixinStandardHelpOptions = true, addMethodSubcommands = false,
            description = "Reports expired, soon-expiring (" + WaiverValidity.EXPIRY_NOTICE_DAYS + " days), unknown, self-approved and duplicate"
                    + " waivers, and those that run more than a year;"
                    + " with --deployment, self-approval is judged as check judges it, on the severity a finding has where its control escalates,"
                    + " and waivers in force that match no finding are listed.",
            exitCodeListHeading = ExitCode.HEADING,
            exitCodeList = {"0:no waiver needs attention (soon-expiring ones and those that waive nothing are listed)", "1:some waiver is expired, unknown, self-approved, a duplicate or runs more than a year",
                    ExitCode.LIST_INVALID, ExitCode.LIST_INTERNAL})
    static final class Lint implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The waivers file (waivers: [...], the format's waiver shape).")
        Path file;

        @Option(names = "--deployment", paramLabel = "FILE",
                description = "The deployment the waivers apply to: checks agents, approvers and self-approval.")
        Path deployment;

        @Mixin
        AsOfOption asOf;

        @Mixin
        VerboseOption verbose;

        private record Note(Position position, NoteKind kind, String text) {
        }

        /** What a note says of a waiver; all but the informational ones need attention. */
        private enum NoteKind {
            UNKNOWN, EXPIRED, EXPIRING, TOO_LONG, SELF_APPROVED, CREDENTIAL_HOLDER, DEPLOYMENT_WIDE_CRITICAL, NOT_WAIVABLE, DUPLICATE, WAIVES_NOTHING;

            String label() {
                return name().toLowerCase(Locale.ROOT).replace('_', '-');
            }

            /** Whether the note asks for nothing to be fixed before the waivers can be relied on: listed, not counted as a problem. */
            boolean informational() {
                return this == EXPIRING || this == WAIVES_NOTHING;
            }
        }

        @Override
        public Integer call() throws InvalidInputException {
            Catalog catalog = CatalogLoader.builtIn();
            DeploymentFile input = deployment == null ? null : new DeploymentReader(catalog.controlIds()).read(deployment);
            Deployment against = input == null ? null : input.deployment();
            WaiverFileReader.Loaded loaded = new WaiverFileReader(catalog.controlIds()).read(file, against, true);
            LocalDate today = asOf.date();
            // Check refuses a file with unknown names, so no waiver of it is in force: only a clean file is assessed.
            boolean refused = !loaded.unresolved().isEmpty();
            Assessment assessed = input == null || refused ? null : assessWith(catalog, input, loaded, today);
            Map<String, WaiverState> judged = assessed == null ? Map.of() : assessed.waivers().stream()
                    .collect(Collectors.toMap(s -> s.waiver().path(), WaiverStatus::status, (a, b) -> a));
            // In force but matching no finding, as the check's report lists them: stale, or naming the wrong agent.
            Set<String> idle = assessed == null ? Set.of() : assessed.waivers().stream().filter(assessed::waivesNothing)
                    .map(s -> s.waiver().path()).collect(Collectors.toSet());
            Map<String, String> owners = against == null ? Map.of() : against.agents().stream().filter(a -> a.owner() != null)
                    .collect(Collectors.toMap(Agent::id, Agent::owner, (a, b) -> a));
            People people = new People(against == null ? List.of() : against.people());
            Map<String, String> credentialHolders = new java.util.HashMap<>();
            if (against != null) {
                against.agents().stream().filter(a -> people.credentialHolder(a.identity()) != null)
                        .forEach(a -> credentialHolders.putIfAbsent(a.id(), people.credentialHolder(a.identity())));
            }
            List<Note> notes = new ArrayList<>();
            for (Problem p : loaded.unresolved()) {
                notes.add(new Note(p.position(), NoteKind.UNKNOWN, p.message()));
            }
            // An exact copy waives nothing the first does not, and a later edit of one leaves the other behind.
            Map<List<Object>, Waiver> firstOf = new java.util.HashMap<>();
            // Nor does one in force that an earlier one in force covers: it waives no finding, and takes over unseen when the
            // first is removed, with its own approver and expiry (red team: justifications apart by a space passed).
            List<Waiver> inForce = new ArrayList<>();
            for (Waiver w : loaded.waivers()) {
                String what = "waiver of " + w.control() + (w.agent() == null ? " for the whole deployment" : " for " + w.agent());
                Waiver first = firstOf.putIfAbsent(Arrays.asList(w.control(), w.agent(), w.justification(), w.approvedBy(), w.expires()), w);
                boolean expired = WaiverValidity.expired(w, today);
                Optional<Waiver> covering = expired ? Optional.empty()
                        : inForce.stream().filter(earlier -> WaiverValidity.covers(earlier, w)).findFirst();
                if (first != null) {
                    notes.add(new Note(loaded.locate(w, "control"), NoteKind.DUPLICATE, what + " repeats the one at line "
                            + loaded.locate(first, "control").line() + " (the same control, agent, justification, approver and expiry); remove one"));
                } else if (covering.isPresent()) {
                    notes.add(new Note(loaded.locate(w, "control"), NoteKind.DUPLICATE, what + " waives no finding the one at line "
                            + loaded.locate(covering.get(), "control").line() + " does not (the same control, for "
                            + (covering.get().agent() == null ? "the whole deployment" : "the same agent") + ", both in force); keep one"));
                }
                if (!expired && judged.getOrDefault(w.path(), WaiverState.ACTIVE) == WaiverState.ACTIVE) {
                    inForce.add(w);
                }
                if (expired) {
                    // Renewed by another entry of the file that applies: its findings stay waived, as check says.
                    Optional<Waiver> renewal = loaded.waivers().stream().filter(r -> WaiverValidity.covers(r, w) && !WaiverValidity.expired(r, today)
                            && judged.getOrDefault(r.path(), WaiverState.ACTIVE) == WaiverState.ACTIVE).findFirst();
                    notes.add(new Note(loaded.locate(w, "expires"), NoteKind.EXPIRED, what + " " + renewal.map(r -> "expired on " + w.expires()
                            + "; the one at line " + loaded.locate(r, "control").line() + ", in force until " + r.expires()
                            + ", covers its findings: remove the expired one").orElseGet(() -> WaiverValidity.expiryNote(w))));
                } else if (WaiverValidity.expiresSoon(w, today)) {
                    notes.add(new Note(loaded.locate(w, "expires"), NoteKind.EXPIRING, what + " expires on " + w.expires()
                            + ", within " + WaiverValidity.EXPIRY_NOTICE_DAYS + " days"));
                } else if (WaiverValidity.runsTooLong(w, today)) {
                    notes.add(new Note(loaded.locate(w, "expires"), NoteKind.TOO_LONG, what + " " + WaiverValidity.termNote(w, today)));
                }
                // A waiver of the whole deployment waives every agent: each one's owner and credential holder count.
                Collection<String> waivedOwners = w.agent() == null ? owners.values() : Collections.singleton(owners.get(w.agent()));
                Collection<String> waivedHolders = w.agent() == null ? credentialHolders.values() : Collections.singleton(credentialHolders.get(w.agent()));
                String whose = w.agent() == null ? "an agent it waives" : "the agent";
                Optional<Control> control = catalog.control(w.control());
                Optional<Severity> severity = control.map(Control::severity);
                String ownerNote = w.agent() == null ? "" : WaiverValidity.otherId(w, "the owner is", owners.get(w.agent()), people);
                String deploymentOwner = against == null ? null : against.metadata().owner();
                boolean ofTheDeployment = w.agent() == null && control.map(Control::aboutTheDeployment).orElse(false);
                if (severity.isPresent() && ofTheDeployment && WaiverValidity.selfApproved(w, deploymentOwner, severity.get(), people)) {
                    notes.add(new Note(loaded.locate(w, "approvedBy"), NoteKind.SELF_APPROVED, what + " is approved by the deployment's own owner, '"
                            + w.approvedBy() + "'" + WaiverValidity.otherId(w, "the owner is", deploymentOwner, people) + ", for a "
                            + severity.get().label() + " control of the deployment's own risks; it does not apply"));
                } else if (severity.isPresent() && waivedOwners.stream().anyMatch(o -> WaiverValidity.selfApproved(w, o, severity.get(), people))) {
                    notes.add(new Note(loaded.locate(w, "approvedBy"), NoteKind.SELF_APPROVED, what + " is approved by "
                            + (w.agent() == null ? "the owner of an agent it waives" : "the agent's own owner") + ", '" + w.approvedBy()
                            + "'" + ownerNote + ", for a " + severity.get().label() + " control; it does not apply"));
                } else if (judged.get(w.path()) == WaiverState.SELF_APPROVED) {
                    boolean byDeploymentOwner = w.agent() == null && people.same(w.approvedBy(), deploymentOwner);
                    notes.add(new Note(loaded.locate(w, "approvedBy"), NoteKind.SELF_APPROVED, what + " is approved by "
                            + (byDeploymentOwner ? "the deployment's own owner" : w.agent() == null ? "the owner of an agent it waives"
                            : "the agent's own owner") + ", '" + w.approvedBy()
                            + "'" + ownerNote + ", and covers a high or critical finding, as its control escalates in this deployment; it does not apply"));
                }
                if (waivedHolders.stream().anyMatch(h -> WaiverValidity.approvedByCredentialHolder(w, h, people))) {
                    String holderNote = w.agent() == null ? "" : WaiverValidity.otherId(w, "the agent acts as", credentialHolders.get(w.agent()), people);
                    notes.add(new Note(loaded.locate(w, "approvedBy"), NoteKind.CREDENTIAL_HOLDER, what + " is approved by '"
                            + w.approvedBy() + "', whose credentials " + whose + " acts with" + holderNote + "; it does not apply"));
                }
                if (idle.contains(w.path()) && first == null) {
                    notes.add(new Note(loaded.locate(w, "control"), NoteKind.WAIVES_NOTHING, what + " is in force, but no finding of "
                            + w.control() + (w.agent() == null ? " is open" : " is about " + w.agent()) + " in this deployment"));
                }
                if (WaiverValidity.notWaivable(w)) {
                    notes.add(new Note(loaded.locate(w, "control"), NoteKind.NOT_WAIVABLE, what + " does not apply: "
                            + WaiverValidity.notWaivableNote(w)));
                }
                if (control.isPresent() && WaiverValidity.deploymentWideOfCritical(w, control.get().worstSeverity(), control.get().aboutEnvironments())) {
                    notes.add(new Note(loaded.locate(w, "control"), NoteKind.DEPLOYMENT_WIDE_CRITICAL, what + " waives a control that"
                            + " can report critical findings; name the agent it covers, as it does not apply"));
                }
            }
            notes.sort((a, b) -> a.position() == null ? -1 : b.position() == null ? 1 : a.position().compareTo(b.position()));
            PrintWriter out = spec.commandLine().getOut();
            for (Note n : notes) {
                Position at = n.position() == null ? new Position(1, 1) : n.position();
                out.println(OneLine.safe(file + ":" + at.line() + ":" + at.column() + ": " + n.kind().label() + ": " + n.text()));
            }
            long serious = notes.stream().filter(n -> !n.kind().informational()).count();
            long expiring = notes.stream().filter(n -> n.kind() == NoteKind.EXPIRING).count();
            long waivingNothing = notes.stream().filter(n -> n.kind() == NoteKind.WAIVES_NOTHING).count();
            // Problems are counted, not waivers: one waiver can be both expired and self-approved.
            int waivers = loaded.waivers().size();
            out.println(waivers + (waivers == 1 ? " waiver: " : " waivers: ") + serious + (serious == 1 ? " problem needs" : " problems need")
                    + " attention, " + expiring + (expiring == 1 ? " expires" : " expire") + " within " + WaiverValidity.EXPIRY_NOTICE_DAYS + " days"
                    + (waivingNothing == 0 ? "" : ", " + waivingNothing + " waive" + (waivingNothing == 1 ? "s" : "") + " nothing")
                    + (deployment == null ? " (give --deployment to check agents, approvers and self-approval)"
                    : refused ? "; check refuses the file until its unknown names are fixed, so whether each waiver matches a finding is not judged" : ""));
            out.flush();
            return serious > 0 ? ExitCode.FINDINGS : ExitCode.PASS;
        }

        /**
         * A check of {@code input} with these waivers, which says what it makes of each. A control of
         * lower default severity can report a high or critical finding where it escalates (AC-03 in a
         * critical environment), which makes its owner's waiver self-approved and only the assessment
         * shows; so lint judges as check does, by assessing the deployment with the waivers.
         */
        private static Assessment assessWith(Catalog catalog, DeploymentFile input, WaiverFileReader.Loaded loaded, LocalDate today) {
            Deployment d = input.deployment();
            List<Waiver> all = new ArrayList<>(d.waivers());
            all.addAll(loaded.waivers());
            Deployment merged = new Deployment(d.metadata(), d.governance(), d.people(), d.environments(), d.agents(), all, d.roles());
            return ComplianceEngine.builtIn().assess(input.withWaivers(merged, loaded.sources(), loaded.file()), catalog, today, Severity.HIGH);
        }
    }
}
