package io.oversight.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Loads the built-in catalog from {@code oversight/catalog/} on the class path and checks its integrity. */
public final class CatalogLoader {

    private static final String ROOT = "oversight/catalog/";
    /** The catalog as compiled by {@link CatalogCompiler} at build time. */
    static final String COMPILED = ROOT + "catalog.json";
    private static volatile Catalog builtIn;
    private static final Pattern CONDITION = Pattern.compile("[a-z]+(-[a-z]+)*");

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private record Manifest(String version, List<Family> families, String frameworks, String useCases) {
    }

    private record ControlFile(List<Control> controls) {
    }

    private record FrameworkFile(List<Framework> frameworks) {
    }

    /** A use case as {@code use-cases.yaml} writes it, its class a word still to be checked. */
    private record WrittenUseCase(String id, @JsonProperty("class") String regulatoryClass, Reference source, List<String> otherWords) {
    }

    private record UseCaseFile(List<WrittenUseCase> useCases) {
    }

    private record Extension(List<Family> families, List<Control> controls) {
    }

    /** The catalog shipped with Oversight, loaded once per process. */
    public static Catalog builtIn() {
        Catalog catalog = builtIn;
        if (catalog == null) {
            synchronized (CatalogLoader.class) {
                if (builtIn == null) {
                    builtIn = loadCompiledOrSources();
                }
                catalog = builtIn;
            }
        }
        return catalog;
    }

