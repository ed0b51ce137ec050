package io.oversight.deployment.read;

import io.oversight.deployment.Position;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Checkpoint;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids and names a person can trust: each reads as it is written (no invisible or bidirectional
 * control character, no tab or line break, one script), and no two ids of one kind look alike
 * while being different, as {@code prod-eu} and {@code prоd-eu} (with a Cyrillic о) do: a
 * reviewer would take a reference to one for the other. Plain ASCII, nearly every id, is checked
 * without loading Unicode's data. An id must not hold a secret either: names and other free text
 * are masked as they are read, but ids are kept as written for the references to them.
 */
final class IdentifierCheck {

    private final Problems problems;
    private final SourceMap sources;

    IdentifierCheck(Problems problems, SourceMap sources) {
        this.problems = problems;
        this.sources = sources;
    }

    /** One id or name and the path of where it was written. */
    private record Written(String value, String path) {
    }

    /** The ids and names of one kind; {@code distinct} ones must not look alike. */
    private final class Kind {
        final String what;
        final boolean distinct;
        /** Whether ids of this kind that differ only in case or spaces are refused as such ({@link #caseVariants}). */
        boolean foldsCase;
        /**
         * Whether each part between '@' and '.' is read in one script, not the whole: an address
         * such as μαρία@παράδειγμα.gr is Greek with a Latin top-level domain (the review).
         */
        boolean byLabel;
        final Map<String, Written> first = new LinkedHashMap<>();
        boolean unicode;

        Kind(String what, boolean distinct) {
            this.what = what;
            this.distinct = distinct;
        }

        void add(String value, String path) {
            if (value == null) {
                return;
            }
            if (distinct && SecretMasker.holdsSecret(value)) {
                // Masking an id would break the references to it; and the message must not repeat the secret.
                problems.add(locate(path), what + " is shaped like a credential (a token, key or password); an id must not carry a "
                        + "credential, since every report cites ids as they are written: rename it");
            }
            if (!UnicodeIdentifiers.isPlainAscii(value)) {
                unicode = true;
                if (byLabel) {
                    readableByLabel(what, value, path);
                } else {
                    readable(what, value, path);
                }
            }
            first.putIfAbsent(value, new Written(value, path));
        }
    }

    void check(Deployment d) {
        Kind deploymentName = new Kind("deployment name", false);
        Kind personIds = new Kind("person id", true);
        Kind personNames = new Kind("person name", false);
        // Two people at look-alike addresses are two mailboxes, so the same person twice (HO-03's one approver twice) would pass.
        Kind personEmails = new Kind("person email", false);
        personEmails.byLabel = true;
        Kind roles = new Kind("role", true);
        Kind environments = new Kind("environment name", true);
        Kind agentIds = new Kind("agent id", true);
        Kind agentNames = new Kind("agent name", false);
        Kind checkpoints = new Kind("checkpoint name", false);
        if (d.metadata() != null) {
            deploymentName.add(d.metadata().name(), d.metadata().path() + "/name");
        }
        for (Person p : d.people()) {
            personIds.add(p.id(), p.path() + "/id");
            personNames.add(p.name(), p.path() + "/name");
            personEmails.add(p.email(), p.path() + "/email");
            for (int i = 0; i < p.roles().size(); i++) {
                roles.add(p.roles().get(i), p.path() + "/roles/" + i);
            }
        }
        for (Environment e : d.environments()) {
            environments.add(e.name(), e.path() + "/name");
        }
        for (Agent a : d.agents()) {
            agentIds.add(a.id(), a.path() + "/id");
            agentNames.add(a.name(), a.path() + "/name");
            for (Checkpoint c : a.checkpoints()) {
                checkpoints.add(c.name(), c.path() + "/name");
                for (int i = 0; i < c.approverRoles().size(); i++) {
                    roles.add(c.approverRoles().get(i), c.path() + "/approverRoles/" + i);
                }
            }
        }
        List<Kind> folding = List.of(personIds, environments, agentIds);
        folding.forEach(kind -> kind.foldsCase = true);
        for (Kind kind : List.of(personIds, personEmails, roles, environments, agentIds)) {
            if (kind.unicode) {
                lookAlikes(kind);
            }
        }
        folding.forEach(this::caseVariants);
    }

