package io.oversight.engine;

import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Family;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles an organization's own DRL together with the built-in rules into one rule base, so that
 * its rules see the same facts and derived facts as ours. This compiles at run time (about two
 * seconds), which only runs that ask for organization rules pay.
 */
final class OrganizationRules {

    /** The built-in rule files, in the order they are compiled; a test keeps this list complete. */
    /** The shared definitions, then each family's rules as the catalog names them. */
    static final List<String> BUILT_IN = Stream.concat(Stream.of("derive.drl"),
            CatalogLoader.builtIn().families().stream().map(Family::rules)).toList();

    private static final String BUILT_IN_ROOT = "io/oversight/rules/";

    /**
     * The last rule to fire, below every salience an organization's rule may take but the lowest:
     * the engine refuses a session that stopped before it ({@code RulesCompleted}). Only rule bases
     * with an organization's rules have it, as only they can be stopped.
     */
    private static final String COMPLETION = """
            package io.oversight.rules;
            import io.oversight.engine.facts.RulesCompleted;
            rule "the built-in rules ran to the end" salience -2147483648
            when
            then
                insert( new RulesCompleted() );
            end
            """;

    private OrganizationRules() {
    }

    static KieBase compile(Path dir) throws InvalidInputException {
        List<Path> files = drlFiles(dir);
        KieServices ks = KieServices.get();
        ReleaseId release = ks.newReleaseId("io.oversight.organization", "rules", "1");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(release);
        java.util.Set<String> builtInRules = new java.util.HashSet<>(ruleNames(COMPLETION));
        for (String name : BUILT_IN) {
            String drl = builtIn(name);
            builtInRules.addAll(ruleNames(drl));
            kfs.write("src/main/resources/" + BUILT_IN_ROOT + name, drl);
        }
        kfs.write("src/main/resources/" + BUILT_IN_ROOT + "completion.drl", COMPLETION);
        Map<String, Path> byResource = new HashMap<>();
        Map<Path, String> texts = new HashMap<>();
        for (Path file : files) {
            String drl;
            try {
                drl = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(Problem.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
            }
            java.util.regex.Matcher pkg = PACKAGE.matcher(RuleErrors.withoutComments(drl));
            String declared = pkg.find() ? packageName(pkg) : "";
            if (declared.equals(ComplianceEngine.BUILT_IN_PACKAGE)) {
                // In the built-in rules' package, a rule passes as one of ours, and a file of the same name replaces ours.
                throw new InvalidInputException(new Problem(file.toString(), RuleErrors.position(drl, pkg.start(1)), "organization rules may"
                        + " not be in the built-in rules' package " + ComplianceEngine.BUILT_IN_PACKAGE + "; give them one of your own"
                        + " (package com.example.oversight;)"));
            }
            // Drools expects a rule file in the folder of its package.
            String resource = (declared.isEmpty() ? "" : declared.replace('.', '/') + "/") + file.getFileName();
            byResource.put(resource, file);
            texts.put(file, drl);
            kfs.write("src/main/resources/" + resource, drl);
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (StackOverflowError e) {
            // Drools parses and generates code by recursive descent: an expression nested thousands deep exhausts the stack.
            throw new InvalidInputException(Problem.ofFile(dir.toString(),
                    "a rule nests too deeply to compile (the compiler ran out of stack); split its expressions"));
        }
        List<Problem> problems = new RuleErrors(dir, byResource, texts).of(builder.getResults().getMessages(Message.Level.ERROR));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        KieBase kieBase = ks.newKieContainer(release).getKieBase();
        // However its package was written (a comment, blanks between the names), a rule that Drools put among ours is refused.
        org.kie.api.definition.KiePackage ours = kieBase.getKiePackage(ComplianceEngine.BUILT_IN_PACKAGE);
        for (org.kie.api.definition.rule.Rule rule : ours == null ? List.<org.kie.api.definition.rule.Rule>of() : ours.getRules()) {
            if (!builtInRules.contains(rule.getName())) {
                throw new InvalidInputException(located(dir, ruleNamed(rule.getName()), "organization rule '" + rule.getName()
                        + "' is in the built-in rules' package " + ComplianceEngine.BUILT_IN_PACKAGE + ", where it would pass as one of ours;"
                        + " give its file a package of your own (package com.example.oversight;)"));
            }
        }
        return kieBase;
    }

    /** The names of the rules {@code drl} defines, quoted or bare. */
    private static List<String> ruleNames(String drl) {
        return RULE_NAME.matcher(RuleErrors.withoutComments(drl)).results().map(m -> m.group(1) != null ? m.group(1)
                : m.group(2) != null ? m.group(2) : m.group(3)).toList();
    }

    private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    /** The package a {@link #PACKAGE} match names, without the blanks DRL allows between its names. */
    private static String packageName(java.util.regex.Matcher pkg) {
        return pkg.group(1).replaceAll("\\s+", "");
    }

    /**
     * {@code message} as a problem at the first place the rule files of {@code dir} write {@code written}
     * (in the files' order), or of the folder when none does.
     */
    static Problem located(Path dir, java.util.regex.Pattern written, String message) {
        return located(dir, null, written, message);
    }

    /** As {@link #located(Path, java.util.regex.Pattern, String)}, among the files of package {@code pkg} only (null: any). */
    static Problem located(Path dir, String pkg, java.util.regex.Pattern written, String message) {
        try {
            for (Path file : drlFiles(dir)) {
                String drl = RuleErrors.withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                java.util.regex.Matcher declared = PACKAGE.matcher(drl);
                if (pkg != null && !(declared.find() ? packageName(declared) : "").equals(pkg)) {
                    continue;
                }
                java.util.regex.Matcher m = written.matcher(drl);
                if (m.find()) {
                    return new Problem(file.toString(), RuleErrors.position(drl, m.start()), message);
                }
            }
        } catch (IOException | InvalidInputException e) {
            // The files were read when the rules were compiled; if they cannot be now, the folder is cited.
        }
        return Problem.ofFile(dir.toString(), message);
    }

    /** How a rule file writes the rule named {@code name}: {@code rule "name"}, in either quotes, or bare. */
    static java.util.regex.Pattern ruleNamed(String name) {
        String quoted = java.util.regex.Pattern.quote(name);
        return java.util.regex.Pattern.compile("(?m)^[ \\t]*rule\\s+(\"" + quoted + "\"|'" + quoted + "'|" + quoted + "(?=\\s))");
    }

    /** How a rule file names the control a rule reports: {@code @control("NW-01")}. */
    static java.util.regex.Pattern controlMetadata(String control) {
        return java.util.regex.Pattern.compile("@control\\(\\s*\"" + java.util.regex.Pattern.quote(control) + "\"\\s*\\)");
    }

    /** A file's package, past a byte-order mark and blanks, its names perhaps apart ({@code io . oversight}). */
    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile("(?m)^\\uFEFF?[ \\t]*package\\s+(\\w+(?:\\s*\\.\\s*\\w+)*)");

    /** The organization's rule files: every {@code .drl} directly in {@code dir}, sorted. */
    static List<Path> drlFiles(Path dir) throws InvalidInputException {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(Problem.ofFile(dir.toString(), "is not a directory of organization rules (.drl files and catalog.yaml)"));
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidInputException(Problem.ofFile(dir.toString(), "holds no .drl file"));
            }
            return files;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.ofFile(dir.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    private static String builtIn(String name) {
        try (InputStream in = OrganizationRules.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule file " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("built-in rule file " + name + " cannot be read", e);
        }
    }
}