    private static Catalog loadCompiledOrSources() {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(COMPILED)) {
            return in == null ? new CatalogLoader().load() : CatalogJson.read(in);
        } catch (IOException e) {
            throw new CatalogException("the compiled catalog " + COMPILED + " is unreadable: " + e.getMessage(), e);
        }
    }

    Catalog load() {
        Manifest manifest = read("catalog.yaml", Manifest.class);
        List<Control> controls = new ArrayList<>();
        for (Family family : manifest.families()) {
            controls.addAll(read(family.file(), ControlFile.class).controls());
        }
        List<Framework> frameworks = read(manifest.frameworks(), FrameworkFile.class).frameworks();
        controls = withEscalationDates(controls, frameworks);
        List<UseCase> useCases = useCases(manifest.useCases(), read(manifest.useCases(), UseCaseFile.class).useCases(), frameworks);
        Catalog catalog = new Catalog(manifest.version(), manifest.families(), controls, frameworks, useCases);
        verify(catalog, controls);
        return catalog;
    }

    /** The use cases, each with the day its source clause binds from, taken from the clause so that it cannot drift from it. */
    private static List<UseCase> useCases(String file, List<WrittenUseCase> written, List<Framework> frameworks) {
        List<UseCase> useCases = new ArrayList<>();
        for (WrittenUseCase w : written) {
            UseCaseClass regulatoryClass = UseCaseClass.ofWord(w.regulatoryClass()).orElseThrow(() -> new CatalogException(file + ": use case "
                    + w.id() + " has class '" + w.regulatoryClass() + "'; expected prohibited, high-risk or other"));
            LocalDate from = w.source() == null ? null : frameworks.stream().filter(f -> f.id().equals(w.source().framework())).findFirst()
                    .flatMap(f -> f.clause(w.source().clause())).map(Clause::appliesFrom).orElse(null);
            useCases.add(new UseCase(w.id(), regulatoryClass, w.source(), w.otherWords(), from));
        }
        return useCases;
    }

    /**
     * The built-in catalog plus an organization's own controls from {@code file} (same shape as
     * ours, with optional {@code families}); ids must not clash with ours.
     */
    public static Catalog extend(Catalog base, java.nio.file.Path file) throws InvalidExtensionException {
        Extension extension;
        try {
            ObjectMapper yaml = new CatalogLoader().yaml;
            com.fasterxml.jackson.databind.JsonNode root = yaml.readTree(file.toFile());
            // Another kind of file (the rules folder may come from a settings file) is not quoted key by key.
            if (root == null || !root.isObject() || !(root.has("controls") || root.has("families"))) {
                throw new InvalidExtensionException(file + ": not an organization catalog: a mapping with 'controls' (and optional"
                        + " 'families'); nothing of the file is quoted, since it may be another file, such as one of secrets");
            }
            extension = yaml.readValue(file.toFile(), Extension.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidExtensionException(ExtensionProblem.of(file, e));
        } catch (IOException e) {
            throw new InvalidExtensionException(file + ": cannot be read: " + e.getMessage());
        }
        List<Family> families = new ArrayList<>(base.families());
        if (extension.families() != null) {
            families.addAll(extension.families());
        }
        List<Control> controls = new ArrayList<>(base.controls());
        List<Control> own;
        try {
            own = withEscalationDates(extension.controls() == null ? List.of() : extension.controls(), base.frameworks());
        } catch (CatalogException e) {
            throw new InvalidExtensionException(file + ": " + e.getMessage());
        }
        for (Control control : own) {
            if (control.id() == null || control.title() == null || control.severity() == null || control.remediation() == null) {
                throw new InvalidExtensionException(file + ": control " + control.id() + " needs at least id, title, severity and remediation");
            }
            if (!CONTROL_ID.matcher(control.id()).matches()) {
                throw new InvalidExtensionException(file + ": control id '" + control.id() + "' must be letters, digits, '.', '_' and '-',"
                        + " starting with a letter or '_', such as ACME-01: reports name it in SARIF rule ids, OSCAL tokens and file names");
            }
            // In another case it is the same id to a reader: 'WAIVED ho-02' under an open HO-02 reads as HO-02 waived (waivers red team).
            java.util.Optional<Control> clash = base.controls().stream().filter(c -> c.id().equalsIgnoreCase(control.id())).findFirst();
            if (clash.isPresent()) {
                throw new InvalidExtensionException(file + ": control " + control.id() + " clashes with Oversight's own " + clash.get().id()
                        + "; give organization controls ids of their own, such as ACME-01");
            }
            controls.add(control);
        }
        Catalog extended = new Catalog(base.version() + "+organization", families, controls, base.frameworks(), base.useCases());
        try {
            verify(extended, controls);
        } catch (CatalogException e) {
            throw new InvalidExtensionException(file + ": " + e.getMessage());
        }
        return extended;
    }

    /** What an organization's control id may be: one token, as the reports that name it (OSCAL's token type) allow. */
    private static final java.util.regex.Pattern CONTROL_ID = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private <T> T read(String name, Class<T> type) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new CatalogException("catalog resource " + ROOT + name + " is missing");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new CatalogException("catalog resource " + ROOT + name + " is malformed: " + e.getMessage(), e);
        }
    }

    /** Ids are public and references must resolve: a broken catalog must fail loudly, not mislead. */
    static void verify(Catalog catalog, List<Control> controls) {
        Set<String> ids = new HashSet<>();
        Set<String> families = new HashSet<>();
        catalog.families().forEach(f -> families.add(f.id()));
        for (Control control : controls) {
            if (!ids.add(control.id())) {
                throw new CatalogException("control " + control.id() + " is defined twice");
            }
            if (!families.contains(control.family())) {
                throw new CatalogException("control " + control.id() + " belongs to no declared family");
            }
            verifyEscalations(control);
            for (Reference ref : control.references()) {
                Framework framework = catalog.framework(ref.framework())
                        .orElseThrow(() -> new CatalogException(control.id() + " cites unknown framework " + ref.framework()));
                if (framework.clause(ref.clause()).isEmpty()) {
                    throw new CatalogException(control.id() + " cites unknown clause '" + ref.clause() + "' of " + ref.framework());
                }
                verifyExceptions(control, ref);
            }
        }
        Set<String> useCases = new HashSet<>();
        for (UseCase useCase : catalog.useCases()) {
            if (!useCases.add(useCase.id())) {
                throw new CatalogException("use case " + useCase.id() + " is defined twice");
            }
        }
        Set<String> otherWords = new HashSet<>();
        for (UseCase useCase : catalog.useCases()) {
            for (String word : useCase.otherWords()) {
                if (useCases.contains(word) || !otherWords.add(word)) {
                    throw new CatalogException("use case " + useCase.id() + " has the other word " + word + ", which names another already");
                }
            }
        }
        for (UseCase useCase : catalog.useCases()) {
            if ((useCase.regulatoryClass() == UseCaseClass.OTHER) != (useCase.source() == null)) {
                throw new CatalogException("use case " + useCase.id() + (useCase.source() == null ? " needs the clause that classes it"
                        : " is of no class the Act names, so it cites no clause"));
            }
            if (useCase.source() != null && catalog.framework(useCase.source().framework())
                    .flatMap(f -> f.clause(useCase.source().clause())).isEmpty()) {
                throw new CatalogException("use case " + useCase.id() + " cites unknown clause '" + useCase.source().clause() + "' of "
                        + useCase.source().framework());
            }
        }
        for (Framework framework : catalog.frameworks()) {
            for (Clause clause : framework.clauses()) {
                if (clause.duty() != null && !Clause.DUTIES.contains(clause.duty())) {
                    throw new CatalogException(framework.id() + " clause " + clause.id() + " has duty '" + clause.duty() + "'; expected one of "
                            + String.join(", ", Clause.DUTIES));
                }
                if (clause.bindsAnnexIIIOnly() && (!clause.isHighRiskOnly() || clause.annexIFrom() != null)) {
                    throw new CatalogException(framework.id() + " clause " + clause.id() + " binds Annex III systems only, so it must be"
                            + " highRiskOnly and have no annexIFrom");
                }
            }
            for (Attestation attestation : framework.attestations()) {
                if (framework.clause(attestation.clause()).isEmpty()) {
                    throw new CatalogException("attestation " + attestation.id() + " cites unknown clause " + attestation.clause());
                }
            }
        }
    }

    /**
     * {@code controls} with the day each escalation a law makes holds from: the first day a clause
     * of its framework that the control cites binds (none when one binds already, without a date),
     * and the first day one binds an agent on the EU AI Act's Annex I route. The framework must be
     * one the control cites, and the days are never written by hand, so they cannot drift from the
     * clauses' dates.
     */
    static List<Control> withEscalationDates(List<Control> controls, List<Framework> frameworks) {
        List<Control> resolved = new ArrayList<>();
        for (Control control : controls) {
            if (control.escalations().stream().allMatch(e -> e.framework() == null && e.from() == null && e.fromAnnexI() == null)) {
                resolved.add(control);
                continue;
            }
            List<Escalation> escalations = new ArrayList<>();
            for (Escalation escalation : control.escalations()) {
                if (escalation.from() != null || escalation.fromAnnexI() != null) {
                    throw new CatalogException(control.id() + " escalation when " + escalation.when() + " writes its day; name its framework"
                            + " instead, and the day is taken from the clauses the control cites");
                }
                if (escalation.framework() == null) {
                    escalations.add(escalation);
                    continue;
                }
                List<Clause> clauses = new ArrayList<>();
                for (Reference ref : control.references()) {
                    if (escalation.framework().equals(ref.framework())) {
                        frameworks.stream().filter(f -> f.id().equals(ref.framework())).findFirst().flatMap(f -> f.clause(ref.clause()))
                                .ifPresent(clauses::add);
                    }
                }
                if (clauses.isEmpty()) {
                    throw new CatalogException(control.id() + " escalation when " + escalation.when() + " is made by " + escalation.framework()
                            + ", but the control cites no clause of it");
                }
                boolean inForce = clauses.stream().anyMatch(c -> c.appliesFrom() == null);
                LocalDate day = inForce ? null : clauses.stream().map(Clause::appliesFrom).min(Comparator.naturalOrder()).orElseThrow();
                // A clause with a later day for Annex I products binds an agent on that route from then; one without, from its own day.
                boolean routed = clauses.stream().anyMatch(c -> c.annexIFrom() != null);
                LocalDate annexIDay = inForce || !routed ? null : clauses.stream().filter(c -> !c.bindsAnnexIIIOnly())
                        .map(c -> c.appliesFrom(true)).min(Comparator.naturalOrder()).orElse(null);
                escalations.add(escalation.holdingFrom(day, annexIDay));
            }
            resolved.add(control.withEscalations(escalations));
        }
        return resolved;
    }

    /** A clause a violation's condition leaves met names that condition as rules write it, once. */
    private static void verifyExceptions(Control control, Reference ref) {
        for (String condition : ref.unless()) {
            if (!CONDITION.matcher(condition).matches()) {
                throw new CatalogException(control.id() + " cites " + ref.clause() + " of " + ref.framework() + " unless a condition that is not"
                        + " a lower-case kebab-case word such as voluntary-programme: " + condition);
            }
            if (control.escalations().stream().anyMatch(e -> e.when().equals(condition) && ref.framework().equals(e.framework()))) {
                throw new CatalogException(control.id() + " cites " + ref.clause() + " of " + ref.framework() + " unless " + condition
                        + ", under which that framework raises the finding's severity: a law cannot both rate a finding and leave it no gap");
            }
        }
        if (ref.onlyFor().stream().anyMatch(String::isBlank)) {
            throw new CatalogException(control.id() + " cites " + ref.clause() + " of " + ref.framework() + " only for an empty item");
        }
        if (ref.unless().size() != Set.copyOf(ref.unless()).size() || ref.onlyFor().size() != Set.copyOf(ref.onlyFor()).size()) {
            throw new CatalogException(control.id() + " cites " + ref.clause() + " of " + ref.framework() + " unless the same condition,"
                    + " or only for the same item, twice");
        }
    }

    /** Rules name an escalation by its condition, so each condition must be a plain word and appear once per control. */
    private static void verifyEscalations(Control control) {
        Set<String> conditions = new HashSet<>();
        for (Escalation escalation : control.escalations()) {
            if (escalation.when() == null || !CONDITION.matcher(escalation.when()).matches()) {
                throw new CatalogException(control.id() + " has an escalation whose condition (when) is not a lower-case kebab-case word"
                        + " such as critical-environment: " + escalation.when());
            }
            if (escalation.severity() == null || escalation.reason() == null) {
                throw new CatalogException(control.id() + " escalation when " + escalation.when() + " needs a severity and a reason");
            }
            if (escalation.severity() == control.severity()) {
                throw new CatalogException(control.id() + " escalation when " + escalation.when() + " keeps the default severity "
                        + control.severity().label());
            }
            if (!conditions.add(escalation.when())) {
                throw new CatalogException(control.id() + " names the escalation condition " + escalation.when() + " twice");
            }
        }
    }
}