    /**
     * Declared ids of one kind that differ only in case, in spaces around them or in the form of their
     * characters ({@code prod-eu}, {@code PROD-EU}, {@code "prod-eu "}, a no-break space, a fullwidth
     * hyphen), each reported where it is written after the first: a
     * reader takes them for one, and a grant to one would look like a grant to the other.
     */
    private void caseVariants(Kind kind) {
        Map<String, Written> byFolded = new HashMap<>();
        for (Written w : kind.first.values()) {
            Written earlier = byFolded.putIfAbsent(UnicodeIdentifiers.folded(w.value()), w);
            if (earlier != null) {
                Position at = locate(earlier.path());
                String how = UnicodeIdentifiers.isPlainAscii(w.value()) && UnicodeIdentifiers.isPlainAscii(earlier.value()) ? "only in case or spaces"
                        : "only in case, spaces or the form of its characters (" + unusual(w.value(), earlier.value()) + ")";
                problems.add(locate(w.path()), kind.what + " '" + UnicodeIdentifiers.shown(w.value()) + "' differs from '" + UnicodeIdentifiers.shown(earlier.value()) + "' (line "
                        + at.line() + ") " + how + "; ids that look alike would be taken for each other: rename one");
            }
        }
    }


    /** {@link #readable}, for an address whose parts between '@' and '.' may each be of another script: when one part mixes scripts. */
    private void readableByLabel(String what, String value, String path) {
        if (value.codePoints().anyMatch(UnicodeIdentifiers::isInvisible)
                || java.util.Arrays.stream(value.split("[@.]")).anyMatch(label -> !UnicodeIdentifiers.mixedScripts(label).isEmpty())) {
            readable(what, value, path);
        }
    }

    private void readable(String what, String value, String path) {
        int invisible = value.codePoints().filter(UnicodeIdentifiers::isInvisible).findFirst().orElse(-1);
        if (invisible >= 0) {
            problems.add(locate(path), what + " '" + UnicodeIdentifiers.shown(value) + "' holds the invisible character " + UnicodeIdentifiers.describe(invisible)
                    + "; ids and names must read as they are written");
            return;
        }
        List<String> scripts = UnicodeIdentifiers.mixedScripts(value);
        if (!scripts.isEmpty()) {
            problems.add(locate(path), what + " '" + value + "' mixes the " + String.join(" and ", scripts)
                    + " scripts; write each id and name in one script (Latin may go with Han, Japanese or Korean)");
        }
    }

    /** Different ids of one kind with equal skeletons, each reported where it is written after the first. */
    private void lookAlikes(Kind kind) {
        Map<String, Written> bySkeleton = new HashMap<>();
        List<Written[]> pairs = new ArrayList<>();
        for (Written w : kind.first.values()) {
            Written earlier = bySkeleton.putIfAbsent(UnicodeIdentifiers.skeleton(w.value()), w);
            // Ids that differ only in case or spaces are the case check's to report, once.
            if (earlier != null && !(UnicodeIdentifiers.isPlainAscii(earlier.value()) && UnicodeIdentifiers.isPlainAscii(w.value()))
                    && !(kind.foldsCase && UnicodeIdentifiers.folded(earlier.value()).equals(UnicodeIdentifiers.folded(w.value())))) {
                pairs.add(new Written[] {earlier, w});
            }
        }
        for (Written[] pair : pairs) {
            Position earlier = locate(pair[0].path());
            problems.add(locate(pair[1].path()), kind.what + " '" + UnicodeIdentifiers.shown(pair[1].value()) + "' looks like '" + UnicodeIdentifiers.shown(pair[0].value())
                    + "' (line " + earlier.line() + ") but is written with other characters (" + unusual(pair[1].value(), pair[0].value())
                    + "); ids that look alike would be taken for each other: rename one");
        }
    }

    /** The characters of {@code value} that are not plain ASCII, or else those of {@code other}. */
    private static String unusual(String value, String other) {
        String source = UnicodeIdentifiers.isPlainAscii(value) ? other : value;
        return String.join(", ", source.codePoints().filter(c -> c < 0x20 || c > 0x7E).distinct()
                .mapToObj(UnicodeIdentifiers::describe).toList());
    }

    private Position locate(String path) {
        return sources.locate(path);
    }
}
